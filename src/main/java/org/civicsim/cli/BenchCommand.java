package org.civicsim.cli;

import com.beust.jcommander.Parameter;
import com.beust.jcommander.Parameters;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.civicsim.bench.Bench;
import org.civicsim.bench.BenchTable;
import org.civicsim.bench.Measurement;
import org.civicsim.bench.Paired;
import org.civicsim.io.ResultFiles;

/**
 * {@code civicsim bench}: the performance harness. Prints the table and writes bench.csv; the
 * figures are in docs/performance.md.
 */
@Parameters(commandNames = "bench", commandDescription = "Measure the model's speed and size.")
final class BenchCommand extends HelpfulCommand {
  @Parameter(description = "[SCENARIO.yaml]")
  private List<String> files = new ArrayList<>();

  @Parameter(
      names = "--residents",
      variableArity = true,
      description = "population sizes (default 10000 100000 1000000 10000000)")
  private List<String> residents = new ArrayList<>();

  @Parameter(names = "--steps", description = "weeks timed per variant")
  private Integer steps;

  @Parameter(names = "--threads", description = "threads compared with one")
  private int threads = 2;

  @Parameter(names = "--burn-in", description = "the model's burn-in weeks, inside setup")
  private int burnIn = 4;

  @Parameter(names = "--mason-residents", description = "size of the MASON-idiomatic variant")
  private int masonResidents = 100_000;

  @Parameter(names = "--out", description = "folder for bench.csv")
  private String out = "results/bench";

  @Parameter(
      names = "--set",
      description = "KEY=VALUE changes to the scenario",
      splitter = WholeValue.class)
  private List<String> set = new ArrayList<>();

  @Parameter(
      names = "--pair",
      arity = 2,
      description = "two builds (jars or class folders) timed against each other")
  private List<String> pair = new ArrayList<>();

  @Parameter(names = "--rounds", description = "with --pair: stretches timed for each build")
  private int rounds = 30;

  @Override
  public int execute(PrintStream stdout, PrintStream stderr) throws Exception {
    Positionals.rejectOptions("bench", files);
    List<Integer> sizes = sizes();
    if (!pair.isEmpty()) return pair(sizes, stdout, stderr);
    if ((steps != null && steps < 1) || threads < 1 || burnIn < 0 || masonResidents < 0) {
      throw new InputException(
          "--steps and --threads must be at least 1, --burn-in and --mason-residents at least 0");
    }
    String file = files.isEmpty() ? "scenarios/baseline.yaml" : files.get(0);
    Path scenario = ScenarioFiles.readable(file);
    ScenarioFiles.load(file, set); // every problem in the file is reported before any work
    Path folder = outputFolder(out);
    Bench bench =
        new Bench(
            new Bench.Settings(
                scenario,
                sizes.isEmpty() ? Bench.DEFAULT_RESIDENTS : sizes,
                !sizes.isEmpty(),
                steps,
                threads,
                burnIn,
                masonResidents,
                set),
            stderr);
    List<Measurement> rows = bench.run();
    Path csv = folder.resolve(ResultFiles.BENCH);
    Bench.writeCsv(csv, rows);
    stdout.print(BenchTable.format(rows, bench.ratios(), bench.notes()));
    stdout.println("written to " + csv);
    return ExitCode.OK;
  }

  /** Two builds timed against each other in this JVM ({@link Paired}). */
  private int pair(List<Integer> sizes, PrintStream stdout, PrintStream stderr) throws Exception {
    if (sizes.size() > 1) throw new InputException("--pair takes one size: --residents N");
    if (rounds < 1 || (steps != null && steps < 1) || threads < 1 || burnIn < 0) {
      throw new InputException(
          "--rounds, --steps and --threads must be at least 1, --burn-in at least 0");
    }
    Path[] builds = new Path[2];
    for (int k = 0; k < 2; k++) {
      Path b = Path.of(pair.get(k));
      if (!Files.isReadable(b)) {
        throw new InputException("--pair: cannot read " + b + " (a jar or a folder of classes)");
      }
      builds[k] = b;
    }
    String file = files.isEmpty() ? "scenarios/baseline.yaml" : files.get(0);
    Path scenario = ScenarioFiles.readable(file);
    List<String> overrides = new ArrayList<>(set);
    if (!sizes.isEmpty()) {
      overrides.add("borough.residents=" + sizes.get(0));
      overrides.add("borough.wards=" + Math.max(1, sizes.get(0) / 1000));
    }
    overrides.add("behaviour.burn_in_weeks=" + burnIn);
    ScenarioFiles.load(file, overrides); // every problem in the file is reported before any work
    Path folder = outputFolder(out);
    Paired.Result r =
        Paired.run(
            new Paired.Settings(
                builds[0],
                builds[1],
                scenario,
                overrides,
                threads,
                rounds,
                steps == null ? 10 : steps),
            stderr);
    Path csv = folder.resolve(ResultFiles.BENCH_PAIR);
    Paired.writeCsv(csv, r);
    stdout.printf(
        "A: %s%nB: %s%n%,d residents, %d thread(s), %d rounds of %d weeks%n",
        builds[0], builds[1], r.residents(), threads, rounds, steps == null ? 10 : steps);
    stdout.print(r.describe());
    stdout.println("written to " + csv);
    return ExitCode.OK;
  }

  /** The sizes given, each a whole number of residents, spaces or commas between them. */
  private List<Integer> sizes() throws InputException {
    List<Integer> sizes = new ArrayList<>();
    for (String given : residents) {
      for (String word : given.split(",")) {
        if (word.isBlank()) continue;
        int n;
        try {
          n = Integer.parseInt(word.strip().replace("_", ""));
        } catch (NumberFormatException e) {
          throw new InputException(
              "--residents: '" + word + "' is not a whole number of residents");
        }
        if (n < 1) throw new InputException("--residents: " + n + " must be at least 1");
        sizes.add(n);
      }
    }
    return sizes;
  }
}
