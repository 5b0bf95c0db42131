package org.civicsim.cli;

import com.beust.jcommander.Parameter;
import com.beust.jcommander.ParameterException;
import com.beust.jcommander.Parameters;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** {@code civicsim help [COMMAND]}: prints the general help or a command's. */
@Parameters(commandNames = "help", commandDescription = "Show help.")
final class HelpCommand implements Command {
  @Parameter(description = "[COMMAND]")
  private List<String> commands = new ArrayList<>();

  @Override
  public boolean helpWanted() {
    return false;
  }

  @Override
  public int execute(PrintStream stdout, PrintStream stderr) {
    if (commands.size() > 1) {
      throw new ParameterException("help takes at most one command, got " + commands.size());
    }
    String command = commands.isEmpty() ? "help" : commands.get(0);
    String text = Usage.of(command);
    if (text == null) {
      throw new ParameterException("no command '" + command + "'; commands: " + Usage.COMMANDS);
    }
    stdout.print(text);
    return ExitCode.OK;
  }
}
