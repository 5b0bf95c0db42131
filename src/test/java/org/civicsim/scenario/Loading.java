package org.civicsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Shorthands the loader's tests share: load text, collect the problems, check one. */
final class Loading {
  static final String FILE = "scenarios/test.yaml";

  private Loading() {}

  static Scenario load(String yaml, String... overrides) throws ScenarioException {
    return ScenarioLoader.parse(yaml, FILE, Arrays.asList(overrides));
  }

  static List<Problem> problems(String yaml, String... overrides) {
    ScenarioException e = assertThrows(ScenarioException.class, () -> load(yaml, overrides));
    assertTrue(!e.problems().isEmpty(), "a ScenarioException lists its problems");
    return e.problems();
  }

  /** Asserts the text gives exactly one problem and returns it. */
  static Problem only(String yaml, String... overrides) {
    List<Problem> all = problems(yaml, overrides);
    assertEquals(1, all.size(), () -> "expected one problem, got:\n" + describe(all));
    return all.get(0);
  }

  static void assertProblem(
      Problem p, String file, int line, int column, String key, String... fragments) {
    String shown = p.format();
    assertEquals(file, p.file(), shown);
    assertEquals(line, p.line(), () -> "line of " + shown);
    assertEquals(column, p.column(), () -> "column of " + shown);
    assertEquals(key, p.key(), () -> "key of " + shown);
    for (String f : fragments) {
      assertTrue(p.message().contains(f), () -> "\"" + f + "\" not in: " + shown);
    }
  }

  static String describe(List<Problem> problems) {
    return problems.stream().map(Problem::format).collect(Collectors.joining("\n"));
  }
}
