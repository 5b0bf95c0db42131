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

  /**
   * Gini from a group's count, sum and sum of (rank in ascending order) times value: the same
   * formula as {@link #ofSorted} without holding the values.
   */
  static double of(long n, double sum, double weightedSum) {
    if (n <= 0 || sum <= 0) return 0;
    return 2 * weightedSum / (n * sum) - (n + 1.0) / n;
  }
}
