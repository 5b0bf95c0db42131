package org.civicsim.metrics;

/**
 * Quantiles of sorted values, and the draws' means of a run over posterior draws, for the intervals
 * that summary.csv, the report and the history give.
 */
public final class Quantiles {
  private Quantiles() {}

  /** The {@code q} quantile of sorted values, interpolating linearly between order statistics. */
  public static double of(double[] sorted, double q) {
    double at = q * (sorted.length - 1);
    int lo = (int) Math.floor(at);
    int hi = Math.min(sorted.length - 1, lo + 1);
    return sorted[lo] + (at - lo) * (sorted[hi] - sorted[lo]);
  }

  /**
   * The mean of each draw's replicates, in draw order: {@code values} holds one value a replicate,
   * replicates {@code d * perDraw} to {@code d * perDraw + perDraw - 1} being draw d's.
   */
  public static double[] drawMeans(double[] values, int perDraw) {
    int draws = values.length / perDraw;
    double[] means = new double[draws];
    for (int d = 0; d < draws; d++) {
      for (int r = 0; r < perDraw; r++) {
        means[d] += values[d * perDraw + r] / perDraw;
      }
    }
    return means;
  }
}
