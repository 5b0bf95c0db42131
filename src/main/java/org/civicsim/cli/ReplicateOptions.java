package org.civicsim.cli;

import com.beust.jcommander.Parameter;
import com.beust.jcommander.ParameterException;
import com.beust.jcommander.ParametersDelegate;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.civicsim.batch.BarProgress;
import org.civicsim.batch.PlainProgress;
import org.civicsim.batch.Progress;
import org.civicsim.scenario.Scenario;

/**
 * The options of the commands that run a scenario's replicates ({@code run}, {@code history}):
 * replicates, seed and any scenario key, threads, where the results go, and how much is printed.
 */
final class ReplicateOptions {
  @Parameter(names = "--replicates")
  String replicates;

  @Parameter(names = "--seed")
  String seed;

  @Parameter(names = "--set", splitter = WholeValue.class)
  List<String> set = new ArrayList<>();

  @ParametersDelegate SharedOptions.Out out = new SharedOptions.Out();

  @Parameter(names = "--overwrite")
  boolean overwrite;

  @ParametersDelegate SharedOptions.Threads threads = new SharedOptions.Threads();

  @ParametersDelegate SharedOptions.Quiet quiet = new SharedOptions.Quiet();

  /** Whether any option changes the scenario (--set, --replicates, --seed). */
  boolean changesScenario() {
    return !set.isEmpty() || replicates != null || seed != null;
  }

  /** {@code --threads}, by default the number of processors. */
  int threadCount() {
    return threads.count();
  }

  /** {@code --out} as a path, or null without it. */
  Path outPath() {
    return out.path();
  }

  /**
   * The scenario changes in the order they apply: every --set, then --replicates, --seed and {@code
   * steps} (a command's --steps, or null).
   */
  List<String> overrides(String steps) {
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

  /** Progress on stderr: a bar on a terminal, plain lines otherwise, none with --quiet. */
  Progress progress(Scenario scenario, PrintStream stderr) {
    return progress(scenario, scenario.replicates(), stderr);
  }

  /** As above for {@code replicates} replicates in all (a run over posterior draws has more). */
  Progress progress(Scenario scenario, int replicates, PrintStream stderr) {
    if (quiet.quiet) {
      return Progress.none();
    }
    if (System.console() != null) {
      return new BarProgress(stderr, scenario.name(), replicates, scenario.steps());
    }
    return new PlainProgress(stderr, replicates, scenario.steps());
  }
}
