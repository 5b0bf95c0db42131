package org.civicsim.calibration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The sampler on a model whose posterior is known: the mean of a normal with known variance, under
 * a normal prior (conjugate), so that the posterior is normal with a mean and standard deviation in
 * closed form.
 */
class AbcSmcTest {
  /** Twenty observations of N(theta, 1) with mean 1.2; prior N(0, 1). */
  static final int N = 20;

  static final double OBSERVED_MEAN = 1.2;
  static final double POSTERIOR_MEAN = N * OBSERVED_MEAN / (N + 1.0);
  static final double POSTERIOR_SD = 1 / Math.sqrt(N + 1.0);

  static final List<Prior> PRIOR = List.of(Prior.normal("theta", 0, 1, -5, 5));

  /** The sample mean of N draws of N(theta, 1), drawn from the proposal's seed. */
  static AbcSmc.Outcome simulate(AbcSmc.Proposal p) {
    double mean = p.theta()[0] + new Random(p.seed()).nextGaussian() / Math.sqrt(N);
    return new AbcSmc.Outcome(Math.abs(mean - OBSERVED_MEAN), new double[] {mean});
  }

  static AbcSmc.State fit(AbcSmc abc, boolean backwards) {
    AbcSmc.State s = abc.start();
    while (!s.finished()) {
      List<AbcSmc.Proposal> proposals = abc.propose(s);
      AbcSmc.Outcome[] outcomes = new AbcSmc.Outcome[proposals.size()];
      for (int k = 0; k < proposals.size(); k++) {
        int i = backwards ? proposals.size() - 1 - k : k;
        outcomes[i] = simulate(proposals.get(i));
      }
      s = abc.update(s, proposals, List.of(outcomes));
    }
    return s;
  }

  @Test
  void recoversTheConjugatePosteriorOfANormalMean() {
    AbcSmc abc = new AbcSmc(PRIOR, new AbcSmc.Settings(2000, 0.5, 0.05, 60_000, 7));
    AbcSmc.State s = fit(abc, false);
    double sum = 0;
    double mean = 0;
    for (AbcSmc.Particle p : s.kept()) {
      sum += p.weight();
      mean += p.weight() * p.theta()[0];
    }
    mean /= sum;
    double var = 0;
    for (AbcSmc.Particle p : s.kept()) {
      var += p.weight() / sum * (p.theta()[0] - mean) * (p.theta()[0] - mean);
    }
    double sd = Math.sqrt(var);
    System.out.printf(
        "measured: posterior mean %.4f (exact %.4f), sd %.4f (exact %.4f), %d generations, %d"
            + " simulations, final tolerance %.4f, ESS %.0f%n",
        mean,
        POSTERIOR_MEAN,
        sd,
        POSTERIOR_SD,
        s.generations().size(),
        s.simulations(),
        s.tolerance(),
        s.generations().get(s.generations().size() - 1).ess());
    // Standard error of a weighted mean of 1000 points is about sd / sqrt(ESS) < 0.01.
    assertEquals(POSTERIOR_MEAN, mean, 0.25 * POSTERIOR_SD);
    assertEquals(POSTERIOR_SD, sd, 0.15 * POSTERIOR_SD);
    assertTrue(s.tolerance() < 0.25 * POSTERIOR_SD, "tolerance small against the posterior's sd");
  }

  @Test
  void tolerancesShrinkAndTheBudgetIsNeverExceeded() {
    AbcSmc abc = new AbcSmc(PRIOR, new AbcSmc.Settings(100, 0.5, 0.0, 480, 3));
    AbcSmc.State s = fit(abc, false);
    assertTrue(s.simulations() <= 480, "simulations " + s.simulations());
    assertEquals(400, s.simulations());
    List<Double> tolerances = new ArrayList<>();
    for (AbcSmc.Generation g : s.generations()) tolerances.add(g.tolerance());
    for (int k = 1; k < tolerances.size(); k++) {
      assertTrue(tolerances.get(k) <= tolerances.get(k - 1), "tolerances " + tolerances);
    }
  }

  @Test
  void theSameSeedGivesTheSamePosteriorWhateverOrderTheSimulationsRunIn() {
    AbcSmc.Settings settings = new AbcSmc.Settings(200, 0.5, 0.05, 2000, 11);
    AbcSmc.State forwards = fit(new AbcSmc(PRIOR, settings), false);
    AbcSmc.State backwards = fit(new AbcSmc(PRIOR, settings), true);
    assertEquals(forwards.kept().size(), backwards.kept().size());
    for (int k = 0; k < forwards.kept().size(); k++) {
      assertArrayEquals(forwards.kept().get(k).theta(), backwards.kept().get(k).theta());
      assertEquals(forwards.kept().get(k).weight(), backwards.kept().get(k).weight());
    }
  }
}
