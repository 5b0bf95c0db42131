package org.civicsim.scenario;

/**
 * Where a key or value was written: the file (or {@code --set} for a command-line override) and its
 * 1-based line and column, 0 when unknown.
 */
record Pos(String file, int line, int column) {
  /** The file name problems in command-line overrides are reported under. */
  static final String OVERRIDE_FILE = "--set";

  /** The place every override value is reported at: the command line has no lines. */
  static Pos override() {
    return new Pos(OVERRIDE_FILE, 0, 0);
  }

  /** {@code file:line}, or just the file when the line is unknown. */
  String describe() {
    return line > 0 ? file + ":" + line : file;
  }
}
