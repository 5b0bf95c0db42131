package org.civicsim.metrics;

import java.util.Arrays;

/**
 * An estimate with a bootstrap percentile interval: the 2.5th and 97.5th percentiles of the
 * re-estimates (NaN re-estimates, where a resample had no variance, are left out).
 */
public record BootstrapInterval(double value, double low, double high) {
  static BootstrapInterval percentile(double value, double[] draws) {
    double[] d = Arrays.stream(draws).filter(x -> !Double.isNaN(x)).sorted().toArray();
    if (d.length == 0) {
      return new BootstrapInterval(value, Double.NaN, Double.NaN);
    }
    return new BootstrapInterval(value, Quantiles.of(d, 0.025), Quantiles.of(d, 0.975));
  }
}
