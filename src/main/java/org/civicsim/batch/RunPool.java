package org.civicsim.batch;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one way replicates, sweep runs and calibration runs are run in parallel: a fixed pool of
 * daemon threads taking tasks in the order they are given, whose results are awaited in that same
 * order, so that what is written does not depend on the number of threads or on which task finished
 * first. Closing it stops the tasks still running (daemon threads, so a stuck model run cannot keep
 * the program from exiting).
 */
public final class RunPool implements AutoCloseable {
  private static final long STOP_WAIT_SECONDS = 30;

  private final ExecutorService pool;

  /** A pool of {@code threads} threads (at least one) named {@code name-1}, {@code name-2}... */
  public RunPool(int threads, String name) {
    AtomicInteger count = new AtomicInteger();
    this.pool =
        Executors.newFixedThreadPool(
            Math.max(1, threads),
            task -> {
              Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
  }

  /** Queues {@code task} behind those given before. */
  public <T> Future<T> submit(Callable<T> task) {
    return pool.submit(task);
  }

  /**
   * The result of {@code future}; what its task threw is rethrown as it was when it is an {@link
   * Error} or a {@link RuntimeException}, and otherwise left in the {@link ExecutionException}.
   */
  public static <T> T await(Future<T> future) throws ExecutionException, InterruptedException {
    try {
      return future.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }

  @Override
  public void close() throws InterruptedException {
    pool.shutdownNow();
    pool.awaitTermination(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
  }
}
