package org.civicsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.civicsim.io.ResultFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tiny scenario's and a tiny sweep's results are the ones kept in {@code
 * src/test/resources/golden/expected}, byte for byte, so that any change in results is a deliberate
 * one: when a change to the model is meant to change them, run {@code mvn test
 * -Dtest=GoldenFilesTest -Dgolden.update=true} and commit the new files with the change, saying why
 * they differ (docs/development.md). A sweep's wall times are the only bytes left out.
 */
class GoldenFilesTest {
  static final Path GOLDEN = Path.of("src/test/resources/golden");
  static final Path EXPECTED = GOLDEN.resolve("expected");
  static final boolean UPDATE = Boolean.getBoolean("golden.update");
  static final String HOW_TO_UPDATE =
      "if the change in results is meant, update the golden files with"
          + " mvn test -Dtest=GoldenFilesTest -Dgolden.update=true and say why in the commit";

  static final List<String> RUN_FILES =
      List.of(
          ResultFiles.METRICS,
          ResultFiles.METRICS_WARDS,
          ResultFiles.METRICS_COUNCILS,
          ResultFiles.SPEND,
          ResultFiles.VOICE_LORENZ,
          ResultFiles.SERVICES,
          ResultFiles.PLACES,
          ResultFiles.SUMMARY);

  @TempDir Path dir;

  @Test
  void aTinyScenariosResultsAreTheKeptOnesByteForByte() throws IOException {
    Path out = dir.resolve("run");
    InProcess cli = new InProcess();
    int code =
        cli.run(
            "run",
            GOLDEN.resolve("tiny.yaml").toString(),
            "--out",
            out.toString(),
            "--threads",
            "2",
            "--quiet");
    assertEquals(0, code, cli.err());
    for (String name : RUN_FILES) {
      same(EXPECTED.resolve("run").resolve(name), Files.readAllBytes(out.resolve(name)));
    }
  }

  @Test
  void aTinySweepsResultsAreTheKeptOnesByteForByte() throws IOException {
    Path out = dir.resolve("sweep");
    InProcess cli = new InProcess();
    int code =
        cli.run(
            "sweep",
            GOLDEN.resolve("tiny-sweep.yaml").toString(),
            "--out",
            out.toString(),
            "--threads",
            "2",
            "--no-report",
            "--quiet");
    assertEquals(0, code, cli.err());
    Path expected = EXPECTED.resolve("sweep");
    same(
        expected.resolve(ResultFiles.METRICS),
        Files.readAllBytes(out.resolve(ResultFiles.METRICS)));
    same(
        expected.resolve(ResultFiles.SUMMARY),
        Files.readAllBytes(out.resolve(ResultFiles.SUMMARY)));
    same(expected.resolve(ResultFiles.RUNS), withoutWallTimes(out.resolve(ResultFiles.RUNS)));
  }

  /** runs.csv with its last column, each run's wall seconds, emptied. */
  private static byte[] withoutWallTimes(Path runs) throws IOException {
    StringBuilder b = new StringBuilder();
    for (String line : Files.readAllLines(runs, StandardCharsets.UTF_8)) {
      b.append(line, 0, line.lastIndexOf(',') + 1).append('\n');
    }
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Fails unless {@code actual} is the golden file's bytes; with -Dgolden.update, rewrites it. */
  private static void same(Path golden, byte[] actual) throws IOException {
    if (UPDATE) {
      Files.createDirectories(golden.getParent());
      Files.write(golden, actual);
      return;
    }
    if (!Files.exists(golden)) {
      fail(golden + " is missing; " + HOW_TO_UPDATE);
    }
    byte[] expected = Files.readAllBytes(golden);
    if (!Arrays.equals(expected, actual)) {
      fail(golden + " differs, " + firstDifference(expected, actual) + "; " + HOW_TO_UPDATE);
    }
  }

  private static String firstDifference(byte[] expected, byte[] actual) {
    String[] e = new String(expected, StandardCharsets.UTF_8).split("\n", -1);
    String[] a = new String(actual, StandardCharsets.UTF_8).split("\n", -1);
    for (int i = 0; i < Math.min(e.length, a.length); i++) {
      if (!e[i].equals(a[i])) {
        return "first at line " + (i + 1) + ": expected [" + e[i] + "] but got [" + a[i] + "]";
      }
    }
    return "with " + e.length + " lines kept and " + a.length + " now";
  }
}
