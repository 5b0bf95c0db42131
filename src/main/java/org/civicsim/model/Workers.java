package org.civicsim.model;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * The threads a run steps its residents and wards on. Work is cut into fixed blocks that do not
 * depend on the number of threads, and each block writes only its own residents or wards, so a
 * run gives the same result on one thread or many.
 */
public final class Workers implements AutoCloseable {
  private final int threads;
  private final ExecutorService pool;

  public Workers(int threads) {
    this.threads = Math.max(1, threads);
    this.pool =
        this.threads == 1
            ? null
            : Executors.newFixedThreadPool(
                this.threads - 1,
                r -> {
                  Thread t = new Thread(r, "civicsim-worker");
                  t.setDaemon(true);
                  return t;
                });
  }

  int threads() {
    return threads;
  }

  /** Runs {@code body} for every block 0..blocks-1, spread over the threads; returns when all are done. */
  public void forEachBlock(int blocks, IntConsumer body) {
    if (pool == null || blocks <= 1) {
      for (int b = 0; b < blocks; b++) body.accept(b);
      return;
    }
    AtomicInteger next = new AtomicInteger();
    Runnable worker =
        () -> {
          int b;
          while ((b = next.getAndIncrement()) < blocks) body.accept(b);
        };
    int helpers = Math.min(threads - 1, blocks - 1);
    Future<?>[] running = new Future<?>[helpers];
    for (int k = 0; k < helpers; k++) running[k] = pool.submit(worker);
    worker.run();
    for (Future<?> f : running) {
      try {
        f.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while stepping", e);
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException r) throw r;
        if (cause instanceof Error err) throw err;
        throw new IllegalStateException(cause);
      }
    }
  }

  @Override
  public void close() {
    if (pool != null) pool.shutdownNow();
  }
}
