package org.civicsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Means over replicates with 95% intervals, and differences between runs. */
class MeanIntervalTest {
  @Test
  void theIntervalIsATInterval() {
    MeanInterval i = MeanInterval.of(new double[] {1, 2, 3});
    assertEquals(2, i.mean(), 1e-12);
    // t(0.975, 2) = 4.302653, sd = 1, n = 3
    assertEquals(2 - 4.302653 / Math.sqrt(3), i.low(), 1e-5);
    assertEquals(3, i.n());
  }

  @Test
  void oneReplicateHasNoInterval() {
    MeanInterval i = MeanInterval.of(new double[] {0.4});
    assertEquals(0.4, i.mean(), 1e-12);
    assertFalse(i.hasInterval());
  }

  @Test
  void aClearDifferenceExcludesZeroAndNoDifferenceDoesNot() {
    double[] a = {0.30, 0.31, 0.29, 0.30};
    assertTrue(MeanInterval.difference(a, new double[] {0.40, 0.41, 0.39, 0.40}).excludesZero());
    MeanInterval same = MeanInterval.difference(a, new double[] {0.31, 0.29, 0.30, 0.30});
    assertEquals(0, same.mean(), 1e-12);
    assertFalse(same.excludesZero());
  }
}
