package org.civicsim.metrics;

/** The Gini coefficient of non-negative values, 0 = all equal, towards 1 = one holds all. */
public final class Gini {
  private Gini() {}

  /** Gini of values already sorted ascending, {@code x[from..to)}. */
  public static double ofSorted(float[] x, int from, int to) {
    int n = to - from;
    if (n <= 0) return 0;
    double sum = 0;
    double weighted = 0;
    for (int k = 0; k < n; k++) {
      double v = x[from + k];
      sum += v;
      weighted += (k + 1) * v;
    }
    if (sum <= 0) return 0;
    return 2 * weighted / (n * sum) - (n + 1.0) / n;
  }

  /** Gini of the low 32 bits (non-negative float bits) of keys sorted ascending, {@code [from, to)}. */
  static double ofSortedKeys(long[] keys, int from, int to) {
    int n = to - from;
    if (n <= 0) return 0;
    double sum = 0;
    double weighted = 0;
    for (int k = 0; k < n; k++) {
      double v = Float.intBitsToFloat((int) keys[from + k]);
      sum += v;
      weighted += (k + 1) * v;
    }
    if (sum <= 0) return 0;
    return 2 * weighted / (n * sum) - (n + 1.0) / n;
  }
}
