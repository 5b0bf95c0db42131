package org.civicsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep on a real Slurm cluster, as a researcher would run it: {@code civicsim slurm} writes the
 * scripts, their submit.sh queues a 3-task job array and the dependent merge on a one-node cluster
 * started on 127.0.0.1 ({@link LocalSlurm}), and the merged files are the same as the same sweep
 * run on one machine. Installs Debian's slurm-wlm and munge when missing; set CIVICSIM_SKIP_SLURM=1
 * to skip it on a machine that cannot (the skip is reported, never silent). The daemons are stopped
 * by their process ids whatever happens.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SlurmIT {
  private static final Path ROOT = Path.of(System.getProperty("civicsim.root", "."));
  private static final Path JAR =
      Path.of(System.getProperty("civicsim.jar", "target/civicsim.jar")).toAbsolutePath();
  private static final Duration PATIENCE = Duration.ofSeconds(240);

  @TempDir static Path cluster;
  private static LocalSlurm slurm;

  @TempDir Path work;

  private static final boolean SKIP = "1".equals(System.getenv("CIVICSIM_SKIP_SLURM"));

  @BeforeAll
  static void startCluster() throws Exception {
    if (SKIP) return; // each test reports the skip
    long t0 = System.nanoTime();
    boolean installed = LocalSlurm.install();
    long t1 = System.nanoTime();
    slurm = LocalSlurm.start(cluster);
    long t2 = System.nanoTime();
    System.out.printf(
        "SlurmIT: %s %.1f s, cluster started in %.1f s%n",
        installed ? "installed slurm-wlm and munge in" : "slurm-wlm and munge present, checked in",
        (t1 - t0) / 1e9,
        (t2 - t1) / 1e9);
  }

  @AfterAll
  static void stopCluster() {
    if (slurm != null) slurm.close();
  }

  /** Skips the test, visibly, when CIVICSIM_SKIP_SLURM=1. */
  @BeforeEach
  void unlessSkipped() {
    Assumptions.assumeFalse(SKIP, "CIVICSIM_SKIP_SLURM=1: Slurm test skipped");
  }

  @Test
  @Order(1)
  void aJobArrayAndAJobThatWaitsForItRunOnTheCluster() throws Exception {
    Path out = Files.createDirectories(work.resolve("out"));
    Path job =
        Files.writeString(
            work.resolve("hello.sbatch"),
            "#!/bin/bash\n#SBATCH --array=1-3\n#SBATCH --output="
                + out
                + "/hello-%a.out\n"
                + "echo task $SLURM_ARRAY_TASK_ID of $SLURM_ARRAY_JOB_ID\n");
    long t0 = System.nanoTime();
    String array = slurm.run("sbatch", "--parsable", job.toString()).trim();
    String after =
        slurm
            .run(
                "sbatch",
                "--parsable",
                "--dependency=afterok:" + array,
                "--output=" + out + "/after.out",
                "--wrap",
                "ls " + out + " | grep -c hello")
            .trim();
    waitForJobs(out);
    System.out.printf(
        "SlurmIT: a 3-task array of echo and a job after it finished in %.1f s%n",
        (System.nanoTime() - t0) / 1e9);
    assertEquals("COMPLETED", state(after), slurm.logs());
    for (int i = 1; i <= 3; i++) {
      assertEquals(
          "task " + i + " of " + array,
          Files.readString(out.resolve("hello-" + i + ".out")).trim());
    }
    assertEquals(
        "3",
        Files.readString(out.resolve("after.out")).trim(),
        "the dependent job ran after every task");
  }

  @Test
  @Order(2)
  void aSweepRunAsAJobArrayAndMergedMatchesTheSameSweepOnOneMachine() throws Exception {
    String base = ROOT.resolve("scenarios/baseline.yaml").toAbsolutePath().toString();
    Path sweep =
        Files.writeString(
            work.resolve("small.yaml"),
            "name: small\nbase: "
                + base
                + "\ndesign: full-factorial\nreplicates: 2\nseed: 11\n"
                + "set:\n  steps: 30\n  borough.residents: 1000\n"
                + "vary:\n  community_development.workers_per_10k: [0, 2, 4]\n");
    Path dir = work.resolve("cluster");
    JarProcess.Result made =
        JarProcess.run(
            work,
            "slurm",
            sweep.toString(),
            "--array",
            "3",
            "--out",
            dir.toString(),
            "--partition",
            "debug",
            "--time",
            "10");
    assertEquals(0, made.code(), made.out() + made.err());
    assertTrue(made.out().contains(dir.resolve("submit.sh").toString()), made.out());

    long t0 = System.nanoTime();
    List<String> submit = new ArrayList<>(List.of("bash", dir.resolve("submit.sh").toString()));
    String said = submitWithJava(submit);
    Matcher a = Pattern.compile("array job (\\d+)").matcher(said);
    Matcher m = Pattern.compile("merge job (\\d+)").matcher(said);
    assertTrue(a.find() && m.find(), said);
    waitForJobs(dir.resolve("logs"));
    long t1 = System.nanoTime();
    System.out.printf(
        "SlurmIT: 3-task array and merge of 6 runs finished in %.1f s%n", (t1 - t0) / 1e9);
    assertEquals("COMPLETED", state(m.group(1)), () -> jobLogs(dir) + slurm.logs());

    JarProcess.Result local =
        JarProcess.run(
            work,
            "sweep",
            sweep.toString(),
            "--out",
            work.resolve("local").toString(),
            "--threads",
            "2",
            "--quiet");
    assertEquals(0, local.code(), local.out() + local.err());
    Path merged = dir.resolve("merged");
    for (String f : List.of("metrics.csv", "summary.csv", "sweep.json")) {
      assertArrayEquals(
          Files.readAllBytes(work.resolve("local").resolve(f)),
          Files.readAllBytes(merged.resolve(f)),
          f + " differs from the sweep on one machine");
    }
    List<String> runs = withoutWallSeconds(merged.resolve("runs.csv"));
    assertEquals(
        withoutWallSeconds(work.resolve("local/runs.csv")),
        runs,
        "runs.csv differs beyond wall_seconds");
    assertEquals(7, runs.size(), "a header and 6 runs");
    for (int i = 1; i <= 3; i++) {
      assertTrue(Files.isDirectory(dir.resolve("shard-" + i)), "shard-" + i);
    }
    assertTrue(
        Files.isRegularFile(merged.resolve("report/report.html")),
        "the merge job draws the sweep's report");
  }

  @Test
  @Order(3)
  void aCalibrationsRoundsRunAsJobArraysAndEndAtTheSamePosteriorAsOnOneMachine() throws Exception {
    // The smallest calibration CalibrateCommandTest runs: three rounds of twelve points.
    Path dir = work.resolve("calibration");
    List<String> options = CalibrateCommandTest.tiny(dir, 1);
    options.subList(options.indexOf("--threads"), options.indexOf("--threads") + 4).clear();
    options.remove(0); // "calibrate": the driver adds it
    List<String> driver =
        new ArrayList<>(
            List.of(
                "bash",
                ROOT.resolve("docs/calibrate-on-slurm.sh").toAbsolutePath().toString(),
                dir.toString(),
                "2"));
    driver.addAll(options);
    long t0 = System.nanoTime();
    String said;
    try {
      said = runWithJava(driver, Map.of("CIVICSIM_JAR", JAR.toString()), 200);
    } catch (AssertionError e) {
      throw new AssertionError(e.getMessage() + jobLogs(dir) + slurm.logs(), e);
    }
    System.out.printf(
        "SlurmIT: a calibration of 3 rounds as 2-task arrays finished in %.1f s%n",
        (System.nanoTime() - t0) / 1e9);
    assertTrue(said.contains("round 3 taken up (2 tasks)"), said);
    for (int round = 1; round <= 3; round++) {
      for (int task = 1; task <= 2; task++) {
        Path log = dir.resolve("logs/round-" + round + "-" + task + ".out");
        assertTrue(
            Files.isRegularFile(log)
                && Files.readString(log).contains("shard " + task + "/2 of the next round saved"),
            "task " + task + " of round " + round + " ran its slice: " + jobLogs(dir));
      }
    }

    List<String> local = new ArrayList<>(List.of("calibrate"));
    local.addAll(options);
    local.addAll(List.of("--out", work.resolve("local").toString(), "--threads", "2"));
    JarProcess.Result one = JarProcess.run(ROOT.toAbsolutePath(), local.toArray(String[]::new));
    assertEquals(0, one.code(), one.out() + one.err());
    assertArrayEquals(
        Files.readAllBytes(work.resolve("local/posterior.csv")),
        Files.readAllBytes(dir.resolve("posterior.csv")),
        "the posterior differs from the same calibration on one machine");
  }

  /** Runs submit.sh with the test's Java as JAVA_HOME, which sbatch passes on to the jobs. */
  private static String submitWithJava(List<String> command) throws Exception {
    return runWithJava(command, Map.of(), 60);
  }

  /**
   * Runs {@code command} against the cluster with the test's Java as JAVA_HOME (sbatch passes it on
   * to the jobs) and {@code more} in its environment; its output, failing unless it ends well
   * within {@code seconds}.
   */
  private static String runWithJava(List<String> command, Map<String, String> more, int seconds)
      throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    slurm.pointAtThis(pb.environment());
    pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
    pb.environment().putAll(more);
    Process p = pb.start();
    java.io.ByteArrayOutputStream said = new java.io.ByteArrayOutputStream();
    Thread reader =
        new Thread(
            () -> {
              try {
                p.getInputStream().transferTo(said);
              } catch (IOException e) {
                // the process ended: what it said so far is kept
              }
            });
    reader.start();
    boolean ended = p.waitFor(seconds, TimeUnit.SECONDS);
    if (!ended) p.destroyForcibly().waitFor();
    reader.join(5000);
    String out = said.toString(StandardCharsets.UTF_8);
    assertTrue(ended, String.join(" ", command) + " did not finish in " + seconds + " s:\n" + out);
    assertEquals(0, p.exitValue(), out);
    return out;
  }

  /** Waits until no job is pending or running on the cluster. */
  private static void waitForJobs(Path logs) throws Exception {
    long end = System.nanoTime() + PATIENCE.toNanos();
    while (!slurm.run("squeue", "-h", "-o", "%i %T").isBlank()) {
      if (System.nanoTime() > end) {
        fail(
            "jobs still queued after "
                + PATIENCE.toSeconds()
                + " s:\n"
                + slurm.run("squeue", "-o", "%i %T %r")
                + jobLogs(logs)
                + slurm.logs());
      }
      Thread.sleep(250);
    }
  }

  /** A job's state as scontrol tells it (COMPLETED, FAILED, CANCELLED...). */
  private static String state(String job) throws Exception {
    Matcher m =
        Pattern.compile("JobState=(\\S+)").matcher(slurm.run("scontrol", "-o", "show", "job", job));
    return m.find() ? m.group(1) : "unknown";
  }

  private static String jobLogs(Path folder) {
    StringBuilder s = new StringBuilder();
    Path logs = folder.resolve("logs");
    Path where = Files.isDirectory(logs) ? logs : folder;
    try (Stream<Path> files = Files.list(where)) {
      for (Path f : files.sorted().toList()) {
        s.append("== ").append(f).append('\n').append(Files.readString(f)).append('\n');
      }
    } catch (IOException e) {
      s.append("(").append(e.getMessage()).append(")\n");
    }
    return s.toString();
  }

  private static List<String> withoutWallSeconds(Path runs) throws IOException {
    List<String> lines = Files.readAllLines(runs);
    assertTrue(lines.get(0).endsWith(",wall_seconds"), lines.get(0));
    return lines.stream().map(l -> l.substring(0, l.lastIndexOf(','))).toList();
  }
}
