package org.civicsim.history;

import java.util.List;

/**
 * An observed-data file that cannot be used: every problem found, each a line naming the file, the
 * line and the column, so that a researcher extending the file can mend them all at once.
 */
public final class ObservedDataException extends Exception {
  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  ObservedDataException(List<String> problems) {
    super(String.join("\n", problems));
    this.problems = List.copyOf(problems);
  }

  /** One line per problem: {@code FILE:LINE: column NAME: what is wrong}. */
  public List<String> problems() {
    return problems;
  }
}
