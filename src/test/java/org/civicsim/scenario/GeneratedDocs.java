package org.civicsim.scenario;

import java.util.List;

/** For the tests that keep generated parts of the docs current: where a doc and the code part. */
public final class GeneratedDocs {
  private GeneratedDocs() {}

  /** The first line at which {@code actual} differs from {@code expected}, both shown. */
  public static String firstDifference(String expected, String actual) {
    List<String> e = expected.lines().toList();
    List<String> a = actual.lines().toList();
    int line = 0;
    while (line < Math.min(e.size(), a.size()) && e.get(line).equals(a.get(line))) {
      line++;
    }
    return "First difference at line "
        + (line + 1)
        + ":\n  in the file: "
        + (line < a.size() ? a.get(line) : "(end of file)")
        + "\n  generated:   "
        + (line < e.size() ? e.get(line) : "(end of file)");
  }
}
