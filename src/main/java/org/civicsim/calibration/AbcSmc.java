package org.civicsim.calibration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;
import org.civicsim.model.Seeds;

/**
 * Sequential Monte Carlo approximate Bayesian computation with adaptive tolerances, in the
 * population Monte Carlo form of Beaumont et al. (2009) and Toni et al. (2009) as made adaptive by
 * Lenormand, Jabot and Deffuant (2013, "Adaptive approximate Bayesian computation for complex
 * models", Computational Statistics 28): the first generation draws {@code particles} points from
 * the prior; each generation keeps the fraction {@code alpha} of all points nearest the data (its
 * tolerance is the alpha-quantile of the distances so far), and replaces the rest by points drawn
 * from the kept ones, weighted, and moved by a normal kernel with twice their weighted covariance;
 * a new point's importance weight is its prior density over the kernel mixture's density. It stops
 * when fewer than {@code minAcceptance} of a generation's new points fall within the previous
 * tolerance, or before a generation would exceed the budget of simulations.
 *
 * <p>Pure and deterministic: the points a generation proposes depend only on the seed, the
 * generation and the state before it, and each point's simulation seed only on the seed, the
 * generation and its index, so that the same seed gives the same posterior whatever order the
 * simulations run in.
 */
public final class AbcSmc {

  /**
   * How the fit runs.
   *
   * @param particles points simulated in the first generation (N); each later one simulates N -
   *     ceil(alpha N)
   * @param alpha share of points kept each generation (0-1)
   * @param minAcceptance stop when a generation's share of new points within the previous tolerance
   *     falls below this
   * @param maxSimulations the budget: no generation starts that would exceed it
   */
  public record Settings(
      int particles, double alpha, double minAcceptance, int maxSimulations, long seed) {
    public Settings {
      if (particles < 4 || !(alpha > 0 && alpha < 1) || maxSimulations < particles) {
        throw new IllegalArgumentException(
            "particles at least 4, alpha in (0, 1), a budget of at least one generation");
      }
    }

    /** Points kept each generation. */
    public int kept() {
      return Math.max(2, (int) Math.ceil(alpha * particles));
    }
  }

  /** A point to simulate: which generation and index, the constants, the simulation's seed. */
  public record Proposal(int generation, int index, double[] theta, long seed) {}

  /**
   * What a simulation gave: its distance to the data and the simulated value of each measure (for
   * the posterior predictive). An undefined simulation has an infinite distance.
   */
  public record Outcome(double distance, double[] summary) {}

  /** A point with its importance weight (not normalised). */
  public record Particle(
      int generation,
      int index,
      double[] theta,
      double distance,
      double weight,
      double[] summary) {}

  /**
   * One generation's record.
   *
   * @param tolerance the distance within which points are kept after it
   * @param acceptance share of its new points within the previous generation's tolerance (1 for the
   *     first)
   * @param ess effective sample size of the kept points, (sum w)^2 / sum w^2
   */
  public record Generation(
      int generation, int simulations, double tolerance, double acceptance, double ess) {}

  /**
   * Where the fit stands after a generation: the points kept with their weights, every generation's
   * record, the simulations used and whether it is finished.
   */
  public record State(
      List<Particle> kept, List<Generation> generations, int simulations, boolean finished) {

    /** The generation to run next. */
    public int next() {
      return generations.size();
    }

    /** The last tolerance; infinite before the first generation. */
    public double tolerance() {
      return generations.isEmpty()
          ? Double.POSITIVE_INFINITY
          : generations.get(generations.size() - 1).tolerance();
    }
  }

  private final List<Prior> priors;
  private final Settings settings;

  public AbcSmc(List<Prior> priors, Settings settings) {
    this.priors = List.copyOf(priors);
    this.settings = settings;
  }

  /** The state before any generation. */
  public State start() {
    return new State(List.of(), List.of(), 0, false);
  }

