package org.civicsim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultFilesTest {
  /** The names and headers the notebooks' helper reads (notebooks/civicsim_plots.py). */
  static final Path FOR_NOTEBOOKS = Path.of("notebooks/result_files.json");

  @Test
  void theNotebooksReadTheNamesAndHeadersTheRunsWrite() throws Exception {
    String now = ResultFiles.describe();
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(FOR_NOTEBOOKS, now, StandardCharsets.UTF_8);
    }
    assertEquals(
        now,
        Files.readString(FOR_NOTEBOOKS, StandardCharsets.UTF_8),
        FOR_NOTEBOOKS + " is out of date: mvn test -Dtest=ResultFilesTest -Dgolden.update=true");
  }

  @Test
  void aSweepsHeadersHaveItsVariedKeysAfterTheSeedOrPoint() {
    List<String> varied = List.of("council.pb_share", "a,b");
    assertEquals(
        "run,point,replicate,seed,council.pb_share,\"a,b\",status,wall_seconds",
        ResultFiles.runsHeader(varied));
    assertEquals(
        "scenario,run,point,replicate,seed,council.pb_share,\"a,b\",step,metric,group,value",
        ResultFiles.sweepMetricsHeader(varied));
    assertEquals(
        "scenario,point,council.pb_share,\"a,b\",metric,group,mean,sd,ci_low,ci_high,n",
        ResultFiles.sweepSummaryHeader(varied));
  }

  @Test
  void aFolderIsARunOrASweepByItsFiles(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve(ResultFiles.METRICS), ResultFiles.METRICS_HEADER + "\n");
    assertTrue(ResultFiles.isRun(dir));
    assertFalse(ResultFiles.isSweep(dir));
    Files.writeString(dir.resolve(ResultFiles.RUNS), ResultFiles.runsHeader(List.of()) + "\n");
    assertFalse(ResultFiles.isRun(dir));
    assertTrue(ResultFiles.isSweep(dir));
  }
}
