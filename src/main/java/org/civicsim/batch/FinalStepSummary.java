package org.civicsim.batch;

import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.civicsim.io.Estimate;
import org.civicsim.metrics.Confidence;
import org.civicsim.metrics.MetricNames;

/**
 * The final-step value of every metric and group over the replicates: mean, sample standard
 * deviation and a 95% t-interval of the mean. Replicates are added in replicate order, so the
 * result does not depend on which finished first.
 */
public final class FinalStepSummary {
  private static final int GROUPS = MetricNames.GROUPS.size();

  private final SummaryStatistics[] stats =
      new SummaryStatistics[MetricNames.METRICS.size() * GROUPS];

  FinalStepSummary() {
    for (int i = 0; i < stats.length; i++) {
      stats[i] = new SummaryStatistics();
    }
  }

  /** Adds one replicate's final-step values, indexed {@code metric * groups + group}. */
  void add(double[] finalValues) {
    for (int i = 0; i < stats.length; i++) {
      stats[i].addValue(finalValues[i]);
    }
  }

  /** The statistics of {@code metric} for {@code group} (indices into {@link MetricNames}). */
  public Estimate estimate(int metric, int group) {
    SummaryStatistics s = stats[metric * GROUPS + group];
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
