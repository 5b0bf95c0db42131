package org.civicsim.cli;

import com.beust.jcommander.Parameter;
import com.beust.jcommander.ParameterException;
import com.beust.jcommander.Parameters;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.civicsim.batch.BarProgress;
import org.civicsim.batch.PlainProgress;
import org.civicsim.batch.Progress;
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

  @Parameter(names = "--replicates")
  private String replicates;

  @Parameter(names = "--seed")
  private String seed;

  @Parameter(names = "--steps")
  private String steps;

  @Parameter(names = "--set", splitter = WholeValue.class)
  private List<String> set = new ArrayList<>();

  @Parameter(names = "--out")
  private String out;

  @Parameter(names = "--overwrite")
  private boolean overwrite;

  @Parameter(names = "--threads")
  private Integer threads;

  @Parameter(names = "--checkpoint-every")
  private Integer checkpointEvery;

  @Parameter(names = "--resume-from")
  private String resumeFrom;

  @Parameter(names = {"--quiet", "-q"})
  private boolean quiet;

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
    int k = threadCount();
    int every = checkpointWeeks();
    Path outDir = out == null ? null : outPath();
    Scenario scenario = ScenarioFiles.load(file, overrides());
    MemoryCheck.fits(scenario, Math.min(k, scenario.replicates()), Runtime.getRuntime().maxMemory());
    ScenarioRun run = new ScenarioRun(scenario, settings(k, outDir, overwrite));
    if (every > 0) {
      run = run.checkpointEvery(every, announce(stderr));
    }
    return finish(run, scenario, stdout, stderr);
  }

  /** {@code --resume-from FILE}: continues the run saved in FILE, with its scenario. */
  private int resume(PrintStream stdout, PrintStream stderr) throws Exception {
    if (!files.isEmpty() || !set.isEmpty() || replicates != null || seed != null || steps != null) {
      throw new ParameterException(
          "--resume-from continues the run saved in the checkpoint, with its scenario: give no"
              + " scenario file, --set, --replicates, --seed or --steps");
    }
    int k = threadCount();
    int every = checkpointWeeks();
    RunCheckpoint checkpoint;
    try {
      checkpoint = RunCheckpoint.read(Path.of(resumeFrom));
    } catch (IOException | java.nio.file.InvalidPathException e) {
      throw new InputException(
          "--resume-from "
              + resumeFrom
              + ": "
              + (e instanceof IOException io ? OutputException.reason(io) : "not a valid file name"));
    }
    if (every > 0) {
      checkpoint = checkpoint.every(every);
    }
    Scenario scenario = checkpoint.scenario();
    MemoryCheck.fits(scenario, Math.min(k, scenario.replicates()), Runtime.getRuntime().maxMemory());
    Path outDir = out != null ? outPath() : checkpoint.out();
    if (!quiet) {
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
            settings(k, outDir, overwrite || checkpoint.overwrite()),
            announce(stderr));
    return finish(run, scenario, stdout, stderr);
  }

  private int finish(ScenarioRun run, Scenario scenario, PrintStream stdout, PrintStream stderr)
      throws Exception {
    ScenarioRun.Outcome outcome = run.run(progress(scenario, stderr));
    if (!quiet) {
      ResultTable.print(stdout, scenario, outcome.batch().summary());
      stdout.println();
      stdout.print("results written to ");
    }
    stdout.println(outcome.folder());
    return ExitCode.OK;
  }

  private RunSettings settings(int k, Path outDir, boolean replace) {
    return new RunSettings(
        k, Path.of("results"), outDir, replace, Version.version(), Version.commit(), commandLine);
  }

  private Consumer<Path> announce(PrintStream stderr) {
    return file -> {
      if (!quiet) {
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

  private int threadCount() {
    if (threads == null) {
      return Runtime.getRuntime().availableProcessors();
    }
    if (threads < 1) {
      throw new ParameterException("--threads must be at least 1, got " + threads);
    }
    return threads;
  }

  private Path outPath() {
    try {
      return Path.of(out);
    } catch (java.nio.file.InvalidPathException e) {
      throw new ParameterException("--out " + out + ": not a valid folder name");
    }
  }

  /** The scenario changes in the order they apply: every --set, then the dedicated options. */
  private List<String> overrides() {
    List<String> all = new ArrayList<>();
    for (String s : set) {
      if (s.indexOf('=') <= 0) {
        throw new ParameterException("--set expects KEY=VALUE, got '" + s + "'");
      }
      all.add(s);
    }
    if (replicates != null) {
      all.add("replicates=" + replicates);
    }
    if (seed != null) {
      all.add("seed=" + seed);
    }
    if (steps != null) {
      all.add("steps=" + steps);
    }
    return all;
  }

  private Progress progress(Scenario scenario, PrintStream stderr) {
    if (quiet) {
      return Progress.none();
    }
    if (System.console() != null) {
      return new BarProgress(stderr, scenario.name(), scenario.replicates(), scenario.steps());
    }
    return new PlainProgress(stderr, scenario.replicates(), scenario.steps());
  }
}
