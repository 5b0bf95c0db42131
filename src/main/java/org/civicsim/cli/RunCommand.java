package org.civicsim.cli;

import com.beust.jcommander.Parameter;
import com.beust.jcommander.ParameterException;
import com.beust.jcommander.Parameters;
import com.beust.jcommander.ParametersDelegate;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.civicsim.batch.RunCheckpoint;
import org.civicsim.batch.RunSettings;
import org.civicsim.batch.ScenarioRun;
import org.civicsim.io.OutputException;
import org.civicsim.scenario.Scenario;

/** {@code civicsim run}: loads and checks a scenario, runs its replicates, prints a summary. */
@Parameters(commandNames = "run", commandDescription = "Run a scenario's replicates.")
final class RunCommand extends HelpfulCommand {
  static final String DEFAULT_SCENARIO = "scenarios/baseline.yaml";

  @Parameter(description = "[SCENARIO.yaml]")
  private List<String> files = new ArrayList<>();

  @ParametersDelegate private ReplicateOptions options = new ReplicateOptions();

  @Parameter(names = "--steps")
  private String steps;

  @Parameter(names = "--checkpoint-every")
  private Integer checkpointEvery;

  @Parameter(names = "--resume-from")
  private String resumeFrom;

  @Parameter(names = "--posterior")
  private String posterior;

  @Parameter(names = "--draws")
  private Integer draws;

  private final List<String> commandLine;

  /** A run command invoked with {@code commandLine} (recorded in the manifest). */
  RunCommand(List<String> commandLine) {
    this.commandLine = List.copyOf(commandLine);
  }

  @Override
  public int execute(PrintStream stdout, PrintStream stderr) throws Exception {
    if (resumeFrom != null) {
      return resume(stdout, stderr);
    }
    String file = scenarioFile();
    int k = options.threadCount();
    int every = checkpointWeeks();
    Path outDir = options.outPath();
    Scenario scenario = ScenarioFiles.load(file, options.overrides(steps));
    MemoryCheck.fits(
        scenario, Math.min(k, scenario.replicates()), Runtime.getRuntime().maxMemory());
    ScenarioRun run = new ScenarioRun(scenario, settings(k, outDir, options.overwrite));
    if (posterior != null) {
      if (every > 0) {
        throw new ParameterException("--posterior runs keep no checkpoints: leave out one");
      }
      run = PosteriorRuns.over(run, file, scenario, posterior, draws, options.overrides(steps));
    } else if (draws != null) {
      throw new ParameterException("--draws goes with --posterior FILE");
    }
    if (every > 0) {
      run = run.checkpointEvery(every, announce(stderr));
    }
    return finish(run, scenario, stdout, stderr);
  }

  /** {@code --resume-from FILE}: continues the run saved in FILE, with its scenario. */
  private int resume(PrintStream stdout, PrintStream stderr) throws Exception {
    if (!files.isEmpty() || options.changesScenario() || steps != null || posterior != null) {
      throw new ParameterException(
          "--resume-from continues the run saved in the checkpoint, with its scenario: give no"
              + " scenario file, --set, --replicates, --seed, --steps or --posterior");
    }
    int k = options.threadCount();
    int every = checkpointWeeks();
    RunCheckpoint checkpoint;
    try {
      checkpoint = RunCheckpoint.read(Path.of(resumeFrom));
    } catch (IOException | java.nio.file.InvalidPathException e) {
      throw new InputException(
          "--resume-from "
              + resumeFrom
              + ": "
              + (e instanceof IOException io
                  ? OutputException.reason(io)
                  : "not a valid file name"));
    }
    if (every > 0) {
      checkpoint = checkpoint.every(every);
    }
    Scenario scenario = checkpoint.scenario();
    MemoryCheck.fits(
        scenario, Math.min(k, scenario.replicates()), Runtime.getRuntime().maxMemory());
    Path outDir = options.out.given() ? options.outPath() : checkpoint.out();
    if (!options.quiet.quiet) {
      stderr.println(
          "resuming "
              + scenario.name()
              + " from "
              + resumeFrom
              + ": "
              + checkpoint.finishedReplicates()
              + " of "
              + scenario.replicates()
              + " replicates finished");
    }
    ScenarioRun run =
        ScenarioRun.resume(
            checkpoint,
            settings(k, outDir, options.overwrite || checkpoint.overwrite()),
            announce(stderr));
    return finish(run, scenario, stdout, stderr);
  }

  private int finish(ScenarioRun run, Scenario scenario, PrintStream stdout, PrintStream stderr)
      throws Exception {
    ScenarioRun.Outcome outcome = run.run(options.progress(scenario, run.replicates(), stderr));
    if (!options.quiet.quiet) {
      ResultTable.print(stdout, scenario, outcome.batch().summary());
      stdout.println();
      stdout.print("results written to ");
    }
    stdout.println(outcome.folder());
    return ExitCode.OK;
  }

  private RunSettings settings(int k, Path outDir, boolean replace) {
    return settings(k, outDir, replace, commandLine);
  }

  /** How a command line's run goes: K threads, results under results/ or in {@code outDir}. */
  static RunSettings settings(int k, Path outDir, boolean replace, List<String> commandLine) {
    return new RunSettings(
        k, Path.of("results"), outDir, replace, Version.version(), Version.commit(), commandLine);
  }

  private Consumer<Path> announce(PrintStream stderr) {
    return file -> {
      if (!options.quiet.quiet) {
        stderr.println(
            "checkpoints go to "
                + file
                + "; continue a stopped run with ./civicsim run --resume-from "
                + file);
      }
    };
  }

  private int checkpointWeeks() {
    if (checkpointEvery == null) {
      return 0;
    }
    if (checkpointEvery < 1) {
      throw new ParameterException(
          "--checkpoint-every must be at least 1 week, got " + checkpointEvery);
    }
    return checkpointEvery;
  }

  private String scenarioFile() {
    Positionals.rejectOptions("run", files);
    if (files.size() > 1) {
      throw new ParameterException(
          "run takes one scenario file, got " + files.size() + ": " + String.join(" ", files));
    }
    return files.isEmpty() ? DEFAULT_SCENARIO : files.get(0);
  }
}
