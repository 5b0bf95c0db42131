package org.civicsim.cli;

import com.beust.jcommander.Parameter;
import com.beust.jcommander.Parameters;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.civicsim.scenario.Problem;
import org.civicsim.scenario.ScenarioException;
import org.civicsim.scenario.Sweep;
import org.civicsim.scenario.SweepLoader;

/**
 * {@code civicsim validate}: checks scenario and sweep files and lists every problem in each; a
 * file with {@code base:} and {@code vary:} at the top is checked as a sweep.
 */
@Parameters(commandNames = "validate", commandDescription = "Check scenario files.")
final class ValidateCommand extends HelpfulCommand {
  @Parameter(description = "FILE...")
  private List<String> files = new ArrayList<>();

  @Override
  public int execute(PrintStream stdout, PrintStream stderr) {
    Positionals.requireSome("validate", files, "scenario file");
    boolean allValid = true;
    for (String file : files) {
      try {
        Path path = Path.of(file);
        if (SweepLoader.isSweep(path)) {
          Sweep sweep = SweepLoader.load(path);
          stdout.println(
              file
                  + ": ok (a "
                  + sweep.design()
                  + " sweep of "
                  + sweep.points().size()
                  + " points x "
                  + sweep.replicates()
                  + " replicates = "
                  + sweep.runs()
                  + " runs)");
          continue;
        }
        ScenarioFiles.load(file, List.of());
        stdout.println(file + ": ok");
      } catch (InvalidPathException e) {
        allValid = false;
        stdout.println(file + ": not a valid file name");
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
