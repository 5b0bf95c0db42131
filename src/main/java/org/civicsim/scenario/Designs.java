package org.civicsim.scenario;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.util.MathArrays;

/**
 * Sampling designs in the unit hypercube: each returns one row per design point and one column per
 * varied key, every coordinate in [0, 1]. {@link SweepLoader} maps the coordinates to values.
 */
public final class Designs {
  /** Levels of the Morris grid: coordinates are 0, 1/3, 2/3 and 1. */
  public static final int MORRIS_LEVELS = 4;

  /** The Morris step in unit coordinates, {@code levels / (2 (levels - 1))} = 2/3. */
  public static final double MORRIS_DELTA = MORRIS_LEVELS / (2.0 * (MORRIS_LEVELS - 1));

  private Designs() {}

  /**
   * {@code n} latin-hypercube points in {@code k} dimensions, drawn with a Well19937c generator
   * seeded with {@code seed}: for each dimension the strata 0..n-1 are shuffled and point i takes
   * {@code (stratum + uniform) / n}, so that every stratum of every dimension holds one point.
   */
  public static double[][] latinHypercube(int k, int n, long seed) {
    RandomGenerator rng = new Well19937c(seed);
    double[][] u = new double[n][k];
    for (int d = 0; d < k; d++) {
      int[] strata = MathArrays.natural(n);
      MathArrays.shuffle(strata, rng);
      for (int i = 0; i < n; i++) {
        u[i][d] = (strata[i] + rng.nextDouble()) / n;
      }
    }
    return u;
  }

  /** Points of one Saltelli block: A, then A with column i from B for each i, then B. */
  /** The Sobol sequence generator has direction numbers for 1000 dimensions, two per key. */
  public static final int SOBOL_MAX_KEYS = 500;

  public static int saltelliBlock(int k) {
    return k + 2;
  }

  /**
   * Saltelli's scheme (Saltelli et al. 2010) for first-order and total Sobol indices, from {@code
   * n} base samples of a Sobol sequence in {@code 2k} dimensions (commons-math3, Joe and Kuo's
   * direction numbers; the sequence's first point, all zeros, is skipped). Row j of the sequence
   * gives matrices A (its first k columns) and B (its last k); the design holds, for each j in
   * turn, the block A_j, AB_j^1 .. AB_j^k (A_j with column i taken from B_j), B_j: {@code n (k +
   * 2)} points, so that a sweep stopped part way holds whole blocks. The sequence is the same for
   * every seed: a Sobol design is fixed by {@code n} and {@code k}.
   */
  public static double[][] saltelli(int k, int n) {
    SobolSequenceGenerator sobol = new SobolSequenceGenerator(2 * k);
    sobol.skipTo(1);
    int block = saltelliBlock(k);
    double[][] u = new double[n * block][];
    for (int j = 0; j < n; j++) {
      double[] row = sobol.nextVector();
      double[] a = java.util.Arrays.copyOfRange(row, 0, k);
      double[] b = java.util.Arrays.copyOfRange(row, k, 2 * k);
      u[j * block] = a;
      for (int i = 0; i < k; i++) {
        double[] ab = a.clone();
        ab[i] = b[i];
        u[j * block + 1 + i] = ab;
      }
      u[j * block + k + 1] = b;
    }
    return u;
  }

  /**
   * Morris's elementary-effects design (Morris 1991; Campolongo et al. 2007): {@code r}
   * trajectories of {@code k + 1} points on a grid of {@link #MORRIS_LEVELS} levels. Each
   * trajectory starts from a random grid point and changes one coordinate at a time, in a random
   * order, by {@link #MORRIS_DELTA} up or down, so that every step's change is an elementary effect
   * of one key. Drawn with a Well19937c generator seeded with {@code seed}.
   */
  public static double[][] morris(int k, int r, long seed) {
    RandomGenerator rng = new Well19937c(seed);
    int jump = MORRIS_LEVELS / 2;
    double[][] u = new double[r * (k + 1)][];
    for (int t = 0; t < r; t++) {
      int[] level = new int[k];
      boolean[] up = new boolean[k];
      for (int i = 0; i < k; i++) {
        int low = rng.nextInt(MORRIS_LEVELS - jump);
        up[i] = rng.nextBoolean();
        level[i] = up[i] ? low : low + jump;
      }
      int[] order = MathArrays.natural(k);
      MathArrays.shuffle(order, rng);
      u[t * (k + 1)] = grid(level);
      for (int s = 0; s < k; s++) {
        int i = order[s];
        level[i] += up[i] ? jump : -jump;
        u[t * (k + 1) + s + 1] = grid(level);
      }
    }
    return u;
  }

  private static double[] grid(int[] level) {
    double[] x = new double[level.length];
    for (int i = 0; i < level.length; i++) {
      x[i] = level[i] / (double) (MORRIS_LEVELS - 1);
    }
    return x;
  }
}
