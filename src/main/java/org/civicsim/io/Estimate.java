package org.civicsim.io;

/**
 * One metric for one group at the final step, over the replicates: the mean, the sample standard
 * deviation and a 95% confidence interval of the mean (NaN where undefined, as for one replicate),
 * and the number of replicates.
 */
public record Estimate(double mean, double sd, double ciLow, double ciHigh, long n) {

  /** Half the width of the confidence interval (NaN when there is none). */
  public double halfWidth() {
    return (ciHigh - ciLow) / 2;
  }
}
