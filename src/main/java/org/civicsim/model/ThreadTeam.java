package org.civicsim.model;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;

/**
 * The threads a run steps its residents and wards on. Work is cut into fixed blocks that do not
 * depend on the number of threads, and each block writes only its own residents or wards, so a run
 * gives the same result on one thread or many.
 *
 * <p>The blocks are cut into one run of neighbouring blocks a thread, and each thread takes its own
 * run's blocks in order before it helps with the others'. Each thread so walks through one stretch
 * of the residents' arrays, rather than both taking blocks turn about: at England's shape (30
 * councils, 2 threads) a week took 0.865 of the time (docs/performance.md).
 */
public final class ThreadTeam implements AutoCloseable {
  private final int threads;
  private final Thread[] helpers;

  /** Raised once for each piece of work handed out; helpers watch it. */
  private volatile int generation;

  private volatile boolean closed;

  /**
   * The work handed out: its body, and its blocks cut into one run for each thread, run r from the
   * block {@code first[r]} to before {@code first[r + 1]}, the next block of run r to take at
   * {@code next[r * PAD]} (a cache line apart). Each thread takes its own run's blocks first and
   * then helps with the others', so a block goes to the same thread week after week as long as the
   * threads keep pace, and its residents stay in that processor's cache.
   */
  private volatile IntConsumer body;

  private final int[] first;
  private final AtomicIntegerArray next;
  private static final int PAD = 16;

  /**
   * Helpers at the work handed out, plus {@link #SHUT} once the calling thread has taken the last
   * block: a helper joins only while it is not negative, so the caller waits only for helpers in
   * the middle of a block, never for one still waking up.
   */
  private final AtomicInteger joined = new AtomicInteger(SHUT);

  private static final int SHUT = Integer.MIN_VALUE / 2;

  /** The first failure of a helper in the work handed out. */
  private volatile Throwable failure;

  public ThreadTeam(int threads) {
    this.threads = Math.max(1, threads);
    this.helpers = new Thread[this.threads - 1];
    this.first = new int[this.threads + 1];
    this.next = new AtomicIntegerArray(this.threads * PAD);
    for (int k = 0; k < helpers.length; k++) {
      int run = k + 1;
      helpers[k] = new Thread(() -> help(run), "civicsim-worker");
      helpers[k].setDaemon(true);
      helpers[k].start();
    }
  }

  int threads() {
    return threads;
  }

  /**
   * Runs {@code body} for every block 0..blocks-1, spread over the threads; returns when all are
   * done.
   */
  public synchronized void forEachBlock(int blocks, IntConsumer body) {
    if (helpers.length == 0 || blocks <= 1 || closed) {
      for (int b = 0; b < blocks; b++) body.accept(b);
      return;
    }
    this.body = body;
    this.failure = null;
    for (int r = 0; r <= threads; r++) first[r] = (int) ((long) blocks * r / threads);
    for (int r = 0; r < threads; r++) next.set(r * PAD, first[r]);
    joined.set(0);
    generation++;
    for (Thread h : helpers) LockSupport.unpark(h);
    try {
      take(0, body);
    } catch (RuntimeException | Error e) {
      stop();
      throw e;
    } finally {
      // Helpers finish the blocks they took (at most one each) before the work counts as done.
      joined.addAndGet(SHUT);
      while (joined.get() != SHUT) Thread.onSpinWait();
      this.body = null;
    }
    Throwable f = failure;
    if (f instanceof RuntimeException r) throw r;
    if (f instanceof Error err) throw err;
    if (f != null) throw new IllegalStateException(f);
  }

  /** Takes blocks of the thread's own run, then of the runs after it, until none are left. */
  private void take(int own, IntConsumer body) {
    for (int k = 0; k < threads; k++) {
      int r = (own + k) % threads;
      int b;
      while ((b = next.getAndIncrement(r * PAD)) < first[r + 1]) body.accept(b);
    }
  }

  /** After a failure: no thread takes another block. */
  private void stop() {
    for (int r = 0; r < threads; r++) next.set(r * PAD, first[r + 1]);
  }

  /** A helper's life: wait for work, take blocks until none are left, and wait again. */
  private void help(int run) {
    int seen = 0;
    while (true) {
      while (generation == seen && !closed) LockSupport.park(this);
      if (closed) return;
      seen = generation;
      int j;
      while ((j = joined.get()) >= 0 && !joined.compareAndSet(j, j + 1)) Thread.onSpinWait();
      if (j < 0) continue; // the caller took every block before this helper woke
      try {
        take(run, body);
      } catch (Throwable t) {
        if (failure == null) failure = t;
        stop();
      } finally {
        joined.decrementAndGet();
      }
    }
  }

  @Override
  public void close() {
    closed = true;
    for (Thread h : helpers) LockSupport.unpark(h);
  }
}
