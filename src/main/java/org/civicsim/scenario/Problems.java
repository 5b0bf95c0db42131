package org.civicsim.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Collects every problem found in a file and its overrides, once each, in reading order. */
final class Problems {
  /** Beyond this a file is most likely not a scenario at all; more lines would not help. */
  static final int LIMIT = 200;

  private final List<Problem> list = new ArrayList<>();
  private final Set<Problem> seen = new LinkedHashSet<>();
  private final Set<String> keys = new HashSet<>();
  private int dropped;

  void add(Pos pos, String key, String message) {
    add(new Problem(pos.file(), pos.line(), pos.column(), key, message));
  }

  void add(Problem problem) {
    if (!seen.add(problem)) {
      return;
    }
    if (problem.key() != null) {
      keys.add(problem.key());
    }
    if (list.size() >= LIMIT) {
      dropped++;
      return;
    }
    list.add(problem);
  }

  /**
   * Whether a problem was already reported for this key, or for a key inside it: a check between
   * keys is left out then, since it would compare a value the student must change anyway.
   */
  boolean hasProblemAt(String key) {
    for (String k : keys) {
      if (k.equals(key) || k.startsWith(key + ".") || k.startsWith(key + "[")) {
        return true;
      }
    }
    return false;
  }

  boolean isEmpty() {
    return list.isEmpty();
  }

  /**
   * The problems of the file first, by line and column, then those of the command line in the order
   * given.
   */
  List<Problem> sorted(String file) {
    List<Problem> out = new ArrayList<>(list);
    out.sort(
        Comparator.comparing((Problem p) -> !p.file().equals(file))
            .thenComparingInt(p -> p.file().equals(file) ? p.line() : 0)
            .thenComparingInt(p -> p.file().equals(file) ? p.column() : 0));
    if (dropped > 0) {
      out.add(new Problem(file, 0, 0, null, "and " + dropped + " more problems not shown"));
    }
    return out;
  }

  ScenarioException exception(String file) {
    return new ScenarioException(sorted(file));
  }
}
