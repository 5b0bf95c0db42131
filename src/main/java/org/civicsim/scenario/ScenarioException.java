package org.civicsim.scenario;

import java.util.List;
import java.util.stream.Collectors;

/** Every problem found in an input file; the command line turns it into exit code 2. */
public final class ScenarioException extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient List<Problem> problems;

  public ScenarioException(List<Problem> problems) {
    super(problems.stream().map(Problem::format).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }
}
