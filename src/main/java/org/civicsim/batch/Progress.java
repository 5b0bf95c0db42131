package org.civicsim.batch;

/**
 * Reports a batch's progress as it runs; called from the worker threads, so implementations are
 * thread-safe. The unit of work is one replicate-week.
 */
public interface Progress extends AutoCloseable {
  /** One more week of some replicate is done. */
  void week();

  /** Replicate {@code replicate} (0-based) finished after {@code seconds} of computing. */
  void replicateDone(int replicate, double seconds);

  /** The batch is over (finished or failed); a progress bar is completed and released. */
  @Override
  void close();

  /** Progress that reports nothing ({@code --quiet}). */
  static Progress none() {
    return new Progress() {
      @Override
      public void week() {}

      @Override
      public void replicateDone(int replicate, double seconds) {}

      @Override
      public void close() {}
    };
  }
}
