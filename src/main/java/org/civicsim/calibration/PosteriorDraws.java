package org.civicsim.calibration;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.random.MersenneTwister;
import org.civicsim.io.PosteriorFile;
import org.civicsim.model.Seeds;

/**
 * Which draws of a posterior a run over it uses: {@code n} draws taken with replacement in
 * proportion to their weights, by a stream derived from the run's seed alone, so that two scenarios
 * run with the same seed over the same posterior use the same draws in the same order.
 */
public final class PosteriorDraws {
  private PosteriorDraws() {}

  /** Stream key, so that the draws' stream differs from every other stream of the seed. */
  private static final long STREAM = 0x5057_4452_4157L;

  /** The rows of {@code p} to run, in order. */
  public static int[] choose(PosteriorFile.Posterior p, int n, long seed) {
    long key = Seeds.keyOf(seed, STREAM);
    MersenneTwister random = new MersenneTwister(new int[] {(int) key, (int) (key >>> 32)});
    double[] cumulative = new double[p.size()];
    double total = 0;
    for (int i = 0; i < p.size(); i++) {
      total += p.weights()[i];
      cumulative[i] = total;
    }
    int[] rows = new int[n];
    for (int k = 0; k < n; k++) {
      double u = random.nextDouble() * total;
      int i = 0;
      while (i < cumulative.length - 1 && cumulative[i] <= u) {
        i++;
      }
      rows[k] = i;
    }
    return rows;
  }

  /** Each chosen draw's constants as {@code KEY=VALUE} changes, in order. */
  public static List<List<String>> overrides(PosteriorFile.Posterior p, int n, long seed) {
    List<List<String>> out = new ArrayList<>();
    for (int row : choose(p, n, seed)) {
      out.add(ModelDistance.overrides(List.of(), p.keys(), p.theta()[row]));
    }
    return out;
  }
}
