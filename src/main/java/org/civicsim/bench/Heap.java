package org.civicsim.bench;

import java.lang.management.ManagementFactory;

/**
 * Heap in use after full collections: what a variant keeps alive, in bytes, is the difference
 * between this figure with the variant built and without it.
 */
final class Heap {
  private Heap() {}

  /** Bytes of heap in use after several full collections (one is not always enough). */
  static long usedAfterCollection() {
    long used = Long.MAX_VALUE;
    for (int k = 0; k < 4; k++) {
      System.gc();
      try {
        Thread.sleep(40);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }
    return used;
  }
}
