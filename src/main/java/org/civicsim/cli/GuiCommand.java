package org.civicsim.cli;

import com.beust.jcommander.Parameter;
import com.beust.jcommander.ParameterException;
import com.beust.jcommander.Parameters;
import java.awt.GraphicsEnvironment;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code civicsim gui}: opens the visualiser. Loads the GUI classes only here, so every other
 * command runs headless without them.
 */
@Parameters(commandNames = "gui", commandDescription = "Open the visualiser.")
final class GuiCommand extends HelpfulCommand {
  @Parameter(description = "[SCENARIO.yaml]")
  private List<String> files = new ArrayList<>();

  @Parameter(names = "--set", splitter = WholeValue.class)
  private List<String> set = new ArrayList<>();

  @Parameter(names = "--compare")
  private String compare;

  @Override
  public int execute(PrintStream stdout, PrintStream stderr) throws Exception {
    Positionals.rejectOptions("gui", files);
    if (files.size() > 1) {
      throw new ParameterException("gui takes one scenario file, got " + files.size());
    }
    WholeValue.requireKeyValues(set);
    String file = files.isEmpty() ? RunCommand.DEFAULT_SCENARIO : files.get(0);
    var path = ScenarioFiles.readable(file);
    // Check the scenario before asking for a display, so a student's mistake is reported first.
    ScenarioFiles.load(file, set);
    var comparePath = compare == null ? null : ScenarioFiles.readable(compare);
    if (compare != null) ScenarioFiles.load(compare, set);
    if (GraphicsEnvironment.isHeadless()) {
      stderr.println("the visualiser needs a display; on a server use xvfb-run ./civicsim gui");
      return ExitCode.BAD_INPUT;
    }
    org.civicsim.gui.Visualiser.run(path, set, comparePath);
    return ExitCode.OK;
  }
}
