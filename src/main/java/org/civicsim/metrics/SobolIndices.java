package org.civicsim.metrics;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * First-order and total Sobol indices from the outputs of a Saltelli design ({@code
 * org.civicsim.scenario.Designs#saltelli}): blocks of {@code k + 2} outputs, f(A_j), f(AB_j^1) ..
 * f(AB_j^k), f(B_j). The estimators are those Saltelli et al. (2010) recommend, with V the variance
 * of the f(A) and f(B) values together:
 *
 * <pre>
 *   S_i  = mean_j( f(B_j) (f(AB_j^i) - f(A_j)) ) / V          (Saltelli 2010, eq. b)
 *   ST_i = mean_j( (f(A_j) - f(AB_j^i))^2 ) / (2 V)           (Jansen 1999)
 * </pre>
 *
 * Confidence intervals are bootstrap percentile intervals: the blocks are resampled with
 * replacement {@code resamples} times with a Well19937c generator seeded as given, and the 2.5th
 * and 97.5th percentiles of the re-estimated index are reported. A block with a missing output
 * (NaN, a failed run or a group with no members) is left out whole.
 */
public final class SobolIndices {
  private SobolIndices() {}

  /** Indices and intervals per factor, from {@code n} complete blocks; NaN when V is 0. */
  public record Result(BootstrapInterval[] first, BootstrapInterval[] total, int n) {}

  /**
   * The indices of the {@code k} factors from outputs {@code y} in design order.
   *
   * @throws IllegalArgumentException when {@code y} is not whole blocks of {@code k + 2}
   */
  public static Result estimate(double[] y, int k, int resamples, long seed) {
    int block = k + 2;
    if (y.length % block != 0) {
      throw new IllegalArgumentException(y.length + " outputs are not whole blocks of " + block);
    }
    int[] complete = complete(y, block);
    int n = complete.length;
    double[] first = new double[k];
    double[] total = new double[k];
    estimate(y, k, complete, first, total);
    double[][] firstDraws = new double[k][resamples];
    double[][] totalDraws = new double[k][resamples];
    RandomGenerator rng = new Well19937c(seed);
    int[] sample = new int[n];
    double[] f = new double[k];
    double[] t = new double[k];
    for (int b = 0; b < resamples && n > 0; b++) {
      for (int j = 0; j < n; j++) {
        sample[j] = complete[rng.nextInt(n)];
      }
      estimate(y, k, sample, f, t);
      for (int i = 0; i < k; i++) {
        firstDraws[i][b] = f[i];
        totalDraws[i][b] = t[i];
      }
    }
    BootstrapInterval[] s = new BootstrapInterval[k];
    BootstrapInterval[] st = new BootstrapInterval[k];
    for (int i = 0; i < k; i++) {
      s[i] = BootstrapInterval.percentile(first[i], n > 0 ? firstDraws[i] : new double[0]);
      st[i] = BootstrapInterval.percentile(total[i], n > 0 ? totalDraws[i] : new double[0]);
    }
    return new Result(s, st, n);
  }

  /** The blocks with every output present. */
  private static int[] complete(double[] y, int block) {
    int blocks = y.length / block;
    int[] keep = new int[blocks];
    int n = 0;
    for (int j = 0; j < blocks; j++) {
      boolean whole = true;
      for (int p = 0; p < block; p++) {
        whole &= !Double.isNaN(y[j * block + p]);
      }
      if (whole) {
        keep[n++] = j;
      }
    }
    return java.util.Arrays.copyOf(keep, n);
  }

  private static void estimate(double[] y, int k, int[] blocks, double[] first, double[] total) {
    int block = k + 2;
    int n = blocks.length;
    double sum = 0;
    for (int j : blocks) {
      sum += y[j * block] + y[j * block + k + 1];
    }
    double mean = sum / (2.0 * n);
    double v = 0;
    for (int j : blocks) {
      double a = y[j * block] - mean;
      double b = y[j * block + k + 1] - mean;
      v += a * a + b * b;
    }
    v /= 2.0 * n;
    // Outputs equal but for the last bits of their sums did not vary: no index is defined.
    if (v <= 1e-12 * mean * mean) v = 0;
    for (int i = 0; i < k; i++) {
      double s = 0;
      double t = 0;
      for (int j : blocks) {
        double a = y[j * block];
        double ab = y[j * block + 1 + i];
        double b = y[j * block + k + 1];
        s += b * (ab - a);
        t += (a - ab) * (a - ab);
      }
      first[i] = v > 0 ? s / n / v : Double.NaN;
      total[i] = v > 0 ? t / (2.0 * n) / v : Double.NaN;
    }
  }
}
