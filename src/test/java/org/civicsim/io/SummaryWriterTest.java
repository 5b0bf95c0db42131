package org.civicsim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.civicsim.metrics.MetricNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryWriterTest {
  @TempDir Path dir;

  @Test
  void writesEveryMetricAndGroupUnderTheContractHeader() throws IOException {
    Path file = dir.resolve(ResultFiles.SUMMARY);
    SummaryWriter.write(file, "tiny", (m, g) -> new Estimate(m + g / 10.0, 0.5, m, m + 1, 3));
    List<String> lines = Files.readAllLines(file);
    assertEquals(ResultFiles.SUMMARY_HEADER, lines.get(0));
    assertEquals(1 + MetricNames.METRICS.size() * MetricNames.GROUPS.size(), lines.size());
    assertEquals("tiny,participation_formal,all,0,0.5,0,1,3", lines.get(1));
    assertEquals("tiny,participation_formal,q1,0.1,0.5,0,1,3", lines.get(2));
    assertEquals("tiny,pb_turnout,majority,18.7,0.5,18,19,3", lines.get(lines.size() - 1));
  }

  @Test
  void oneReplicateLeavesTheSpreadEmpty() throws IOException {
    Path file = dir.resolve(ResultFiles.SUMMARY);
    SummaryWriter.write(
        file, "tiny", (m, g) -> new Estimate(0.25, Double.NaN, Double.NaN, Double.NaN, 1));
    assertEquals("tiny,participation_formal,all,0.25,,,,1", Files.readAllLines(file).get(1));
  }
}
