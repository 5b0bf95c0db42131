package org.civicsim.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PlainProgressTest {

  @Test
  void aLineSaysHowFarTheBatchIsAndHowLongIsLeft() {
    assertEquals(
        "replicate 3/10 done in 2.1 s (30%, about 14 s left)", PlainProgress.line(3, 10, 2.1, 6.0));
    assertEquals("replicate 10/10 done in 2 min 5 s (100%)", PlainProgress.line(10, 10, 125, 900));
  }

  @Test
  void durationsReadNaturally() {
    assertEquals("0.4 s", PlainProgress.duration(0.42));
    assertEquals("42 s", PlainProgress.duration(42.2));
    assertEquals("1 h 1 min", PlainProgress.duration(3660));
  }
}
