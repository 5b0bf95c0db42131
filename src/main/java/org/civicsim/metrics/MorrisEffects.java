package org.civicsim.metrics;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * Morris's elementary effects from the outputs of a Morris design ({@code
 * org.civicsim.scenario.Designs#morris}): trajectories of {@code k + 1} points, each step changing
 * one factor. The step from point s to s + 1 changes factor i by d in unit coordinates and gives
 * the elementary effect {@code (y_{s+1} - y_s) / d}. Per factor: {@code mu} (mean effect), {@code
 * mu_star} (mean absolute effect, Campolongo et al. 2007: the measure of importance) and {@code
 * sigma} (standard deviation of the effects: interactions and non-linearity). Bootstrap percentile
 * intervals resample whole trajectories; a trajectory with a missing output is left out whole.
 */
public final class MorrisEffects {
  private MorrisEffects() {}

  /** The measures per factor from {@code n} complete trajectories. */
  public record Result(
      BootstrapInterval[] mu, BootstrapInterval[] muStar, BootstrapInterval[] sigma, int n) {}

  /**
   * The measures of the {@code k} factors from outputs {@code y} and the design's unit coordinates,
   * both in design order.
   *
   * @throws IllegalArgumentException when the design is not whole trajectories of one-factor steps
   */
  public static Result estimate(double[] y, double[][] units, int k, int resamples, long seed) {
    int len = k + 1;
    if (y.length != units.length || y.length % len != 0) {
      throw new IllegalArgumentException(
          y.length
              + " outputs for "
              + units.length
              + " points are not whole trajectories of "
              + len);
    }
    int r = y.length / len;
    double[][] effects = new double[r][k];
    int[] keep = new int[r];
    int n = 0;
    for (int t = 0; t < r; t++) {
      boolean whole = true;
      for (int s = 0; s < k; s++) {
        int p = t * len + s;
        int factor = changed(units[p], units[p + 1]);
        double d = units[p + 1][factor] - units[p][factor];
        effects[t][factor] = (y[p + 1] - y[p]) / d;
        whole &= !Double.isNaN(effects[t][factor]);
      }
      if (whole) {
        keep[n++] = t;
      }
    }
    int[] complete = java.util.Arrays.copyOf(keep, n);
    double[][] point = measures(effects, complete, k);
    double[][][] draws = new double[3][k][resamples];
    RandomGenerator rng = new Well19937c(seed);
    int[] sample = new int[n];
    for (int b = 0; b < resamples && n > 0; b++) {
      for (int j = 0; j < n; j++) {
        sample[j] = complete[rng.nextInt(n)];
      }
      double[][] m = measures(effects, sample, k);
      for (int q = 0; q < 3; q++) {
        for (int i = 0; i < k; i++) {
          draws[q][i][b] = m[q][i];
        }
      }
    }
    BootstrapInterval[][] out = new BootstrapInterval[3][k];
    for (int q = 0; q < 3; q++) {
      for (int i = 0; i < k; i++) {
        out[q][i] = BootstrapInterval.percentile(point[q][i], n > 0 ? draws[q][i] : new double[0]);
      }
    }
    return new Result(out[0], out[1], out[2], n);
  }

  /** The one factor in which two consecutive points differ. */
  private static int changed(double[] from, double[] to) {
    int factor = -1;
    for (int i = 0; i < from.length; i++) {
      if (from[i] != to[i]) {
        if (factor >= 0) {
          throw new IllegalArgumentException("a Morris step changes more than one factor");
        }
        factor = i;
      }
    }
    if (factor < 0) {
      throw new IllegalArgumentException("a Morris step changes no factor");
    }
    return factor;
  }

  /** mu, mu_star and sigma (sample sd; NaN for fewer than two) over the given trajectories. */
  private static double[][] measures(double[][] effects, int[] trajectories, int k) {
    double[][] m = new double[3][k];
    int n = trajectories.length;
    for (int i = 0; i < k; i++) {
      double sum = 0;
      double abs = 0;
      for (int t : trajectories) {
        sum += effects[t][i];
        abs += Math.abs(effects[t][i]);
      }
      double mean = sum / n;
      double ss = 0;
      for (int t : trajectories) {
        double d = effects[t][i] - mean;
        ss += d * d;
      }
      m[0][i] = n > 0 ? mean : Double.NaN;
      m[1][i] = n > 0 ? abs / n : Double.NaN;
      m[2][i] = n > 1 ? Math.sqrt(ss / (n - 1)) : Double.NaN;
    }
    return m;
  }
}
