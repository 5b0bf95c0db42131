package org.civicsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civicsim.batch.SweepRun;
import org.civicsim.io.ResultFiles;
import org.civicsim.scenario.Sweep;
import org.civicsim.scenario.SweepLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepCommandTest {
  private static final String BASE = Path.of("scenarios/baseline.yaml").toAbsolutePath().toString();
  private static final List<String> FILES =
      List.of(ResultFiles.METRICS, ResultFiles.SUMMARY, ResultFiles.SWEEP);

  private final InProcess cli = new InProcess();
  @TempDir Path dir;
  private Path sweep;

  @BeforeEach
  void sweepFile() throws Exception {
    sweep =
        Files.writeString(
            dir.resolve("tiny.yaml"),
            "base: "
                + BASE
                + "\ndesign: latin-hypercube\nsamples: 3\nreplicates: 2\nseed: 7\n"
                + "set:\n  steps: 8\n  borough.residents: 300\n  borough.wards: 3\n"
                + "  behaviour.burn_in_weeks: 2\n"
                + "vary:\n  council.cuts.real_terms_per_year: {min: 0, max: 0.08}\n"
                + "  community_development.workers_per_10k: [0, 2, 4]\n");
  }

  /** Runs the command line; sweeps and merges leave out their report unless it is asked for. */
  private int run(String... args) {
    List<String> all = new java.util.ArrayList<>(List.of(args));
    if ((all.get(0).equals("sweep") || all.get(0).equals("merge")) && !all.remove("--report")) {
      all.add("--no-report");
    }
    return cli.run(all.toArray(String[]::new));
  }

  private static Map<String, byte[]> files(Path folder) throws Exception {
    Map<String, byte[]> m = new LinkedHashMap<>();
    for (String f : FILES) {
      m.put(f, Files.readAllBytes(folder.resolve(f)));
    }
    // wall_seconds is the one column that differs between executions
    m.put(
        ResultFiles.RUNS,
        String.join(
                "\n",
                Files.readAllLines(folder.resolve(ResultFiles.RUNS)).stream()
                    .map(l -> l.substring(0, l.lastIndexOf(',')))
                    .toList())
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
    assertEquals(
        0, run("sweep", sweep.toString(), "--out", o.toString(), "--threads", "2"), cli.err());
    List<String> runs = Files.readAllLines(o.resolve(ResultFiles.RUNS));
    assertEquals(
        "run,point,replicate,seed,council.cuts.real_terms_per_year,"
            + "community_development.workers_per_10k,status,wall_seconds",
        runs.get(0));
    assertEquals(7, runs.size());
    Set<String> seeds = new HashSet<>();
    String json = Files.readString(o.resolve(ResultFiles.SWEEP));
    for (String line : runs.subList(1, runs.size())) {
      String[] c = line.split(",");
      assertEquals("ok", c[6]);
      seeds.add(c[3]);
      assertTrue(json.contains(c[3]), "seed in sweep.json: " + c[3]);
    }
    assertEquals(6, seeds.size(), "every run has its own seed");
    List<String> metrics = Files.readAllLines(o.resolve(ResultFiles.METRICS));
    assertTrue(metrics.get(0).startsWith("scenario,run,point,replicate,seed,council.cuts"));
    assertTrue(
        metrics.stream().skip(1).allMatch(l -> l.split(",")[7].equals("8")),
        "final week only by default");
    List<String> summary = Files.readAllLines(o.resolve(ResultFiles.SUMMARY));
    assertTrue(summary.get(1).endsWith(",2"), summary.get(1));
    assertTrue(cli.err().contains("run 6/6 done (100%)"), cli.err());
  }

  @Test
  void oneAndTwoThreadsGiveTheSameFiles() throws Exception {
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    assertEquals(0, run("sweep", sweep.toString(), "--out", a.toString(), "--threads", "1"));
    assertEquals(0, run("sweep", sweep.toString(), "--out", b.toString(), "--threads", "2"));
    assertSame(files(a), files(b));
  }

  @Test
  void resumingAfterLosingPartsGivesTheSameFiles() throws Exception {
    Path a = dir.resolve("a");
    assertEquals(
        0,
        run(
            "sweep",
            sweep.toString(),
            "--out",
            a.toString(),
            "--threads",
            "2",
            "--record",
            "every"));
    Map<String, byte[]> whole = files(a);
    Path parts = a.resolve(ResultFiles.PARTS);
    Files.delete(parts.resolve("run000001.csv"));
    Files.delete(parts.resolve("run000004.done"));
    Files.delete(parts.resolve("run000005.csv"));
    Files.delete(parts.resolve("run000005.done"));
    for (String f :
        List.of(ResultFiles.RUNS, ResultFiles.METRICS, ResultFiles.SUMMARY, ResultFiles.SWEEP)) {
      Files.delete(a.resolve(f));
    }
    assertEquals(
        2,
        run("sweep", sweep.toString(), "--out", a.toString(), "--record", "every"),
        "a folder holding a sweep is not overwritten without --resume");
    assertTrue(cli.err().contains("--resume"), cli.err());
    assertEquals(
        0,
        run(
            "sweep",
            sweep.toString(),
            "--out",
            a.toString(),
            "--threads",
            "2",
            "--record",
            "every",
            "--resume"),
        cli.err());
    assertTrue(cli.err().contains("resuming: 3 of 6 runs already complete"), cli.err());
    assertSame(whole, files(a));
    assertEquals(
        2,
        run("sweep", sweep.toString(), "--out", a.toString(), "--resume"),
        "a different recording is a different sweep");
  }

  @Test
  void badSweepFileExitsTwoNamingLineAndKeyAndWritesNothing() throws Exception {
    Path bad =
        Files.writeString(
            dir.resolve("bad.yaml"),
            "base: "
                + BASE
                + "\ndesign: moris\nsamples: 2\n"
                + "vary:\n  council.pb_shares: [0, 0.01]\n"
                + "  community_development.workers_per_10k: [0, -2]\n");
    Path o = dir.resolve("never");
    assertEquals(2, run("sweep", bad.toString(), "--out", o.toString()));
    assertTrue(
        cli.err()
            .contains(bad + ":2:9: design: unknown design \"moris\"; did you mean" + " morris?"),
        cli.err());
    assertFalse(Files.exists(o));
    Files.writeString(
        bad, Files.readString(bad).replace("moris", "full-factorial").replace("samples: 2\n", ""));
    assertEquals(2, run("sweep", bad.toString(), "--out", o.toString()));
    assertTrue(
        cli.err()
            .contains(
                bad + ":4:3: council.pb_shares: unknown key; did you mean" + " council.pb_share?"),
        cli.err());
    assertTrue(
        cli.err().contains(bad + ":5:3: community_development.workers_per_10k: must be"),
        cli.err());
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
    Sweep tiny =
        new Sweep(
            shipped.name(),
            shipped.file(),
            shipped.base(),
            shipped.design(),
            1,
            shipped.seed(),
            set,
            shipped.varied(),
            shipped.points(),
            shipped.units());
    Path o = dir.resolve("pb");
    SweepRun.Outcome outcome = new SweepRun(tiny, o, 2, false, false, "test", null).run();
    assertEquals(9, outcome.runs());
    assertEquals(0, outcome.failed());
    assertEquals(10, Files.readAllLines(o.resolve(ResultFiles.RUNS)).size());
  }

  @Test
  void shardsMergeIntoTheFilesOfTheWholeSweep() throws Exception {
    Path whole = dir.resolve("whole");
    assertEquals(0, run("sweep", sweep.toString(), "--out", whole.toString(), "--threads", "2"));
    List<String> shards = new java.util.ArrayList<>();
    for (int i = 1; i <= 4; i++) {
      Path s = dir.resolve("shard" + i);
      assertEquals(
          0,
          run(
              "sweep",
              sweep.toString(),
              "--out",
              s.toString(),
              "--shard",
              i + "/4",
              "--threads",
              "1"),
          cli.err());
      List<String> runs = Files.readAllLines(s.resolve(ResultFiles.RUNS));
      assertEquals(i <= 2 ? 3 : 2, runs.size(), "shard " + i + " of 6 runs: " + runs);
      for (String line : runs.subList(1, runs.size())) {
        assertEquals(i - 1, Integer.parseInt(line.split(",")[0]) % 4, line);
      }
      assertFalse(Files.exists(s.resolve(ResultFiles.SUMMARY)), "a shard has no summary");
      shards.add(s.toString());
    }
    Path merged = dir.resolve("merged");
    List<String> args = new java.util.ArrayList<>(List.of("merge"));
    java.util.Collections.reverse(shards);
    args.addAll(shards);
    args.addAll(List.of("--out", merged.toString()));
    assertEquals(0, run(args.toArray(String[]::new)), cli.err());
    assertTrue(cli.err().contains("merged 4 folders: 6 runs"), cli.err());
    assertSame(files(whole), files(merged));
  }

  @Test
  void mergingIncompleteOrMismatchedShardsExitsTwoAndWritesNothing() throws Exception {
    Path one = dir.resolve("one");
    assertEquals(0, run("sweep", sweep.toString(), "--out", one.toString(), "--shard", "1/2"));
    Path never = dir.resolve("never");
    assertEquals(2, run("merge", one.toString(), "--out", never.toString()));
    assertTrue(
        cli.err()
            .contains("3 of 6 runs are missing or unfinished in these folders (runs 1, 3," + " 5)"),
        cli.err());
    assertFalse(Files.exists(never));
    Path other =
        Files.writeString(
            dir.resolve("other.yaml"), Files.readString(sweep).replace("seed: 7", "seed: 8"));
    Path two = dir.resolve("two");
    assertEquals(0, run("sweep", other.toString(), "--out", two.toString(), "--shard", "2/2"));
    assertEquals(2, run("merge", one.toString(), two.toString(), "--out", never.toString()));
    assertTrue(cli.err().contains(two + " holds a different sweep from " + one), cli.err());
    assertFalse(Files.exists(never));
    assertEquals(2, run("merge", dir.toString(), "--out", never.toString()));
    assertTrue(cli.err().contains("is not a sweep's folder"), cli.err());
    assertEquals(
        2, run("sweep", sweep.toString(), "--out", one.toString(), "--shard", "2/2", "--resume"));
    assertTrue(cli.err().contains("holds shard 1/2, not shard 2/2"), cli.err());
  }

  @Test
  void validateChecksSweepFilesAsSweeps() throws Exception {
    assertEquals(0, run("validate", sweep.toString(), BASE), cli.err());
    String said = cli.out();
    assertTrue(
        said.contains(
            sweep + ": ok (a latin-hypercube sweep of 3 points x 2 replicates" + " = 6 runs)"),
        said);
    assertTrue(said.contains(BASE + ": ok"), said);
    Path bad =
        Files.writeString(
            dir.resolve("bad.yaml"),
            Files.readString(sweep)
                .replace("workers_per_10k: [0, 2, 4]", "workers_per_10k: [0, -2]"));
    assertEquals(2, run("validate", bad.toString()));
    said = cli.out();
    assertTrue(said.contains(bad + ":13:3: community_development.workers_per_10k: must be"), said);
  }

  @Test
  void badShardsExitTwo() {
    for (String bad : List.of("0/3", "4/3", "x", "1/0", "2", "1/2/3", "-1/2")) {
      assertEquals(
          2,
          run("sweep", sweep.toString(), "--out", dir.resolve("s").toString(), "--shard", bad),
          bad);
      assertTrue(cli.err().contains("--shard is I/N"), cli.err());
      assertFalse(cli.err().contains("Exception"), cli.err());
    }
    assertEquals(
        2, run("sweep", sweep.toString(), "--out", dir.resolve("s").toString(), "--shard", "1/7"));
    assertTrue(cli.err().contains("the sweep has 6 runs, so at most 6 shards"), cli.err());
    assertEquals(2, run("sweep", sweep.toString(), "--shard", "1/2"));
    assertTrue(cli.err().contains("--shard needs --out DIR"), cli.err());
    assertFalse(Files.exists(dir.resolve("s")));
  }

  @Test
  void aSobolSweepWritesIndicesWithIntervalsForEveryMetricAndKey() throws Exception {
    Path sobol =
        Files.writeString(
            dir.resolve("sobol.yaml"),
            Files.readString(sweep)
                .replace("latin-hypercube", "sobol")
                .replace("samples: 3", "samples: 4")
                .replace("replicates: 2", "replicates: 1"));
    Path o = dir.resolve("sobol");
    assertEquals(
        0,
        run("sweep", sobol.toString(), "--out", o.toString(), "--threads", "2", "--report"),
        cli.err());
    assertTrue(Files.isRegularFile(o.resolve("report/report.html")), cli.err());
    assertTrue(
        Files.isRegularFile(o.resolve("report/charts/sweep1_sensitivity_active_share.png")),
        cli.err());
    assertEquals(
        4 * 4 + 1,
        Files.readAllLines(o.resolve(ResultFiles.RUNS)).size(),
        "4 blocks of A, AB1, AB2, B");
    List<String> rows = Files.readAllLines(o.resolve(ResultFiles.SENSITIVITY));
    assertEquals("metric,group,parameter,index,value,ci_low,ci_high,n", rows.get(0));
    assertEquals(1 + 19 * 8 * 2 * 2, rows.size());
    String st =
        rows.stream()
            .filter(r -> r.startsWith("participation_any,all,council.cuts.real_terms_per_year,ST,"))
            .findFirst()
            .orElseThrow();
    String[] c = st.split(",", -1);
    assertEquals("4", c[7]);
    double v = Double.parseDouble(c[4]);
    assertTrue(Double.parseDouble(c[5]) <= v && v <= Double.parseDouble(c[6]), st);
    Path morris =
        Files.writeString(
            dir.resolve("morris.yaml"),
            Files.readString(sobol).replace("sobol", "morris").replace("samples: 4", "samples: 3"));
    Path m = dir.resolve("morris");
    assertEquals(
        0, run("sweep", morris.toString(), "--out", m.toString(), "--threads", "2"), cli.err());
    rows = Files.readAllLines(m.resolve(ResultFiles.SENSITIVITY));
    assertEquals(1 + 19 * 8 * 2 * 3, rows.size());
    assertTrue(
        rows.stream()
            .anyMatch(
                r -> r.startsWith("coverage,q1,community_development.workers_per_10k,mu_star,")),
        rows.get(1));
  }

  @Test
  void helpDescribesTheSweep() {
    assertEquals(0, run("help", "sweep"));
    assertTrue(cli.out().contains("--resume"));
    assertEquals(0, run("--help"));
    assertTrue(cli.out().contains("sweep SWEEP.yaml"));
  }
}
