package org.civicsim.io;

/**
 * A participatory-budgeting file that cannot be counted (a missing section, a vote for a project
 * that is not listed, a cost that is not a number): the user's input, not a bug, so the command
 * line reports the file and line in one message with exit code 2.
 */
public final class PabulibException extends Exception {
  private static final long serialVersionUID = 1L;

  public PabulibException(String message) {
    super(message);
  }
}
