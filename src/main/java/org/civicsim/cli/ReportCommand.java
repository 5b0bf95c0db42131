package org.civicsim.cli;

import com.beust.jcommander.Parameter;
import com.beust.jcommander.ParameterException;
import com.beust.jcommander.Parameters;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.civicsim.report.Report;

/** {@code civicsim report}: charts and a comparison report of finished runs and sweeps. */
@Parameters(commandNames = "report", commandDescription = "Compare runs and sweeps.")
final class ReportCommand extends HelpfulCommand {
  private static final DateTimeFormatter ID =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  @Parameter(description = "RESULTS_DIR...")
  private List<String> dirs = new ArrayList<>();

  @Parameter(names = "--out")
  private String out;

  @Override
  public int execute(PrintStream stdout, PrintStream stderr) throws Exception {
    Positionals.requireSome("report", dirs, "results folder");
    List<Path> folders = new ArrayList<>();
    for (String d : dirs) {
      folders.add(path(d, "results folder"));
    }
    Path target =
        out != null ? path(out, "--out") : Path.of("results", "reports", ID.format(Instant.now()));
    Report report;
    try {
      report = Report.of(folders);
    } catch (IllegalArgumentException e) {
      throw new InputException(e.getMessage());
    } catch (IOException e) {
      throw new InputException("cannot read the results: " + e.getMessage());
    }
    try {
      Path html = report.write(target);
      stdout.println(html);
      stdout.println(html.resolveSibling(Report.MARKDOWN));
    } catch (IOException e) {
      throw new InputException("cannot write the report to " + target + ": " + e.getMessage());
    }
    return ExitCode.OK;
  }

  private static Path path(String s, String what) {
    try {
      return Path.of(s);
    } catch (InvalidPathException e) {
      throw new ParameterException(what + " " + s + ": not a valid folder name");
    }
  }
}
