package org.civicsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Mistakes on the command line rather than in a file (an unknown option, a bad {@code --shard}, an
 * output folder that cannot be written): exit 2, one plain message naming the mistake, no stack
 * trace, nothing written, and earlier results left as they were.
 */
class CommandLineMistakesIT {

  @TempDir Path work;

  @BeforeEach
  void inputs() throws Exception {
    Files.writeString(
        work.resolve("tiny.yaml"),
        "name: tiny\nsteps: 3\nreplicates: 1\nborough: {residents: 200, wards: 2}\n");
    Files.writeString(
        work.resolve("sweep.yaml"),
        "name: tiny-sweep\nbase: tiny.yaml\ndesign: full-factorial\n"
            + "vary:\n  council.cuts.real_terms_per_year: [0, 0.04]\n");
  }

  private JarProcess.Result badInput(String mention, String... args) throws Exception {
    Map<Path, Long> before = files();
    JarProcess.Result r = JarProcess.run(work, args);
    assertEquals(2, r.code(), () -> "exit code of " + List.of(args) + ":\n" + r.err());
    assertTrue(r.err().contains(mention), "no " + mention + " in:\n" + r.err());
    assertFalse(InProcess.STACK_FRAME.matcher(r.err()).find(), "a stack trace:\n" + r.err());
    assertTrue(r.err().lines().count() <= 3, "a short message:\n" + r.err());
    assertEquals(before, files(), "nothing was written");
    return r;
  }

  /** Every file and folder under the work folder, with its size. */
  private Map<Path, Long> files() throws Exception {
    Map<Path, Long> all = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(work)) {
      for (Path p : walk.toList()) {
        all.put(work.relativize(p), Files.isDirectory(p) ? -1 : Files.size(p));
      }
    }
    return all;
  }

  @Test
  void unknownOptionsAreBadInput() throws Exception {
    badInput("--replicatez", "run", "tiny.yaml", "--replicatez", "2");
    badInput("--thread", "sweep", "sweep.yaml", "--thread", "2", "--out", "s");
    badInput("--checkpoint-every", "run", "tiny.yaml", "--checkpoint-every", "0");
    badInput("--checkpoint-every", "run", "tiny.yaml", "--checkpoint-every", "weekly");
  }

  @ParameterizedTest
  @ValueSource(strings = {"4/3", "x", "0/2", "1/0", "2", "1/2/3", "-1/2"})
  void aBadShardIsBadInput(String shard) throws Exception {
    badInput("--shard", "sweep", "sweep.yaml", "--shard", shard, "--out", "shard");
  }

  @Test
  void moreShardsThanRunsIsBadInput() throws Exception {
    badInput("at most 2 shards", "sweep", "sweep.yaml", "--shard", "3/3", "--out", "shard");
  }

  @Test
  void anOutFolderInsideAFileIsBadInputAndWritesNothing() throws Exception {
    Files.writeString(work.resolve("notes.txt"), "not a folder");
    badInput("notes.txt", "run", "tiny.yaml", "--out", "notes.txt/run");
    badInput("notes.txt", "run", "tiny.yaml", "--out", "notes.txt");
    badInput("notes.txt", "sweep", "sweep.yaml", "--out", "notes.txt/sweep");
  }

  @Test
  void anUnwritableOutFolderIsBadInputAndKeepsTheEarlierResults() throws Exception {
    JarProcess.Result first = JarProcess.run(work, "run", "tiny.yaml", "--out", "kept", "-q");
    assertEquals(0, first.code(), first.err());
    Path kept = work.resolve("kept");
    byte[] metrics = Files.readAllBytes(kept.resolve("metrics.csv"));
    Files.setPosixFilePermissions(kept, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      // A superuser writes anyway: then there is nothing to test here.
      assumeFalse(Files.isWritable(kept), "the folder is writable for this user");
      JarProcess.Result r =
          badInput("kept", "run", "tiny.yaml", "--out", "kept", "--overwrite", "--steps", "2");
      assertTrue(r.err().contains("permission denied"), r.err());
      badInput("kept", "sweep", "sweep.yaml", "--out", "kept/sweep");
    } finally {
      Files.setPosixFilePermissions(kept, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
    assertArrayEquals(metrics, Files.readAllBytes(kept.resolve("metrics.csv")));
  }

  @Test
  void resultsAlreadyInTheOutFolderAreKeptWithoutOverwrite() throws Exception {
    JarProcess.Result first = JarProcess.run(work, "run", "tiny.yaml", "--out", "kept", "-q");
    assertEquals(0, first.code(), first.err());
    badInput("--overwrite", "run", "tiny.yaml", "--out", "kept", "--steps", "2");
  }
}
