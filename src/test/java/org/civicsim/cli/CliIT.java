package org.civicsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.civicsim.metrics.MetricNames;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the packaged jar as a user would, in a scratch folder, and checks the output contract. */
class CliIT {

  @TempDir Path work;

  @BeforeEach
  void scenarios() throws IOException {
    Files.writeString(
        work.resolve("tiny.yaml"),
        "name: tiny\nsteps: 8\nreplicates: 2\nborough: {residents: 500, wards: 4}\n");
    Files.writeString(
        work.resolve("typo.yaml"),
        "name: tiny\nsteps: 8\nreplicates: 2\nborough:\n  residents: 500\n  wrads: 4\n");
  }

  private JarProcess.Result civicsim(String... args) throws Exception {
    return JarProcess.run(work, args);
  }

  private static void assertSuccess(JarProcess.Result r) {
    assertEquals(0, r.code(), () -> "stdout:\n" + r.out() + "\nstderr:\n" + r.err());
  }

  @Test
  void aTinyRunWritesTheFourContractFiles() throws Exception {
    JarProcess.Result r = civicsim("run", "tiny.yaml");
    assertSuccess(r);
    Path runs = work.resolve("results").resolve("tiny");
    List<Path> folders;
    try (Stream<Path> list = Files.list(runs)) {
      folders = list.toList();
    }
    assertEquals(1, folders.size(), "one run folder, nothing partial: " + folders);
    Path run = folders.get(0);
    assertTrue(run.getFileName().toString().matches("\\d{8}-\\d{6}-s42"), run.toString());
    assertTrue(r.out().contains(run.getFileName().toString()), r.out());

    List<String> metrics = Files.readAllLines(run.resolve("metrics.csv"));
    assertEquals("scenario,replicate,seed,step,metric,group,value", metrics.get(0));
    Set<String> seen = new TreeSet<>();
    for (String line : metrics.subList(1, metrics.size())) {
      String[] f = line.split(",");
      seen.add(f[4] + "," + f[5]);
    }
    for (String metric : MetricNames.METRICS) {
      for (String group : MetricNames.GROUPS) {
        assertTrue(seen.contains(metric + "," + group), metric + " for " + group);
      }
    }
    assertEquals(
        "scenario,replicate,seed,step,metric,ward,value",
        Files.readAllLines(run.resolve("metrics-wards.csv")).get(0));
    List<String> summary = Files.readAllLines(run.resolve("summary.csv"));
    assertEquals("scenario,metric,group,mean,sd,ci_low,ci_high,n", summary.get(0));
    assertEquals(1 + MetricNames.METRICS.size() * MetricNames.GROUPS.size(), summary.size());
    for (String line : summary.subList(1, summary.size())) {
      assertTrue(line.endsWith(",2"), line);
    }
    String manifest = Files.readString(run.resolve("manifest.json"));
    assertTrue(manifest.contains("\"status\" : \"complete\""), manifest);
    assertTrue(manifest.contains("\"replicate_seeds\""), manifest);
  }

  @Test
  void theSameSeedGivesTheSameMetricsWhateverTheThreads() throws Exception {
    assertSuccess(civicsim("run", "tiny.yaml", "--seed", "5", "--threads", "1", "--out", "a"));
    assertSuccess(civicsim("run", "tiny.yaml", "--seed", "5", "--threads", "1", "--out", "b"));
    assertSuccess(civicsim("run", "tiny.yaml", "--seed", "5", "--threads", "2", "--out", "c"));
    byte[] a = Files.readAllBytes(work.resolve("a/metrics.csv"));
    assertArrayEquals(a, Files.readAllBytes(work.resolve("b/metrics.csv")), "same seed twice");
    assertArrayEquals(a, Files.readAllBytes(work.resolve("c/metrics.csv")), "1 vs 2 threads");
    for (String file : List.of("spend.csv", "voice-lorenz.csv")) {
      byte[] one = Files.readAllBytes(work.resolve("a").resolve(file));
      assertArrayEquals(one, Files.readAllBytes(work.resolve("b").resolve(file)), file + " twice");
      assertArrayEquals(one, Files.readAllBytes(work.resolve("c").resolve(file)), file + " 1 vs 2");
    }
  }

