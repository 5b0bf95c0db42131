package org.civicsim.calibration;

import org.apache.commons.math3.random.RandomGenerator;

/**
 * What is believed about one constant before the model meets the observed figures: a uniform
 * distribution between its bounds, or a normal one cut off at them, with the reason for it and
 * where the reason comes from. Values are in the constant's own units (docs/scenarios.md).
 *
 * @param key the constant as a dotted scenario key, {@code behaviour.asc_formal}
 * @param mean the normal's mean (unused for a uniform prior)
 * @param sd the normal's standard deviation (unused for a uniform prior)
 */
public record Prior(
    String key,
    Shape shape,
    double low,
    double high,
    double mean,
    double sd,
    String reason,
    String source) {

  /** The distribution's shape as the priors file names it. */
  public enum Shape {
    UNIFORM,
    NORMAL;

    /** The name in the file. */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** A uniform prior between {@code low} and {@code high}. */
  public static Prior uniform(String key, double low, double high) {
    return new Prior(key, Shape.UNIFORM, low, high, Double.NaN, Double.NaN, "", "");
  }

  /** A normal prior cut off at {@code low} and {@code high}. */
  public static Prior normal(String key, double mean, double sd, double low, double high) {
    return new Prior(key, Shape.NORMAL, low, high, mean, sd, "", "");
  }

  /** Whether {@code x} lies within the bounds, ends included. */
  public boolean contains(double x) {
    return x >= low && x <= high;
  }

  /**
   * The density at {@code x}, normalised over the bounds (a normal's mass outside them is put back
   * inside): zero outside them. Importance weights divide it by a proposal's density, so both must
   * be normalised for the weights of points drawn in different generations to be comparable.
   */
  public double density(double x) {
    if (!contains(x)) {
      return 0;
    }
    if (shape == Shape.UNIFORM) {
      return 1 / (high - low);
    }
    double z = (x - mean) / sd;
    return StrictMath.exp(-0.5 * z * z) / (sd * Math.sqrt(2 * Math.PI) * inside());
  }

  /** A normal's probability of falling within the bounds. */
  private double inside() {
    return STANDARD.cumulativeProbability((high - mean) / sd)
        - STANDARD.cumulativeProbability((low - mean) / sd);
  }

  private static final org.apache.commons.math3.distribution.NormalDistribution STANDARD =
      new org.apache.commons.math3.distribution.NormalDistribution(null, 0, 1);

  /** A draw; a normal is drawn again until it falls within the bounds. */
  public double sample(RandomGenerator random) {
    if (shape == Shape.UNIFORM) {
      return low + (high - low) * random.nextDouble();
    }
    while (true) {
      double x = mean + sd * random.nextGaussian();
      if (contains(x)) {
        return x;
      }
    }
  }

  /** The centre used as the constant's value when no posterior says otherwise. */
  public double centre() {
    return shape == Shape.UNIFORM ? (low + high) / 2 : mean;
  }
}
