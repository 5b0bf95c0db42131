package org.civicsim.batch;

import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.civicsim.io.Estimate;
import org.civicsim.metrics.Confidence;
import org.civicsim.metrics.MetricNames;
import org.civicsim.metrics.Quantiles;

/**
 * The final-step value of every metric and group over the replicates: mean, sample standard
 * deviation and a 95% t-interval of the mean. Replicates are added in replicate order, so the
 * result does not depend on which finished first.
 */
public final class FinalStepSummary {
  private static final int GROUPS = MetricNames.GROUPS.size();

  private final SummaryStatistics[] stats =
      new SummaryStatistics[MetricNames.METRICS.size() * GROUPS];

  /** Replicates of each posterior draw, in a run over draws; 0 otherwise. */
  private final int perDraw;

  private final java.util.List<double[]> replicates = new java.util.ArrayList<>();

  FinalStepSummary() {
    this(0);
  }

  /**
   * A summary of a run over posterior draws of {@code perDraw} replicates each (replicates {@code d
   * * perDraw} to {@code d * perDraw + perDraw - 1} are draw d's), or of an ordinary run when 0.
   */
  FinalStepSummary(int perDraw) {
    this.perDraw = perDraw;
    for (int i = 0; i < stats.length; i++) {
      stats[i] = new SummaryStatistics();
    }
  }

  /** Adds one replicate's final-step values, indexed {@code metric * groups + group}. */
  void add(double[] finalValues) {
    for (int i = 0; i < stats.length; i++) {
      stats[i].addValue(finalValues[i]);
    }
    if (perDraw > 0) {
      replicates.add(finalValues.clone());
    }
  }

  /**
   * The statistics of {@code metric} for {@code group} (indices into {@link MetricNames}): mean, sd
   * over replicates and a 95% t-interval of the mean; in a run over posterior draws the interval is
   * instead the 95% posterior interval, the 2.5% and 97.5% quantiles of the draws' means over their
   * replicates, which holds the constants' uncertainty as well as the replicates' noise in a draw's
   * mean.
   */
  public Estimate estimate(int metric, int group) {
    SummaryStatistics s = stats[metric * GROUPS + group];
    if (perDraw > 0) {
      int i = metric * GROUPS + group;
      double[] values = new double[replicates.size()];
      for (int r = 0; r < values.length; r++) values[r] = replicates.get(r)[i];
      double[] means = Quantiles.drawMeans(values, perDraw);
      java.util.Arrays.sort(means);
      return new Estimate(
          s.getMean(),
          s.getStandardDeviation(),
          Quantiles.of(means, 0.025),
          Quantiles.of(means, 0.975),
          s.getN());
    }
    return tInterval(s.getMean(), s.getStandardDeviation(), s.getN());
  }

  /**
   * The 95% confidence interval of a mean from {@code n} values with sample standard deviation
   * {@code sd}: {@code mean +- t(0.975, n - 1) * sd / sqrt(n)}; with one value there is no standard
   * deviation nor interval (NaN).
   */
  public static Estimate tInterval(double mean, double sd, long n) {
    if (n < 2) {
      return new Estimate(mean, Double.NaN, Double.NaN, Double.NaN, n);
    }
    double half = Confidence.t(n - 1) * sd / Math.sqrt(n);
    return new Estimate(mean, sd, mean - half, mean + half, n);
  }
}