  @Test
  void anotherSeedGivesOtherReplicateSeeds() throws Exception {
    assertSuccess(civicsim("run", "tiny.yaml", "--seed", "5", "--quiet", "--out", "a"));
    assertSuccess(civicsim("run", "tiny.yaml", "--seed", "6", "--quiet", "--out", "b"));
    assertNotEquals(seeds(work.resolve("a/metrics.csv")), seeds(work.resolve("b/metrics.csv")));
  }

  private static Set<String> seeds(Path metrics) throws IOException {
    Set<String> seeds = new TreeSet<>();
    for (String line : Files.readAllLines(metrics).subList(1, 3)) {
      seeds.add(line.split(",")[2]);
    }
    return seeds;
  }

  @Test
  void aTypoInAKeyIsBadInputWithItsLineAndNoResults() throws Exception {
    JarProcess.Result r = civicsim("run", "typo.yaml", "--out", "bad");
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().contains("typo.yaml:6:"), r.err());
    assertTrue(r.err().contains("wrads"), r.err());
    assertFalse(InProcess.STACK_FRAME.matcher(r.err()).find(), r.err());
    assertFalse(Files.exists(work.resolve("bad")));
    assertFalse(Files.exists(work.resolve("results")));
  }

  @Test
  void withoutAScenarioTheBaselineOfTheCurrentFolderIsRun() throws Exception {
    JarProcess.Result r = civicsim("run", "--steps", "4");
    assertEquals(2, r.code(), r.err());
    assertEquals("cannot read scenarios/baseline.yaml: no such file", r.err().trim());
    Files.createDirectory(work.resolve("scenarios"));
    Files.copy(work.resolve("tiny.yaml"), work.resolve("scenarios/baseline.yaml"));
    assertSuccess(civicsim("run", "--steps", "4", "--replicates", "1", "--out", "base", "-q"));
    assertTrue(Files.isRegularFile(work.resolve("base/summary.csv")));
  }

  @Test
  void anUnknownOptionIsBadInput() throws Exception {
    JarProcess.Result r = civicsim("run", "tiny.yaml", "--replicatez", "3");
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().contains("--replicatez"), r.err());
    assertFalse(InProcess.STACK_FRAME.matcher(r.err()).find(), r.err());
    assertFalse(Files.exists(work.resolve("results")));
  }

  @Test
  void theLauncherWorksFromAnyFolderThroughASymlink() throws Exception {
    Path root = Path.of(System.getProperty("civicsim.root", ".")).toAbsolutePath();
    Path link = Files.createSymbolicLink(work.resolve("cs"), root.resolve("civicsim"));
    Process p =
        new ProcessBuilder(link.toString(), "run", "tiny.yaml", "--quiet")
            .directory(work.toFile())
            .redirectErrorStream(true)
            .start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(300, TimeUnit.SECONDS), "the launcher did not finish");
    assertEquals(0, p.exitValue(), output);
    assertTrue(output.trim().startsWith("results/tiny/"), output);
    assertTrue(Files.isRegularFile(work.resolve(output.trim()).resolve("metrics.csv")), output);
  }

  @Test
  void validateAcceptsGoodFilesAndListsProblemsInBadOnes() throws Exception {
    JarProcess.Result good = civicsim("validate", "tiny.yaml");
    assertSuccess(good);
    assertEquals("tiny.yaml: ok", good.out().trim());
    JarProcess.Result bad = civicsim("validate", "tiny.yaml", "typo.yaml");
    assertEquals(2, bad.code());
    assertTrue(bad.out().contains("tiny.yaml: ok"), bad.out());
    assertTrue(bad.out().contains("typo.yaml:6:"), bad.out());
    assertFalse(InProcess.STACK_FRAME.matcher(bad.err()).find(), bad.err());
  }
}
