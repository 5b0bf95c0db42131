package org.civicsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.civicsim.batch.ScenarioRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed with SIGKILL after its first checkpoint and continued with {@code --resume-from}
 * gives the same files, byte for byte, as a run that was never interrupted.
 */
class CheckpointIT {
  private static final List<String> RESULTS =
      List.of("metrics.csv", "metrics-wards.csv", "spend.csv", "voice-lorenz.csv", "summary.csv");

  @TempDir Path work;

  private String[] smallBaseline(String... more) {
    Path baseline =
        Path.of(System.getProperty("civicsim.root", ".")).resolve("scenarios/baseline.yaml");
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "run",
                baseline.toAbsolutePath().toString(),
                "--set",
                "borough.residents=2000",
                "--steps",
                "60",
                "--replicates",
                "2",
                "--threads",
                "2"));
    args.addAll(List.of(more));
    return args.toArray(String[]::new);
  }

  @Test
  void aRunKilledAfterItsFirstCheckpointResumesToTheSameBytes() throws Exception {
    JarProcess.Result whole = JarProcess.run(work, smallBaseline("-q", "--out", "whole"));
    assertEquals(0, whole.code(), whole.err());

    Path killed = work.resolve("killed");
    Path checkpoint = killed.resolve(ScenarioRun.CHECKPOINT);
    Process p =
        JarProcess.start(
            work,
            work.resolve("killed.log"),
            smallBaseline("--out", "killed", "--checkpoint-every", "20"));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (!Files.exists(checkpoint) && p.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertTrue(Files.exists(checkpoint), "a checkpoint appears: " + log());
    assertTrue(p.isAlive(), "the run is still going when the checkpoint appears: " + log());
    p.destroyForcibly();
    assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    assertFalse(Files.exists(killed.resolve("metrics.csv")), "the killed run wrote no results");

    byte[] saved = Files.readAllBytes(checkpoint);
    Files.write(work.resolve("cut.checkpoint"), java.util.Arrays.copyOf(saved, saved.length / 2));
    JarProcess.Result cut = JarProcess.run(work, "run", "--resume-from", "cut.checkpoint");
    assertEquals(2, cut.code(), cut.err());
    assertTrue(cut.err().contains("cut.checkpoint: the checkpoint is cut short"), cut.err());
    assertFalse(InProcess.STACK_FRAME.matcher(cut.err()).find(), cut.err());

    JarProcess.Result resumed =
        JarProcess.run(work, "run", "--resume-from", "killed/run.checkpoint", "--threads", "1");
    assertEquals(0, resumed.code(), () -> resumed.out() + resumed.err());
    assertTrue(
        resumed.err().contains("resuming baseline from killed/run.checkpoint"), resumed.err());
    for (String name : RESULTS) {
      assertArrayEquals(
          Files.readAllBytes(work.resolve("whole").resolve(name)),
          Files.readAllBytes(killed.resolve(name)),
          name + " as from an uninterrupted run");
    }
    assertFalse(Files.exists(checkpoint), "the checkpoint is removed once the results are whole");
    try (Stream<Path> left = Files.list(killed)) {
      List<String> hidden =
          left.map(f -> f.getFileName().toString()).filter(n -> n.startsWith(".")).toList();
      assertEquals(List.of(), hidden, "nothing of the killed run is left behind");
    }
  }

  @Test
  void aFileThatIsNotACheckpointIsRefusedInOneLine() throws Exception {
    Files.write(work.resolve("junk.checkpoint"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
    JarProcess.Result r = JarProcess.run(work, "run", "--resume-from", "junk.checkpoint");
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().contains("junk.checkpoint"), r.err());
    assertTrue(r.err().contains("not a civicsim run checkpoint"), r.err());
    assertFalse(InProcess.STACK_FRAME.matcher(r.err()).find(), r.err());
    assertFalse(Files.exists(work.resolve("results")), "nothing written");

    JarProcess.Result missing = JarProcess.run(work, "run", "--resume-from", "nowhere.checkpoint");
    assertEquals(2, missing.code(), missing.err());
    assertTrue(missing.err().contains("nowhere.checkpoint: no such file"), missing.err());

    JarProcess.Result mixed =
        JarProcess.run(work, "run", "--resume-from", "junk.checkpoint", "--steps", "5");
    assertEquals(2, mixed.code(), mixed.err());
    assertTrue(mixed.err().contains("--resume-from"), mixed.err());
  }

  private String log() throws java.io.IOException {
    Path log = work.resolve("killed.log");
    return Files.exists(log) ? Files.readString(log) : "";
  }
}
