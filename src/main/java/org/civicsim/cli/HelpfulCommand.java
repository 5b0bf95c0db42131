package org.civicsim.cli;

import com.beust.jcommander.Parameter;

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
}
