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
import org.civicsim.io.OutputException;

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

  @Override
  public int execute(PrintStream stdout, PrintStream stderr) throws Exception {
    Positionals.rejectOptions("bench", files);
    List<Integer> sizes = sizes();
    if ((steps != null && steps < 1) || threads < 1 || burnIn < 0 || masonResidents < 0) {
      throw new InputException(
          "--steps and --threads must be at least 1, --burn-in and --mason-residents at least 0");
    }
    String file = files.isEmpty() ? "scenarios/baseline.yaml" : files.get(0);
    Path scenario = ScenarioFiles.readable(file);
    ScenarioFiles.load(file, set); // every problem in the file is reported before any work
    Path folder = Path.of(out);
    try {
      Files.createDirectories(folder);
    } catch (Exception e) {
      throw new OutputException("cannot create " + folder + ": " + e.getMessage());
    }
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
    Path csv = folder.resolve("bench.csv");
    Bench.writeCsv(csv, rows);
    stdout.print(BenchTable.format(rows, bench.notes()));
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
