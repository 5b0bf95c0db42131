package org.civicsim.metrics;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * The level of every confidence interval of a mean that the results and reports give (95%), and the
 * Student t quantile behind it, so that summary.csv, the charts and the history agree.
 */
public final class Confidence {
  /** The confidence level of the intervals, 0-1. */
  public static final double LEVEL = 0.95;

  private Confidence() {}

  /** The two-sided t quantile at {@link #LEVEL} for {@code df} degrees of freedom. */
  public static double t(double df) {
    return new TDistribution(null, df).inverseCumulativeProbability(0.5 + LEVEL / 2);
  }
}
