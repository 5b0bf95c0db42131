package org.civicsim.scenario;

import java.util.Collection;
import java.util.Locale;

/** Finds the valid spelling nearest to a mistyped key or value ("did you mean ...?"). */
public final class Suggest {
  private Suggest() {}

  /**
   * The candidate nearest to {@code typed} by edit distance (ignoring case), or null when none is
   * close enough to be a plausible typo: one edit for a word of up to 3 letters, else a third of
   * the longer word and at least 2.
   */
  public static String nearest(String typed, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String t = typed.toLowerCase(Locale.ROOT);
    for (String c : candidates) {
      int d = distance(t, c.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    if (best == null) {
      return null;
    }
    int allowed = t.length() <= 3 ? 1 : Math.max(2, Math.max(t.length(), best.length()) / 3);
    return bestDistance <= allowed ? best : null;
  }

  /** Levenshtein distance: insertions, deletions and substitutions. */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] swap = prev;
      prev = cur;
      cur = swap;
    }
    return prev[b.length()];
  }
}
