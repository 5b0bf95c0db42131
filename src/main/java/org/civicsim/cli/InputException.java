package org.civicsim.cli;

/** Input the user can fix (a missing file, a malformed option): one line, exit code 2. */
final class InputException extends Exception {
  private static final long serialVersionUID = 1L;

  InputException(String message) {
    super(message);
  }
}
