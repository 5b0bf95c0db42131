package org.civicsim.cli;

import com.beust.jcommander.Parameter;
import com.beust.jcommander.ParameterException;
import com.beust.jcommander.Parameters;
import com.beust.jcommander.ParametersDelegate;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.civicsim.batch.ScenarioRun;
import org.civicsim.history.History;
import org.civicsim.history.HistoryCharts;
import org.civicsim.history.HistoryCsv;
import org.civicsim.history.Observation;
import org.civicsim.history.ObservedData;
import org.civicsim.history.ObservedDataException;
import org.civicsim.history.RunFiles;
import org.civicsim.io.OutputException;
import org.civicsim.io.ResultFiles;
import org.civicsim.scenario.Scenario;

/**
 * {@code civicsim history}: runs a scenario of England 2010-2020 (or reads a finished run) and sets
 * the model beside every figure of the observed-data file, fitting targets then checks; writes
 * history.csv and charts/history/ into the run's folder.
 */
@Parameters(commandNames = "history", commandDescription = "The model beside England 2010-2020.")
final class HistoryCommand extends HelpfulCommand {
  /** The scenario run when none is named: a sample of England's councils (DESIGN.md section 5). */
  static final String DEFAULT_SCENARIO = "scenarios/england-sample.yaml";

  /** Where runs go without --out: results/history/<run-id>/. */
  static final String RESULTS_FOLDER = "history";

  @Parameter(description = "[SCENARIO.yaml]")
  private List<String> files = new ArrayList<>();

  @ParametersDelegate private ReplicateOptions options = new ReplicateOptions();

  @Parameter(names = "--from")
  private String from;

  @Parameter(names = "--observed")
  private String observed = ObservedData.DEFAULT_FILE;

  @Parameter(names = "--posterior")
  private String posterior;

  @Parameter(names = "--draws")
  private Integer draws;

  private final List<String> commandLine;

  /** A history command invoked with {@code commandLine} (recorded in the run's manifest). */
  HistoryCommand(List<String> commandLine) {
    this.commandLine = List.copyOf(commandLine);
  }

  @Override
  public int execute(PrintStream stdout, PrintStream stderr) throws Exception {
    Positionals.rejectOptions("history", files);
    List<Observation> figures = observed();
    Path folder;
    String scenario;
    if (from != null) {
      folder = finishedRun();
      scenario = scenarioName(folder);
    } else {
      Scenario s = runScenario();
      folder = run(s, stderr);
      scenario = s.name();
    }
    History.Comparison comparison;
    try {
      comparison = History.compare(new RunFiles(folder), figures, posterior != null);
    } catch (IOException e) {
      throw new InputException("cannot read the run in " + folder + ": " + e.getMessage());
    }
    try {
      HistoryCsv.write(folder.resolve(ResultFiles.HISTORY), comparison);
      HistoryCharts.writeInto(folder, comparison, scenario);
    } catch (IOException e) {
      throw OutputException.cannot("write the history into", folder, e);
    }
    if (!options.quiet.quiet) {
      HistoryTable.print(stdout, scenario, comparison);
      stdout.println();
      stdout.print("history written to ");
    }
    stdout.println(
        folder.resolve(ResultFiles.HISTORY) + " and " + folder.resolve(HistoryCharts.FOLDER));
    return ExitCode.OK;
  }

  private List<Observation> observed() throws InputException {
    try {
      return ObservedData.read(path("--observed", observed));
    } catch (ObservedDataException e) {
      throw new InputException(
          e.getMessage()
              + "\nthe observed-data file's columns are described in data/observed/README.md");
    }
  }

  /** {@code --from DIR}: a finished run's folder, with nothing that would run a scenario. */
  private Path finishedRun() throws InputException {
    if (!files.isEmpty()
        || posterior != null
        || options.changesScenario()
        || options.threads.given()
        || options.out.given()) {
      throw new ParameterException(
          "--from reads a finished run: give no scenario, --set, --replicates, --seed, --threads,"
              + " --posterior or --out");
    }
    Path folder = path("--from", from);
    if (!Files.isRegularFile(folder.resolve(ResultFiles.METRICS))) {
      throw new InputException(
          "--from "
              + from
              + ": no "
              + ResultFiles.METRICS
              + " there; give the folder of a run"
              + " (./civicsim run ... --out DIR)");
    }
    return folder;
  }

  private Scenario runScenario() throws Exception {
    if (files.size() > 1) {
      throw new ParameterException(
          "history takes one scenario file, got " + files.size() + ": " + String.join(" ", files));
    }
    String file = files.isEmpty() ? DEFAULT_SCENARIO : files.get(0);
    Scenario scenario = ScenarioFiles.load(file, options.overrides(null));
    MemoryCheck.fits(
        scenario,
        Math.min(options.threadCount(), scenario.replicates()),
        Runtime.getRuntime().maxMemory());
    return scenario;
  }

  private Path run(Scenario scenario, PrintStream stderr) throws Exception {
    int k = options.threadCount();
    Path outDir = options.outPath();
    ScenarioRun run =
        new ScenarioRun(scenario, RunCommand.settings(k, outDir, options.overwrite, commandLine))
            .under(RESULTS_FOLDER);
    if (posterior != null) {
      String file = files.isEmpty() ? DEFAULT_SCENARIO : files.get(0);
      run = PosteriorRuns.over(run, file, scenario, posterior, draws, options.overrides(null));
    } else if (draws != null) {
      throw new ParameterException("--draws goes with --posterior FILE");
    }
    return run.run(options.progress(scenario, run.replicates(), stderr)).folder();
  }

  private static Path path(String option, String name) throws InputException {
    try {
      return Path.of(name);
    } catch (java.nio.file.InvalidPathException e) {
      throw new InputException(option + " " + name + ": not a valid file name");
    }
  }

  /** The scenario's name from the run's manifest, or the folder's name. */
  private static String scenarioName(Path folder) {
    try {
      JsonNode m = new ObjectMapper().readTree(folder.resolve(ResultFiles.MANIFEST).toFile());
      if (m.hasNonNull("scenario_name")) {
        return m.get("scenario_name").asText();
      }
    } catch (IOException e) {
      // no manifest, or not readable: the folder names the run
    }
    Path name = folder.toAbsolutePath().normalize().getFileName();
    return name == null ? folder.toString() : name.toString();
  }
}
