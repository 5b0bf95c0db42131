package org.civicsim.cli;

import com.beust.jcommander.Parameter;
import com.beust.jcommander.ParameterException;
import com.beust.jcommander.Parameters;
import com.beust.jcommander.ParametersDelegate;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.civicsim.batch.SweepRun;
import org.civicsim.scenario.Sweep;

/** {@code civicsim merge}: the shards of a sweep combined into the files of the whole sweep. */
@Parameters(commandNames = "merge", commandDescription = "Combine a sweep's shards.")
final class MergeCommand extends HelpfulCommand {
  @Parameter(description = "SHARD_DIR...")
  private List<String> dirs = new ArrayList<>();

  @Parameter(names = "--out")
  private String out;

  @ParametersDelegate private SharedOptions.NoReport noReport = new SharedOptions.NoReport();

  @ParametersDelegate private SharedOptions.Quiet quiet = new SharedOptions.Quiet();

  @Override
  public int execute(PrintStream stdout, PrintStream stderr) throws Exception {
    Positionals.rejectOptions("merge", dirs);
    if (dirs.isEmpty()) {
      throw new ParameterException(
          "merge takes the shard folders to combine, like" + " results/cvd/1 results/cvd/2");
    }
    if (out == null) {
      throw new ParameterException("merge needs --out DIR, where the merged files go");
    }
    List<Path> shards = new ArrayList<>();
    Path target;
    try {
      for (String d : dirs) {
        Path p = Path.of(d);
        if (!Files.isDirectory(p)) {
          throw new InputException(d + ": no such folder");
        }
        shards.add(p);
      }
      target = Path.of(out);
    } catch (InvalidPathException e) {
      throw new ParameterException("not a valid folder name: " + e.getInput());
    }
    for (Path p : shards) {
      if (p.toAbsolutePath().normalize().equals(target.toAbsolutePath().normalize())) {
        throw new ParameterException(
            "--out " + out + " is one of the shards; merge into a" + " new folder");
      }
    }
    Sweep sweep = SweepRun.merge(shards, target, Version.version());
    if (!quiet.quiet) {
      stderr.println(
          "merged "
              + shards.size()
              + " folder"
              + (shards.size() == 1 ? "" : "s")
              + ": "
              + sweep.runs()
              + " runs of sweep "
              + sweep.name());
    }
    if (!noReport.noReport) {
      SweepCommand.report(target, quiet.quiet ? null : stderr);
    }
    stdout.println(target);
    return ExitCode.OK;
  }
}
