package org.civicsim.batch;

import org.civicsim.metrics.MetricSink;

/**
 * What one replicate is: a simulation run from week 0 with a given seed, reporting every recorded
 * week's metrics to a sink. The batch machinery runs it without knowing the model, so that ordering
 * and files can be tested with simple stand-ins.
 */
public interface Simulation {
  /** Weeks each replicate runs (the progress unit is one replicate-week). */
  int weeks();

  /**
   * Runs one replicate with {@code seed}, reporting recorded weeks to {@code sink} and calling
   * {@code weekDone} after each simulated week. Stops early, throwing {@link
   * java.util.concurrent.CancellationException}, if the thread is interrupted.
   */
  void run(long seed, MetricSink sink, Runnable weekDone);

  /**
   * Runs one replicate as {@link #run(long, MetricSink, Runnable)} does, but continuing from {@code
   * from} (a state given earlier to {@code saves}; null to start at week 0) and, when {@code saves}
   * is not null, giving it the replicate's state after every week that is a multiple of {@link
   * Saves#every()} (before the last week). Simulations that cannot save their state refuse both.
   */
  default void run(long seed, byte[] from, MetricSink sink, Runnable weekDone, Saves saves) {
    if (from != null || saves != null) {
      throw new UnsupportedOperationException(
          getClass().getSimpleName() + " cannot save or continue its replicates");
    }
    run(seed, sink, weekDone);
  }

  /** Where a replicate's state goes every few weeks, so that a stopped run can be continued. */
  interface Saves {
    /** Weeks between saves. */
    int every();

    /** The replicate has done (and recorded, when due) {@code week}; {@code state} is its state. */
    void save(int week, byte[] state);
  }
}
