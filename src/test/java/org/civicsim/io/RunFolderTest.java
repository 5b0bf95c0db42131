package org.civicsim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunFolderTest {
  private static final Instant START = Instant.parse("2026-11-23T14:30:12Z");

  @TempDir Path dir;

  @Test
  void aRunIsHiddenUntilCommittedThenNamedByTimeAndSeed() throws Exception {
    Path results = dir.resolve("results");
    Path done;
    try (RunFolder run = RunFolder.underResults(results, "baseline", 42, START)) {
      assertEquals(".20261123-143012-s42.partial", run.staging().getFileName().toString());
      Files.writeString(run.parts().resolve("r000000.csv"), "part");
      Files.writeString(run.staging().resolve(ResultFiles.METRICS), "rows");
      done = run.commit();
    }
    assertEquals(results.resolve("baseline").resolve("20261123-143012-s42"), done);
    assertEquals(List.of(done.resolve(ResultFiles.METRICS)), entries(done));
    assertEquals(List.of(done), entries(results.resolve("baseline")));
  }

  @Test
  void aSecondRunInTheSameSecondGetsItsOwnFolder() throws Exception {
    Path results = dir.resolve("results");
    try (RunFolder first = RunFolder.underResults(results, "baseline", 42, START);
        RunFolder second = RunFolder.underResults(results, "baseline", 42, START)) {
      assertEquals("20261123-143012-s42", first.commit().getFileName().toString());
      assertEquals("20261123-143012-s42-2", second.commit().getFileName().toString());
    }
  }

  @Test
  void anAbandonedRunLeavesNoFolderBehind() throws Exception {
    Path results = dir.resolve("results");
    try (RunFolder run = RunFolder.underResults(results, "baseline", 42, START)) {
      Files.writeString(run.staging().resolve(ResultFiles.METRICS), "half");
    }
    assertFalse(Files.exists(results));
  }

  @Test
  void scenarioNamesBecomeSafeFolderNames() {
    assertEquals("cuts-8-", RunFolder.folderName("cuts 8%"));
    assertEquals("a-b", RunFolder.folderName("a/b"));
    assertEquals("scenario..", RunFolder.folderName(".."));
  }

  @Test
  void outFilesAppearInTheFolderItselfWhenCommitted() throws Exception {
    Path out = dir.resolve("a").resolve("b");
    try (RunFolder run = RunFolder.at(out, false)) {
      Files.writeString(run.staging().resolve(ResultFiles.METRICS), "rows");
      Files.writeString(run.parts().resolve("r000000.csv"), "part");
      assertFalse(Files.exists(out.resolve(ResultFiles.METRICS)));
      assertEquals(out, run.commit());
    }
    assertEquals(List.of(out.resolve(ResultFiles.METRICS)), entries(out));
  }

  @Test
  void anAbandonedOutFolderIsRemovedIfTheRunCreatedIt() throws Exception {
    Path out = dir.resolve("new").resolve("out");
    try (RunFolder run = RunFolder.at(out, false)) {
      Files.writeString(run.staging().resolve(ResultFiles.METRICS), "half");
    }
    assertFalse(Files.exists(dir.resolve("new")));
  }

  @Test
  void anExistingOutFolderIsKeptButLeftAsItWas() throws Exception {
    Path out = Files.createDirectory(dir.resolve("out"));
    Files.writeString(out.resolve("notes.txt"), "mine");
    try (RunFolder run = RunFolder.at(out, false)) {
      Files.writeString(run.staging().resolve(ResultFiles.METRICS), "half");
    }
    assertEquals(List.of(out.resolve("notes.txt")), entries(out));
  }

  @Test
  void aRunThatFailsWhileReplacingResultsLeavesTheEarlierOnesWhole() throws Exception {
    Path out = Files.createDirectory(dir.resolve("out"));
    Files.writeString(out.resolve(ResultFiles.METRICS), "old metrics");
    Files.writeString(out.resolve(ResultFiles.SUMMARY), "old summary");
    try (RunFolder run = RunFolder.at(out, true)) {
      Files.writeString(run.staging().resolve(ResultFiles.METRICS), "new, half written");
      Files.writeString(run.parts().resolve("r000000.csv"), "rows");
      // The disk fills up here: the run gives up without committing.
    }
    assertEquals(
        List.of(out.resolve(ResultFiles.METRICS), out.resolve(ResultFiles.SUMMARY)), entries(out));
    assertEquals("old metrics", Files.readString(out.resolve(ResultFiles.METRICS)));
    assertEquals("old summary", Files.readString(out.resolve(ResultFiles.SUMMARY)));
  }

  @Test
  void previousResultsAreReplacedOnlyWithOverwrite() throws Exception {
    Path out = Files.createDirectory(dir.resolve("out"));
    Files.writeString(out.resolve(ResultFiles.METRICS), "old");
    OutputException refused = assertThrows(OutputException.class, () -> RunFolder.at(out, false));
    assertTrue(refused.getMessage().contains("--overwrite"), refused.getMessage());
    try (RunFolder run = RunFolder.at(out, true)) {
      Files.writeString(run.staging().resolve(ResultFiles.METRICS), "new");
      run.commit();
    }
    assertEquals("new", Files.readString(out.resolve(ResultFiles.METRICS)));
  }

  @Test
  void overwritingReplacesTheFoldersOfTheEarlierRunToo() throws Exception {
    Path out = Files.createDirectory(dir.resolve("out"));
    Files.writeString(out.resolve(ResultFiles.METRICS), "old");
    Files.createDirectories(out.resolve("charts"));
    Files.writeString(out.resolve("charts/coverage.png"), "old chart");
    Files.writeString(out.resolve("charts/gone.png"), "a chart the new run does not draw");
    try (RunFolder run = RunFolder.at(out, true)) {
      Files.writeString(run.staging().resolve(ResultFiles.METRICS), "new");
      Files.createDirectories(run.staging().resolve("charts"));
      Files.writeString(run.staging().resolve("charts/coverage.png"), "new chart");
      run.commit();
    }
    assertEquals("new chart", Files.readString(out.resolve("charts/coverage.png")));
    assertFalse(Files.exists(out.resolve("charts/gone.png")), "the old run's chart is left");
  }

  @Test
  void aFolderThatCannotBeCreatedIsReportedPlainly() throws Exception {
    Path file = Files.writeString(dir.resolve("file.txt"), "x");
    OutputException e =
        assertThrows(OutputException.class, () -> RunFolder.at(file.resolve("out"), false));
    assertTrue(e.getMessage().startsWith("cannot create the folder"), e.getMessage());
    OutputException f = assertThrows(OutputException.class, () -> RunFolder.at(file, false));
    assertTrue(f.getMessage().contains("not a folder"), f.getMessage());
  }

  private static List<Path> entries(Path folder) throws IOException {
    try (Stream<Path> list = Files.list(folder)) {
      return list.sorted().toList();
    }
  }
}
