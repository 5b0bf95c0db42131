package org.civicsim.model;

import static org.civicsim.model.ModelRuns.SMALL;
import static org.civicsim.model.ModelRuns.scenario;
import static org.civicsim.model.ModelRuns.started;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Residents are stepped in blocks of whole wards, so one thread sums each ward's tally in resident
 * order: every ward in exactly one block, in order, and no block over the size unless it is one
 * ward larger than the size.
 */
class WardBlocksTest {

  private static void checkBlocks(Wards w, int size) {
    int[] first = w.blocks(size);
    assertEquals(0, first[0]);
    assertEquals(w.count, first[first.length - 1]);
    for (int k = 0; k + 1 < first.length; k++) {
      assertTrue(first[k] < first[k + 1], "block " + k + " is empty");
      int residents = w.residentStart[first[k + 1]] - w.residentStart[first[k]];
      boolean oneWard = first[k + 1] - first[k] == 1;
      assertTrue(residents <= size || oneWard, "block " + k + " holds " + residents);
      if (k + 2 < first.length) {
        // A block is closed only when the next ward would not fit.
        int withNext = w.residentStart[first[k + 1] + 1] - w.residentStart[first[k]];
        assertTrue(withNext > size, "block " + k + " could have held the next ward");
      }
    }
  }

  @Test
  void blocksHoldWholeWardsUpToTheSize() {
    Wards w = started(scenario(SMALL, "borough.residents=30000", "borough.wards=12"), 0).wards();
    checkBlocks(w, CivicModel.BLOCK);
    assertEquals(5, w.blocks(CivicModel.BLOCK).length, "3 wards of 2,500 in each of 4 blocks");
    checkBlocks(w, 2500);
    assertEquals(13, w.blocks(2500).length);
    checkBlocks(w, 1000); // every ward is larger than a block: one ward a block
    assertEquals(13, w.blocks(1000).length);
    checkBlocks(w, 1_000_000);
    assertEquals(2, w.blocks(1_000_000).length);
  }

  @Test
  void unevenWardsStillFallIntoOrderedBlocks() {
    Wards w = started(scenario(SMALL, "borough.residents=10007", "borough.wards=7"), 0).wards();
    for (int size : new int[] {1, 1429, 1430, 3000, 5000, 10006, 10007}) checkBlocks(w, size);
  }
}
