package org.civicsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.civicsim.io.ResultFiles;
import org.civicsim.report.RunData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run --posterior FILE --draws N}: a scenario run over posterior draws, each with its
 * replicates, whose summary intervals hold the constants' uncertainty, and whose draws and seeds
 * are the same for any scenario run with the same seed, so that two runs pair.
 */
class PosteriorRunTest {
  private final InProcess cli = new InProcess();
  @TempDir Path dir;

  /** Two constants far apart: civic participation is rare under one, common under the other. */
  private Path posterior() throws Exception {
    Path file = dir.resolve("posterior.csv");
    Files.writeString(file, "behaviour.asc_civic,weight\n" + rows);
    return file;
  }

  private String rows = "-8.0,0.5\n-3.5,0.5\n";

  private int run(String scenario, Path out) throws Exception {
    return seeded(scenario, out, "9");
  }

  private int seeded(String scenario, Path out, String seed) throws Exception {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "run",
                scenario,
                "--posterior",
                posterior().toString(),
                "--draws",
                "6",
                "--replicates",
                "2",
                "--steps",
                "26",
                "--seed",
                seed,
                "--set",
                "borough.residents=400",
                "--set",
                "borough.wards=4",
                "--set",
                "behaviour.burn_in_weeks=26",
                "--threads",
                "2",
                "--out",
                out.toString()));
    return cli.run(args.toArray(String[]::new));
  }

  @Test
  void aRunOverDrawsReportsThePosteriorIntervalAndPairsWithAnotherScenario() throws Exception {
    Path base = dir.resolve("base");
    assertEquals(ExitCode.OK, run("scenarios/baseline.yaml", base), cli.err());
    List<String> summary = Files.readAllLines(base.resolve(ResultFiles.SUMMARY));
    String civic =
        summary.stream().filter(l -> l.contains(",participation_civic,all,")).findFirst().get();
    String[] c = civic.split(",");
    double low = Double.parseDouble(c[5]);
    double high = Double.parseDouble(c[6]);
    assertEquals("12", c[7], "six draws of two replicates");
    // The two constants give levels far apart; the interval spans both.
    assertTrue(high - low > 0.2, civic);
    List<String> draws = Files.readAllLines(base.resolve(ResultFiles.POSTERIOR_DRAWS));
    assertEquals(
        "replicate,draw,posterior_row,behaviour.asc_civic,weight".replace(",weight", ""),
        draws.get(0));
    assertEquals(13, draws.size(), "one line per replicate");
    RunData data = RunData.read(base);
    assertTrue(data.overPosterior());
    var band = data.band("participation_civic", "all");
    var last = band[band.length - 1];
    assertEquals(low, last.low(), 1e-6, "the charts' band is the summary's posterior interval");
    assertEquals(high, last.high(), 1e-6);
    var cell = data.interval(data.finalValues("participation_civic", "all"));
    assertEquals(low, cell.low(), 1e-6, "the report's table gives the posterior interval too");
    assertEquals(high, cell.high(), 1e-6);

    Path other = dir.resolve("other");
    assertEquals(ExitCode.OK, run("scenarios/no-cuts.yaml", other), cli.err());
    assertEquals(seeds(base), seeds(other), "the same draws' replicates have the same seeds");
    assertTrue(RunData.read(base).pairsWith(RunData.read(other)), "report pairs them");
    Path report = dir.resolve("report");
    assertEquals(
        ExitCode.OK,
        cli.run("report", base.toString(), other.toString(), "--out", report.toString()),
        cli.err());
    assertTrue(Files.readString(report.resolve("report.md")).contains("paired replicate by"));
    Path reseeded = dir.resolve("reseeded");
    assertEquals(ExitCode.OK, seeded("scenarios/no-cuts.yaml", reseeded, "10"));
    assertFalse(RunData.read(base).pairsWith(RunData.read(reseeded)), "other seeds: unpaired");
    // The same seed over another posterior: the same seeds, other constants, so no pairs.
    rows = "-7.0,0.5\n-4.5,0.5\n";
    Path elsewhere = dir.resolve("elsewhere");
    assertEquals(ExitCode.OK, run("scenarios/no-cuts.yaml", elsewhere), cli.err());
    assertEquals(seeds(base), seeds(elsewhere));
    assertFalse(RunData.read(base).pairsWith(RunData.read(elsewhere)), "other draws: unpaired");
  }

  @Test
  void drawsWithoutAPosteriorOrABadPosteriorFileAreRefused() throws Exception {
    assertEquals(
        ExitCode.BAD_INPUT,
        cli.run("run", "scenarios/baseline.yaml", "--draws", "5", "--out", dir + "/x"));
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "behaviour.asc_civic,weight\n-8.0,zero\n");
    assertEquals(
        ExitCode.BAD_INPUT,
        cli.run(
            "run", "scenarios/baseline.yaml", "--posterior", bad.toString(), "--out", dir + "/y"));
    assertTrue(cli.err().contains(bad + ":2: column weight: 'zero' is not a number"), cli.err());
    assertFalse(InProcess.STACK_FRAME.matcher(cli.err()).find(), cli.err());
    assertFalse(Files.exists(dir.resolve("y")));
  }

  private static List<String> seeds(Path run) throws Exception {
    return Files.readAllLines(run.resolve(ResultFiles.PLACES)).stream()
        .skip(1)
        .map(l -> l.split(",")[1] + "," + l.split(",")[2])
        .distinct()
        .toList();
  }
}
