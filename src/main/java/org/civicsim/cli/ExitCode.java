package org.civicsim.cli;

/** The exit codes of every command (DESIGN.md section 2, "Command line"). */
public final class ExitCode {
  /** Everything asked for was done. */
  public static final int OK = 0;

  /** A bug or an unexpected failure: reported with its stack trace. */
  public static final int INTERNAL_ERROR = 1;

  /** Bad input (scenario, arguments, output folder): reported in plain lines, never a trace. */
  public static final int BAD_INPUT = 2;

  private ExitCode() {}
}