  /**
   * The points the next generation simulates: from the prior in the first, otherwise drawn from the
   * kept points by weight and moved by the kernel; none when the fit is finished.
   */
  public List<Proposal> propose(State s) {
    if (s.finished()) {
      return List.of();
    }
    int g = s.next();
    RandomGenerator random = random(Seeds.keyOf(settings.seed(), 2L * g + 1));
    long seeds = Seeds.keyOf(settings.seed(), 2L * g + 2);
    int count = g == 0 ? settings.particles() : settings.particles() - s.kept().size();
    List<Proposal> out = new ArrayList<>(count);
    Kernel kernel = g == 0 ? null : new Kernel(s.kept());
    for (int i = 0; i < count; i++) {
      double[] theta = g == 0 ? fromPrior(random) : kernel.draw(random);
      out.add(new Proposal(g, i, theta, Seeds.keyOf(seeds, i)));
    }
    return out;
  }

  /** The state after the simulations of {@code proposals} gave {@code outcomes}, index by index. */
  public State update(State s, List<Proposal> proposals, List<Outcome> outcomes) {
    if (proposals.size() != outcomes.size() || proposals.isEmpty()) {
      throw new IllegalArgumentException("one outcome for each proposal");
    }
    int g = s.next();
    List<Particle> all = new ArrayList<>(s.kept());
    Kernel kernel = g == 0 ? null : new Kernel(s.kept());
    int within = 0;
    for (int i = 0; i < proposals.size(); i++) {
      Proposal p = proposals.get(i);
      Outcome o = outcomes.get(i);
      double weight = g == 0 ? 1 : priorDensity(p.theta()) / kernel.density(p.theta());
      if (o.distance() <= s.tolerance()) {
        within++;
      }
      all.add(new Particle(g, i, p.theta(), o.distance(), weight, o.summary()));
    }
    double acceptance = g == 0 ? 1 : within / (double) proposals.size();
    // Ties are broken by generation and index, so the order never depends on anything else.
    all.sort(
        Comparator.comparingDouble(Particle::distance)
            .thenComparingInt(Particle::generation)
            .thenComparingInt(Particle::index));
    List<Particle> kept = List.copyOf(all.subList(0, settings.kept()));
    double tolerance = kept.get(kept.size() - 1).distance();
    int simulations = s.simulations() + proposals.size();
    List<Generation> generations = new ArrayList<>(s.generations());
    generations.add(new Generation(g, proposals.size(), tolerance, acceptance, ess(kept)));
    int nextCost = settings.particles() - kept.size();
    boolean finished =
        (g > 0 && acceptance < settings.minAcceptance())
            || simulations + nextCost > settings.maxSimulations();
    return new State(kept, List.copyOf(generations), simulations, finished);
  }

  /** The effective sample size of weighted points, (sum w)^2 / sum w^2. */
  public static double ess(List<Particle> points) {
    double sum = 0;
    double squares = 0;
    for (Particle p : points) {
      sum += p.weight();
      squares += p.weight() * p.weight();
    }
    return squares > 0 ? sum * sum / squares : 0;
  }

  private double[] fromPrior(RandomGenerator random) {
    double[] theta = new double[priors.size()];
    for (int k = 0; k < theta.length; k++) {
      theta[k] = priors.get(k).sample(random);
    }
    return theta;
  }

  private double priorDensity(double[] theta) {
    double d = 1;
    for (int k = 0; k < theta.length; k++) {
      d *= priors.get(k).density(theta[k]);
    }
    return d;
  }

  private boolean inSupport(double[] theta) {
    for (int k = 0; k < theta.length; k++) {
      if (!priors.get(k).contains(theta[k])) {
        return false;
      }
    }
    return true;
  }

  private static RandomGenerator random(long seed) {
    return new MersenneTwister(new int[] {(int) seed, (int) (seed >>> 32)});
  }

