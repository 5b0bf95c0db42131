package org.civicsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

/**
 * The threads a run steps on: every block is run exactly once for each piece of work, whatever the
 * counts of blocks and threads, the helpers share the work, a failure in any block reaches the
 * caller only after every block taken has finished, and closed workers still do the work.
 */
class ThreadTeamTest {

  @Test
  void everyBlockRunsOnceForManyPiecesOfWork() {
    for (int threads : new int[] {1, 2, 3, 5}) {
      try (ThreadTeam workers = new ThreadTeam(threads)) {
        for (int blocks : new int[] {0, 1, 2, 3, 4, 7, 16, 100, 1001}) {
          for (int round = 0; round < 50; round++) {
            AtomicIntegerArray runs = new AtomicIntegerArray(blocks);
            workers.forEachBlock(blocks, runs::incrementAndGet);
            for (int b = 0; b < blocks; b++) {
              assertEquals(1, runs.get(b), threads + " threads, " + blocks + " blocks: block " + b);
            }
          }
        }
      }
    }
  }

  @Test
  void helpersTakeTheirShare() {
    try (ThreadTeam workers = new ThreadTeam(2)) {
      Set<Thread> seen = ConcurrentHashMap.newKeySet();
      for (int round = 0; round < 200 && seen.size() < 2; round++) {
        workers.forEachBlock(
            64,
            b -> {
              seen.add(Thread.currentThread());
              long until = System.nanoTime() + 20_000;
              while (System.nanoTime() < until) Thread.onSpinWait();
            });
      }
      assertEquals(2, seen.size(), "a helper ran some of 64 blocks of 20 microseconds");
    }
  }

  @Test
  void aFailureReachesTheCallerAfterTheOtherBlocksFinish() {
    try (ThreadTeam workers = new ThreadTeam(2)) {
      for (int failing : new int[] {0, 5, 31}) {
        AtomicIntegerArray running = new AtomicIntegerArray(1);
        IllegalArgumentException boom = new IllegalArgumentException("block " + failing);
        IllegalArgumentException thrown =
            assertThrows(
                IllegalArgumentException.class,
                () ->
                    workers.forEachBlock(
                        32,
                        b -> {
                          running.incrementAndGet(0);
                          try {
                            long until = System.nanoTime() + 200_000;
                            while (System.nanoTime() < until) Thread.onSpinWait();
                            if (b == failing) throw boom;
                          } finally {
                            running.decrementAndGet(0);
                          }
                        }));
        assertSame(boom, thrown);
        assertEquals(0, running.get(0), "a block still ran after the failure was thrown");
        // The workers go on working after a failure.
        AtomicIntegerArray runs = new AtomicIntegerArray(10);
        workers.forEachBlock(10, runs::incrementAndGet);
        for (int b = 0; b < 10; b++) assertEquals(1, runs.get(b));
      }
    }
  }

  @Test
  void closedWorkersStillDoTheWorkOnTheCallingThread() {
    ThreadTeam workers = new ThreadTeam(3);
    workers.close();
    Set<Thread> seen = ConcurrentHashMap.newKeySet();
    AtomicIntegerArray runs = new AtomicIntegerArray(20);
    workers.forEachBlock(
        20,
        b -> {
          seen.add(Thread.currentThread());
          runs.incrementAndGet(b);
        });
    for (int b = 0; b < 20; b++) assertEquals(1, runs.get(b));
    assertTrue(seen.equals(Set.of(Thread.currentThread())), "ran on " + seen);
  }
}
