package org.civicsim.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The Lorenz curve over groups of residents, the stand-in for the residents' own curve. */
class LorenzTest {
  @Test
  void equalVoicePerHeadLiesOnTheLineOfEquality() {
    Lorenz l = Lorenz.of(new double[] {1, 1, 1, 1}, new double[] {1, 1, 1, 1});
    assertArrayEquals(new double[] {0, 0.25, 0.5, 0.75, 1}, l.voice(), 1e-12);
    assertEquals(0, l.gini(), 1e-12);
  }

  @Test
  void groupsAreSortedByVoicePerHeadLeastFirst() {
    Lorenz l = Lorenz.of(new double[] {1, 1}, new double[] {1.5, 0.5});
    assertArrayEquals(new double[] {0, 0.25, 1}, l.voice(), 1e-12);
    assertEquals(0.25, l.gini(), 1e-12);
  }

  @Test
  void largerGroupsWeighMore() {
    Lorenz l = Lorenz.of(new double[] {3, 1}, new double[] {0, 4});
    assertArrayEquals(new double[] {0, 0.75, 1}, l.residents(), 1e-12);
    assertArrayEquals(new double[] {0, 0, 1}, l.voice(), 1e-12);
  }
}
