package org.civicsim.cli;

import java.io.PrintStream;

/** A subcommand: its options are filled in by JCommander, then it runs and gives an exit code. */
interface Command {
  /** Runs the command, writing results to {@code out} and progress and problems to {@code err}. */
  int execute(PrintStream out, PrintStream err) throws Exception;

  /** Whether {@code --help} was given to this command. */
  boolean helpWanted();
}
