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
import org.civicsim.batch.SweepRun;
import org.civicsim.io.Shard;
import org.civicsim.report.Report;
import org.civicsim.scenario.Sweep;
import org.civicsim.scenario.SweepLoader;

/**
 * {@code civicsim sweep}: checks a sweep file, runs its runs on a pool of threads, writes files.
 */
@Parameters(commandNames = "sweep", commandDescription = "Run a parameter sweep.")
final class SweepCommand extends HelpfulCommand {
  /** The sweep's report and charts, inside its folder. */
  static final String REPORT = "report";

  @Parameter(description = "SWEEP.yaml")
  private List<String> files = new ArrayList<>();

  @ParametersDelegate private SharedOptions.Out out = new SharedOptions.Out();

  @ParametersDelegate private SharedOptions.Threads threads = new SharedOptions.Threads();

  @Parameter(names = "--resume")
  private boolean resume;

  @Parameter(names = "--shard")
  private String shard;

  @ParametersDelegate private SharedOptions.Record record = new SharedOptions.Record();

  @ParametersDelegate private SharedOptions.NoReport noReport = new SharedOptions.NoReport();

  @ParametersDelegate private SharedOptions.Quiet quiet = new SharedOptions.Quiet();

  @Override
  public int execute(PrintStream stdout, PrintStream stderr) throws Exception {
    Positionals.rejectOptions("sweep", files);
    if (files.size() != 1) {
      throw new ParameterException(
          "sweep takes one sweep file, got "
              + files.size()
              + (files.isEmpty() ? "" : ": " + String.join(" ", files)));
    }
    int k = threads.count();
    boolean everyStep = record.everyStep();
    if (resume && !out.given()) {
      throw new ParameterException("--resume needs --out DIR, the folder of the sweep to finish");
    }
    if (shard != null && !out.given()) {
      throw new ParameterException("--shard needs --out DIR, the shard's own folder");
    }
    Shard slice = shard == null ? Shard.WHOLE : shard(shard);
    Sweep sweep = SweepLoader.load(Path.of(files.get(0)));
    if (slice.count() > sweep.runs()) {
      throw new ParameterException(
          "--shard "
              + shard
              + ": the sweep has "
              + sweep.runs()
              + " runs, so at most "
              + sweep.runs()
              + " shards");
    }
    Path dir = out.sweepFolder(sweep.name());
    if (!quiet.quiet) {
      stderr.println(
          "sweep "
              + sweep.name()
              + ": "
              + sweep.points().size()
              + " points x "
              + sweep.replicates()
              + " replicates = "
              + sweep.runs()
              + " runs"
              + (slice.count() > 1
                  ? ", of which shard " + slice + " runs " + slice.size(sweep.runs())
                  : "")
              + " on "
              + k
              + " threads");
    }
    SweepRun.Outcome outcome =
        new SweepRun(
                sweep,
                dir,
                k,
                resume,
                everyStep,
                Version.version(),
                quiet.quiet ? null : stderr,
                slice)
            .run();
    if (slice.count() > 1 && !quiet.quiet) {
      stderr.println(
          "shard "
              + slice
              + " done; when every shard is, combine them with"
              + " civicsim merge SHARD_DIR... --out DIR");
    } else if (slice.count() == 1 && outcome.failed() == 0 && !noReport.noReport) {
      report(dir, quiet.quiet ? null : stderr);
    }
    if (outcome.failed() > 0) {
      stderr.println(outcome.failed() + " of " + outcome.runs() + " runs failed; see runs.csv");
      stdout.println(dir);
      return ExitCode.INTERNAL_ERROR;
    }
    stdout.println(dir);
    return ExitCode.OK;
  }

  /**
   * The sweep's own report in {@code dir/report/}: each metric's response to each varied key and,
   * for Sobol and Morris designs, the indices as bar charts. A report that cannot be drawn is
   * reported and leaves the sweep's files as they are.
   */
  static void report(Path dir, PrintStream progress) {
    try {
      Path html = Report.of(List.of(dir)).write(dir.resolve(REPORT));
      if (progress != null) {
        progress.println("charts and report: " + html);
      }
    } catch (IOException | RuntimeException e) {
      if (progress != null) {
        progress.println(
            "the sweep's files are written, but its report could not be: "
                + e.getMessage()
                + "; try civicsim report "
                + dir);
      }
    }
  }

  /** {@code I/N} with 1 <= I <= N. */
  static Shard shard(String text) {
    String[] parts = text.split("/", -1);
    try {
      if (parts.length == 2) {
        int i = Integer.parseInt(parts[0].strip());
        int n = Integer.parseInt(parts[1].strip());
        if (n >= 1 && i >= 1 && i <= n) {
          return new Shard(i, n);
        }
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new ParameterException(
        "--shard is I/N, the I-th of N slices with 1 <= I <= N, like"
            + " --shard 2/3; got "
            + text);
  }
}
