package org.civicsim.bench;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * The roofline kernel's threads, cut into fixed blocks of residents exactly as the model cuts its
 * own, so that the two are compared on the same terms.
 */
final class Blocks implements AutoCloseable {
  /** Residents per block, as in the model. */
  static final int SIZE = 8192;

  private final int threads;
  private final ExecutorService pool;

  Blocks(int threads) {
    this.threads = Math.max(1, threads);
    this.pool =
        this.threads == 1
            ? null
            : Executors.newFixedThreadPool(
                this.threads - 1,
                r -> {
                  Thread t = new Thread(r, "civicsim-bench");
                  t.setDaemon(true);
                  return t;
                });
  }

  /** Runs {@code body} for every block 0..blocks-1 over the threads; returns when all are done. */
  void forEach(int blocks, IntConsumer body) {
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
        throw new IllegalStateException(e.getCause());
      }
    }
  }

  @Override
  public void close() {
    if (pool != null) pool.shutdownNow();
  }
}