  /**
   * The perturbation: a mixture of normals centred on the kept points, weighted by their weights,
   * with twice their weighted covariance (Beaumont et al. 2009).
   */
  private final class Kernel {
    private final List<Particle> centres;
    private final double[] cumulative;
    private final double total;
    private final RealMatrix lower;
    private final RealMatrix lowerInverse;
    private final double scale;

    Kernel(List<Particle> centres) {
      this.centres = centres;
      int d = priors.size();
      cumulative = new double[centres.size()];
      double sum = 0;
      for (int j = 0; j < centres.size(); j++) {
        sum += centres.get(j).weight();
        cumulative[j] = sum;
      }
      total = sum;
      double[] mean = new double[d];
      for (Particle p : centres) {
        for (int k = 0; k < d; k++) {
          mean[k] += p.weight() / total * p.theta()[k];
        }
      }
      double[][] cov = new double[d][d];
      for (Particle p : centres) {
        for (int a = 0; a < d; a++) {
          for (int b = 0; b < d; b++) {
            cov[a][b] +=
                2 * p.weight() / total * (p.theta()[a] - mean[a]) * (p.theta()[b] - mean[b]);
          }
        }
      }
      RealMatrix l = cholesky(cov);
      lower = l;
      lowerInverse = org.apache.commons.math3.linear.MatrixUtils.inverse(l);
      double det = 1;
      for (int k = 0; k < d; k++) {
        det *= l.getEntry(k, k);
      }
      // The normal's 1 / sqrt(det(covariance)): kept points carry weights from earlier kernels.
      scale = 1 / det;
    }

    /** The lower Cholesky factor, with a small ridge when the points span less than every axis. */
    private RealMatrix cholesky(double[][] cov) {
      int d = cov.length;
      double ridge = 0;
      for (int attempt = 0; ; attempt++) {
        double[][] c = new double[d][];
        for (int a = 0; a < d; a++) {
          c[a] = cov[a].clone();
          double width = priors.get(a).high() - priors.get(a).low();
          c[a][a] += ridge * width * width;
        }
        try {
          return new CholeskyDecomposition(new Array2DRowRealMatrix(c, false), 1e-12, 1e-14).getL();
        } catch (NonPositiveDefiniteMatrixException e) {
          ridge = ridge == 0 ? 1e-8 : ridge * 10;
          if (attempt > 20) {
            throw new IllegalStateException("the kept points' covariance cannot be factored", e);
          }
        }
      }
    }

    double[] draw(RandomGenerator random) {
      int d = priors.size();
      while (true) {
        double u = random.nextDouble() * total;
        int j = Arrays.binarySearch(cumulative, u);
        j = j >= 0 ? Math.min(j + 1, cumulative.length - 1) : -j - 1;
        double[] z = new double[d];
        for (int k = 0; k < d; k++) {
          z[k] = random.nextGaussian();
        }
        double[] theta = centres.get(j).theta().clone();
        for (int a = 0; a < d; a++) {
          for (int b = 0; b <= a; b++) {
            theta[a] += lower.getEntry(a, b) * z[b];
          }
        }
        if (inSupport(theta)) {
          return theta;
        }
      }
    }

    /**
     * The mixture's density at {@code theta}, up to the factor (2 pi)^(-d/2) common to every
     * generation.
     */
    double density(double[] theta) {
      int d = priors.size();
      double sum = 0;
      double[] diff = new double[d];
      for (Particle p : centres) {
        for (int k = 0; k < d; k++) {
          diff[k] = theta[k] - p.theta()[k];
        }
        double q = 0;
        for (int a = 0; a < d; a++) {
          double z = 0;
          for (int b = 0; b <= a; b++) {
            z += lowerInverse.getEntry(a, b) * diff[b];
          }
          q += z * z;
        }
        sum += p.weight() / total * StrictMath.exp(-0.5 * q);
      }
      return scale * sum;
    }
  }
}
