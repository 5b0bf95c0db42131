package org.civicsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civicsim.batch.SweepRun;
import org.civicsim.scenario.Sweep;
import org.civicsim.scenario.SweepLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepCommandTest {
  private static final String BASE = Path.of("scenarios/baseline.yaml").toAbsolutePath().toString();
  private static final List<String> FILES =
      List.of(SweepRun.METRICS, SweepRun.SUMMARY, SweepRun.SWEEP);

  @TempDir Path dir;
  private Path sweep;
  private ByteArrayOutputStream out;
  private ByteArrayOutputStream err;

  @BeforeEach
  void sweepFile() throws Exception {
    sweep = Files.writeString(dir.resolve("tiny.yaml"),
        "base: " + BASE + "\ndesign: latin-hypercube\nsamples: 3\nreplicates: 2\nseed: 7\n"
            + "set:\n  steps: 8\n  borough.residents: 300\n  borough.wards: 3\n"
            + "  behaviour.burn_in_weeks: 2\n"
            + "vary:\n  council.cuts.real_terms_per_year: {min: 0, max: 0.08}\n"
            + "  community_development.workers_per_10k: [0, 2, 4]\n");
  }

  private int main(String... args) {
    out = new ByteArrayOutputStream();
    err = new ByteArrayOutputStream();
    return new Main(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8)).execute(args);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private static Map<String, byte[]> files(Path folder) throws Exception {
    Map<String, byte[]> m = new LinkedHashMap<>();
    for (String f : FILES) {
      m.put(f, Files.readAllBytes(folder.resolve(f)));
    }
    // wall_seconds is the one column that differs between executions
    m.put(SweepRun.RUNS, String.join("\n", Files.readAllLines(folder.resolve(SweepRun.RUNS))
        .stream().map(l -> l.substring(0, l.lastIndexOf(','))).toList())
        .getBytes(StandardCharsets.UTF_8));
    return m;
  }

  private static void assertSame(Map<String, byte[]> a, Map<String, byte[]> b) {
    for (String f : a.keySet()) {
      assertArrayEquals(a.get(f), b.get(f), f);
    }
  }

  @Test
  void writesEveryFileWithOneRowPerRunAndSeedsRecorded() throws Exception {
    Path o = dir.resolve("o");
    assertEquals(0, main("sweep", sweep.toString(), "--out", o.toString(), "--threads", "2"),
        err());
    List<String> runs = Files.readAllLines(o.resolve(SweepRun.RUNS));
    assertEquals("run,point,replicate,seed,council.cuts.real_terms_per_year,"
        + "community_development.workers_per_10k,status,wall_seconds", runs.get(0));
    assertEquals(7, runs.size());
    Set<String> seeds = new HashSet<>();
    String json = Files.readString(o.resolve(SweepRun.SWEEP));
    for (String line : runs.subList(1, runs.size())) {
      String[] c = line.split(",");
      assertEquals("ok", c[6]);
      seeds.add(c[3]);
      assertTrue(json.contains(c[3]), "seed in sweep.json: " + c[3]);
    }
    assertEquals(6, seeds.size(), "every run has its own seed");
    List<String> metrics = Files.readAllLines(o.resolve(SweepRun.METRICS));
    assertTrue(metrics.get(0).startsWith("scenario,run,point,replicate,seed,council.cuts"));
    assertTrue(metrics.stream().skip(1).allMatch(l -> l.split(",")[7].equals("8")),
        "final week only by default");
    List<String> summary = Files.readAllLines(o.resolve(SweepRun.SUMMARY));
    assertTrue(summary.get(1).endsWith(",2"), summary.get(1));
    assertTrue(err().contains("run 6/6 done (100%)"), err());
  }

  @Test
  void oneAndTwoThreadsGiveTheSameFiles() throws Exception {
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    assertEquals(0, main("sweep", sweep.toString(), "--out", a.toString(), "--threads", "1"));
    assertEquals(0, main("sweep", sweep.toString(), "--out", b.toString(), "--threads", "2"));
    assertSame(files(a), files(b));
  }

  @Test
  void resumingAfterLosingPartsGivesTheSameFiles() throws Exception {
    Path a = dir.resolve("a");
    assertEquals(0, main("sweep", sweep.toString(), "--out", a.toString(), "--threads", "2",
        "--record", "every"));
    Map<String, byte[]> whole = files(a);
    Path parts = a.resolve(SweepRun.PARTS);
    Files.delete(parts.resolve("run000001.csv"));
    Files.delete(parts.resolve("run000004.done"));
    Files.delete(parts.resolve("run000005.csv"));
    Files.delete(parts.resolve("run000005.done"));
    for (String f : List.of(SweepRun.RUNS, SweepRun.METRICS, SweepRun.SUMMARY, SweepRun.SWEEP)) {
      Files.delete(a.resolve(f));
    }
    assertEquals(2, main("sweep", sweep.toString(), "--out", a.toString(), "--record", "every"),
        "a folder holding a sweep is not overwritten without --resume");
    assertTrue(err().contains("--resume"), err());
    assertEquals(0, main("sweep", sweep.toString(), "--out", a.toString(), "--threads", "2",
        "--record", "every", "--resume"), err());
    assertTrue(err().contains("resuming: 3 of 6 runs already complete"), err());
    assertSame(whole, files(a));
    assertEquals(2, main("sweep", sweep.toString(), "--out", a.toString(), "--resume"),
        "a different recording is a different sweep");
  }

  @Test
  void badSweepFileExitsTwoNamingLineAndKeyAndWritesNothing() throws Exception {
    Path bad = Files.writeString(dir.resolve("bad.yaml"),
        "base: " + BASE + "\ndesign: morris\nsamples: 2\n"
            + "vary:\n  council.pb_shares: [0, 0.01]\n"
            + "  community_development.workers_per_10k: [0, -2]\n");
    Path o = dir.resolve("never");
    assertEquals(2, main("sweep", bad.toString(), "--out", o.toString()));
    assertTrue(err().contains(bad + ":2:9: design: the morris design is not available yet"),
        err());
    assertFalse(Files.exists(o));
    Files.writeString(bad, Files.readString(bad).replace("morris", "full-factorial")
        .replace("samples: 2\n", ""));
    assertEquals(2, main("sweep", bad.toString(), "--out", o.toString()));
    assertTrue(err().contains(bad + ":4:3: council.pb_shares: unknown key; did you mean"
        + " council.pb_share?"), err());
    assertTrue(err().contains(bad + ":5:3: community_development.workers_per_10k: must be"),
        err());
    assertFalse(Files.exists(o));
  }

  @Test
  void shippedSweepRunsAtATinySize() throws Exception {
    Sweep shipped = SweepLoader.load(Path.of("scenarios/sweeps/pb-vs-intermediaries.yaml"));
    Map<String, String> set = new LinkedHashMap<>(shipped.set());
    set.put("steps", "8");
    set.put("borough.residents", "300");
    set.put("borough.wards", "3");
    set.put("behaviour.burn_in_weeks", "2");
    Sweep tiny = new Sweep(shipped.name(), shipped.file(), shipped.base(), shipped.design(), 1,
        shipped.seed(), set, shipped.varied(), shipped.points());
    Path o = dir.resolve("pb");
    SweepRun.Outcome outcome = new SweepRun(tiny, o, 2, false, false, "test", null).run();
    assertEquals(9, outcome.runs());
    assertEquals(0, outcome.failed());
    assertEquals(10, Files.readAllLines(o.resolve(SweepRun.RUNS)).size());
  }

  @Test
  void helpDescribesTheSweep() {
    assertEquals(0, main("help", "sweep"));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("--resume"));
    assertEquals(0, main("--help"));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("sweep SWEEP.yaml"));
  }
}
