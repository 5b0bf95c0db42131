package org.civicsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep killed with SIGKILL part way, then resumed, gives the files of a sweep never interrupted:
 * byte for byte (runs.csv apart from its wall_seconds), every run once.
 */
class SweepKillIT {
  @TempDir Path work;

  @Test
  void aKilledSweepResumesToTheSameFiles() throws Exception {
    Files.writeString(
        work.resolve("small.yaml"),
        "name: small\nsteps: 60\nborough: {residents: 2000, wards: 4}\n"
            + "behaviour: {burn_in_weeks: 4}\n");
    Path sweep =
        Files.writeString(
            work.resolve("kill.yaml"),
            "base: small.yaml\ndesign: latin-hypercube\nsamples: 12\nreplicates: 2\nseed: 3\n"
                + "vary:\n  council.cuts.real_terms_per_year: {min: 0, max: 0.1}\n"
                + "  community_development.workers_per_10k: {min: 0, max: 4}\n");
    Path killed = work.resolve("killed");
    Path parts = killed.resolve("parts");
    Process p =
        start(
            "sweep",
            sweep.toString(),
            "--out",
            killed.toString(),
            "--threads",
            "2",
            "--record",
            "every",
            "--no-report");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (done(parts) < 5 && p.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertTrue(p.isAlive(), "the sweep should still be running when it is killed");
    p.destroyForcibly();
    assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    assertEquals(137, p.exitValue(), "killed by SIGKILL");
    int before = done(parts);
    assertTrue(before >= 5 && before < 24, before + " runs finished before the kill");
    for (String f : List.of("runs.csv", "metrics.csv", "summary.csv", "sweep.json")) {
      assertFalse(Files.exists(killed.resolve(f)), f + " appears only when the sweep ends");
    }

    JarProcess.Result resumed =
        JarProcess.run(
            work,
            "sweep",
            sweep.toString(),
            "--out",
            killed.toString(),
            "--threads",
            "2",
            "--record",
            "every",
            "--resume",
            "--no-report");
    assertEquals(0, resumed.code(), resumed.err());
    assertTrue(
        resumed.err().contains("resuming: " + before + " of 24 runs already complete"),
        resumed.err());
    try (Stream<Path> left = Files.list(parts)) {
      assertFalse(
          left.anyMatch(f -> f.getFileName().toString().endsWith(".tmp")),
          "no abandoned temporary part is left");
    }

    Path whole = work.resolve("whole");
    JarProcess.Result uninterrupted =
        JarProcess.run(
            work,
            "sweep",
            sweep.toString(),
            "--out",
            whole.toString(),
            "--threads",
            "2",
            "--record",
            "every",
            "--no-report");
    assertEquals(0, uninterrupted.code(), uninterrupted.err());
    for (String f : List.of("metrics.csv", "summary.csv", "sweep.json")) {
      assertArrayEquals(
          Files.readAllBytes(whole.resolve(f)), Files.readAllBytes(killed.resolve(f)), f);
    }
    List<String> a = withoutWallTime(whole.resolve("runs.csv"));
    List<String> b = withoutWallTime(killed.resolve("runs.csv"));
    assertEquals(a, b);
    assertEquals(25, b.size());
    for (int r = 0; r < 24; r++) {
      assertTrue(b.get(r + 1).startsWith(r + ","), "run " + r + " once, in order");
      assertTrue(b.get(r + 1).endsWith(",ok"), b.get(r + 1));
    }
  }

  private static List<String> withoutWallTime(Path runs) throws Exception {
    List<String> out = new ArrayList<>();
    for (String line : Files.readAllLines(runs, StandardCharsets.UTF_8)) {
      out.add(line.substring(0, line.lastIndexOf(',')));
    }
    return out;
  }

  private static int done(Path parts) throws Exception {
    if (!Files.isDirectory(parts)) {
      return 0;
    }
    try (Stream<Path> list = Files.list(parts)) {
      return (int) list.filter(f -> f.getFileName().toString().endsWith(".done")).count();
    }
  }

  private Process start(String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(Path.of(JarProcess.JAR).toAbsolutePath().toString());
    command.addAll(List.of(args));
    return new ProcessBuilder(command)
        .directory(work.toFile())
        .redirectOutput(work.resolve("killed.out").toFile())
        .redirectError(work.resolve("killed.err").toFile())
        .start();
  }
}
