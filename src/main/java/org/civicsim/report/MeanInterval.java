package org.civicsim.report;

import org.civicsim.metrics.Confidence;

/**
 * A mean with its 95% confidence interval over replicates (a t-interval, as summary.csv gives), in
 * the units of the metric. With fewer than two values the interval is undefined (NaN).
 */
public record MeanInterval(double mean, double low, double high, int n) {
  /** The mean and 95% t-interval of {@code values}, skipping NaN values. */
  public static MeanInterval of(double[] values) {
    int n = 0;
    double sum = 0;
    for (double v : values) {
      if (!Double.isNaN(v)) {
        n++;
        sum += v;
      }
    }
    if (n == 0) {
      return new MeanInterval(Double.NaN, Double.NaN, Double.NaN, 0);
    }
    double mean = sum / n;
    if (n < 2) {
      return new MeanInterval(mean, Double.NaN, Double.NaN, n);
    }
    double ss = 0;
    for (double v : values) {
      if (!Double.isNaN(v)) {
        ss += (v - mean) * (v - mean);
      }
    }
    double half = Confidence.t(n - 1) * Math.sqrt(ss / (n - 1) / n);
    return new MeanInterval(mean, mean - half, mean + half, n);
  }

  /**
   * The difference {@code b - a} of two means with its 95% Welch interval (unequal variances), so
   * that "B differs from A" can be read off the interval excluding 0.
   */
  public static MeanInterval difference(double[] a, double[] b) {
    Moments ma = Moments.of(a);
    Moments mb = Moments.of(b);
    double diff = mb.mean - ma.mean;
    if (ma.n < 2 || mb.n < 2) {
      return new MeanInterval(diff, Double.NaN, Double.NaN, Math.min(ma.n, mb.n));
    }
    double va = ma.var / ma.n;
    double vb = mb.var / mb.n;
    double se = Math.sqrt(va + vb);
    if (se == 0) {
      return new MeanInterval(diff, diff, diff, Math.min(ma.n, mb.n));
    }
    double df = (va + vb) * (va + vb) / (va * va / (ma.n - 1) + vb * vb / (mb.n - 1));
    double half = Confidence.t(df) * se;
    return new MeanInterval(diff, diff - half, diff + half, Math.min(ma.n, mb.n));
  }

  /**
   * The mean of {@code b[i] - a[i]} with its 95% t-interval: the difference of two runs paired
   * replicate by replicate (the same seeds, and the same posterior draws), whose common noise and
   * common constants cancel.
   */
  public static MeanInterval pairedDifference(double[] a, double[] b) {
    double[] d = new double[a.length];
    for (int i = 0; i < d.length; i++) {
      d[i] = b[i] - a[i];
    }
    return of(d);
  }

  /** Whether the interval is defined. */
  public boolean hasInterval() {
    return !Double.isNaN(low) && !Double.isNaN(high);
  }

  /** Whether the interval excludes zero (a difference that the replicates resolve). */
  public boolean excludesZero() {
    return hasInterval() && (low > 0 || high < 0);
  }

  private record Moments(double mean, double var, int n) {
    static Moments of(double[] values) {
      int n = 0;
      double sum = 0;
      for (double v : values) {
        if (!Double.isNaN(v)) {
          n++;
          sum += v;
        }
      }
      double mean = n == 0 ? Double.NaN : sum / n;
      double ss = 0;
      for (double v : values) {
        if (!Double.isNaN(v)) {
          ss += (v - mean) * (v - mean);
        }
      }
      return new Moments(mean, n < 2 ? Double.NaN : ss / (n - 1), n);
    }
  }
}
