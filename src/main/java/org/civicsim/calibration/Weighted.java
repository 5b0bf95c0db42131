package org.civicsim.calibration;

import java.util.Arrays;
import java.util.Comparator;

/** Quantiles and means of weighted values, as a posterior's draws are. */
public final class Weighted {
  private Weighted() {}

  /**
   * The {@code q} quantile (0-1): the smallest value whose share of the total weight at or below it
   * reaches q. NaN values are left out.
   */
  public static double quantile(double[] values, double[] weights, double q) {
    Integer[] order = new Integer[values.length];
    double total = 0;
    int n = 0;
    for (int i = 0; i < values.length; i++) {
      if (!Double.isNaN(values[i])) {
        order[n++] = i;
        total += weights[i];
      }
    }
    if (n == 0) {
      return Double.NaN;
    }
    Integer[] kept = Arrays.copyOf(order, n);
    Arrays.sort(kept, Comparator.comparingDouble((Integer i) -> values[i]).thenComparing(i -> i));
    double sum = 0;
    for (int i : kept) {
      sum += weights[i];
      if (sum >= q * total) {
        return values[i];
      }
    }
    return values[kept[n - 1]];
  }

  /** The weighted mean, NaN values left out. */
  public static double mean(double[] values, double[] weights) {
    double sum = 0;
    double total = 0;
    for (int i = 0; i < values.length; i++) {
      if (!Double.isNaN(values[i])) {
        sum += weights[i] * values[i];
        total += weights[i];
      }
    }
    return total > 0 ? sum / total : Double.NaN;
  }
}
