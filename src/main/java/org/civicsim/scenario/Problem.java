package org.civicsim.scenario;

/**
 * One thing wrong with an input file: where it is (1-based line and column, 0 when unknown), the
 * dotted key, and what was wrong and what is allowed.
 */
public record Problem(String file, int line, int column, String key, String message) {

  /** {@code file:line:column: key: message}, the form editors and students can follow. */
  public String format() {
    StringBuilder b = new StringBuilder(file);
    if (line > 0) {
      b.append(':').append(line);
      if (column > 0) b.append(':').append(column);
    }
    b.append(": ");
    if (key != null && !key.isEmpty()) b.append(key).append(": ");
    return b.append(message).toString();
  }
}
