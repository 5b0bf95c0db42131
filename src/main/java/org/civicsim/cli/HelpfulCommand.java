package org.civicsim.cli;

import com.beust.jcommander.Parameter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.civicsim.io.OutputException;

/** A command with the {@code --help}/{@code -h} option every command has. */
abstract class HelpfulCommand implements Command {
  @Parameter(
      names = {"--help", "-h"},
      help = true)
  private boolean help;

  @Override
  public final boolean helpWanted() {
    return help;
  }

  /** The folder {@code out}, made with its parents if missing. */
  static Path outputFolder(String out) throws OutputException {
    Path folder = Path.of(out);
    try {
      Files.createDirectories(folder);
    } catch (Exception e) {
      throw new OutputException("cannot create " + folder + ": " + e.getMessage());
    }
    return folder;
  }
}
