package org.civicsim.cli;

import com.beust.jcommander.Parameter;
import com.beust.jcommander.ParameterException;
import com.beust.jcommander.Parameters;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.civicsim.scenario.Problem;
import org.civicsim.scenario.ScenarioException;

/** {@code civicsim validate}: checks scenario files and lists every problem in each. */
@Parameters(commandNames = "validate", commandDescription = "Check scenario files.")
final class ValidateCommand extends HelpfulCommand {
  @Parameter(description = "FILE...")
  private List<String> files = new ArrayList<>();

  @Override
  public int execute(PrintStream stdout, PrintStream stderr) {
    Positionals.rejectOptions("validate", files);
    if (files.isEmpty()) {
      throw new ParameterException("validate needs at least one scenario file");
    }
    boolean allValid = true;
    for (String file : files) {
      try {
        ScenarioFiles.load(file, List.of());
        stdout.println(file + ": ok");
      } catch (InputException e) {
        allValid = false;
        stdout.println(e.getMessage());
      } catch (ScenarioException e) {
        allValid = false;
        for (Problem p : e.problems()) {
          stdout.println(p.format());
        }
      }
    }
    if (!allValid) {
      stderr.println(Main.SCENARIO_HINT);
    }
    return allValid ? ExitCode.OK : ExitCode.BAD_INPUT;
  }
}
