package org.civicsim.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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

  @Test
  void aLongReplicateSaysHowManyWeeksAreDone() {
    assertEquals(
        "week 1,041/5,200 of all replicates (20%, about 8 min 0 s left)",
        PlainProgress.weekLine(1041, 5200, 120));
    // Setup and burn-in come before the first week: its line has no estimate yet.
    assertEquals("week 1/520 of all replicates (0%)", PlainProgress.weekLine(1, 520, 0));
  }

  @Test
  void weekLinesComeNoMoreOftenThanTheIntervalAndNeverAfterTheLastWeek() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    PlainProgress every = new PlainProgress(out, 2, 3, 0);
    for (int w = 0; w < 6; w++) every.week();
    String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
    assertEquals(5, lines.length, "a line for weeks 1 to 5 of 6, none for the last");
    assertEquals(true, lines[4].startsWith("week 5/6 of all replicates (83%, about "), lines[4]);

    bytes.reset();
    PlainProgress hourly = new PlainProgress(out, 2, 3, 3_600_000_000_000L);
    for (int w = 0; w < 6; w++) hourly.week();
    assertEquals("", bytes.toString(StandardCharsets.UTF_8), "a short batch prints no week lines");
  }
}
