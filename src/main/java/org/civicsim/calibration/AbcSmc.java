package org.civicsim.calibration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;
import org.civicsim.model.Seeds;

/**
 * Sequential Monte Carlo approximate Bayesian computation with adaptive tolerances: population
 * Monte Carlo (Beaumont et al. 2009; Toni et al. 2009). The first generation simulates {@code
 * particles} points from the prior and keeps them all. Each later generation's tolerance is the
 * {@code alpha}-quantile of the previous generation's distances (Del Moral et al. 2012 and
 * Lenormand, Jabot and Deffuant 2013 adapt it so); it simulates rounds of {@code particles} points
 * drawn from the previous generation by weight and moved by a normal kernel with twice its weighted
 * covariance (Beaumont et al. 2009), and keeps those within the tolerance, each with the importance
 * weight prior density over the kernel mixture's density, until it has kept at least {@code alpha
 * particles}. Its acceptance rate is the share of its points kept. The fit stops, keeping the last
 * whole generation, when a generation's acceptance falls below {@code minAcceptance} or the budget
 * of simulations would not allow another round.
 *
 * <p>Pure and deterministic: the points a round proposes depend only on the seed, the generation,
 * the round and the state before it, and each point's simulation seed only on the seed, the
 * generation and its index, so that the same seed gives the same posterior whatever order the
 * simulations run in.
 */
public final class AbcSmc {

  /**
   * How the fit runs.
   *
   * @param particles points simulated in each round (N)
   * @param alpha the quantile of the previous distances that is the next tolerance, and the share
   *     of N a generation must keep (0-1)
   * @param minAcceptance stop when a generation keeps fewer than this share of its points
   * @param maxSimulations the budget: no round starts that would exceed it
   */
  public record Settings(
      int particles, double alpha, double minAcceptance, int maxSimulations, long seed) {
    public Settings {
      if (particles < 4 || !(alpha > 0 && alpha < 1) || maxSimulations < particles) {
        throw new IllegalArgumentException(
            "particles at least 4, alpha in (0, 1), a budget of at least one generation");
      }
    }

    /** Points a generation must keep. */
    public int kept() {
      return Math.max(2, (int) Math.ceil(alpha * particles));
    }
  }

  /** A point to simulate: which generation and index, the constants, the simulation's seed. */
  public record Proposal(int generation, int index, double[] theta, long seed) {}

  /**
   * What a simulation gave: its distance to the data and the simulated value of each measure (for
   * the posterior predictive). A simulation that cannot give a figure has distance {@link
   * Double#MAX_VALUE}.
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
   * One whole generation's record.
   *
   * @param simulations points it simulated
   * @param tolerance the distance within which it kept points (the first: the largest distance)
   * @param acceptance share of its points kept
   * @param kept points kept
   * @param ess effective sample size of the kept points, (sum w)^2 / sum w^2
   */
  public record Generation(
      int generation, int simulations, double tolerance, double acceptance, int kept, double ess) {}

  /**
   * Where the fit stands: the last whole generation's points with their weights, every whole
   * generation's record, the simulations used, whether it is finished, and the points kept so far
   * by the generation under way with the simulations it has used.
   */
  public record State(
      List<Particle> kept,
      List<Generation> generations,
      int simulations,
      boolean finished,
      List<Particle> pending,
      int pendingSimulations) {

    /** The generation under way. */
    public int next() {
      return generations.size();
    }

    /** The last whole generation's tolerance; infinite before the first. */
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
    return new State(List.of(), List.of(), 0, false, List.of(), 0);
  }

  /**
   * The points of the next round: from the prior in the first generation, otherwise drawn from the
   * last whole generation by weight and moved by the kernel; none when the fit is finished.
   */
  public List<Proposal> propose(State s) {
    if (s.finished()) {
      return List.of();
    }
    int g = s.next();
    int round = s.pendingSimulations() / settings.particles();
    RandomGenerator random = random(Seeds.keyOf(Seeds.keyOf(settings.seed(), 2L * g + 1), round));
    long seeds = Seeds.keyOf(settings.seed(), 2L * g + 2);
    int count = settings.particles();
    List<Proposal> out = new ArrayList<>(count);
    Kernel kernel = g == 0 ? null : new Kernel(s.kept());
    for (int i = 0; i < count; i++) {
      double[] theta = g == 0 ? fromPrior(random) : kernel.draw(random);
      int index = s.pendingSimulations() + i;
      out.add(new Proposal(g, index, theta, Seeds.keyOf(seeds, index)));
    }
    return out;
  }

  /** The state after the round {@code proposals} gave {@code outcomes}, index by index. */
  public State update(State s, List<Proposal> proposals, List<Outcome> outcomes) {
    if (proposals.size() != outcomes.size() || proposals.isEmpty()) {
      throw new IllegalArgumentException("one outcome for each proposal");
    }
    int g = s.next();
    double tolerance = g == 0 ? Double.POSITIVE_INFINITY : nextTolerance(s.kept());
    List<Particle> pending = new ArrayList<>(s.pending());
    Kernel kernel = g == 0 ? null : new Kernel(s.kept());
    for (int i = 0; i < proposals.size(); i++) {
      Proposal p = proposals.get(i);
      Outcome o = outcomes.get(i);
      if (o.distance() <= tolerance) {
        double weight = g == 0 ? 1 : priorDensity(p.theta()) / kernel.density(p.theta());
        pending.add(new Particle(g, p.index(), p.theta(), o.distance(), weight, o.summary()));
      }
    }
    int simulations = s.simulations() + proposals.size();
    int used = s.pendingSimulations() + proposals.size();
    double acceptance = pending.size() / (double) used;
    boolean room = simulations + settings.particles() <= settings.maxSimulations();
    if (pending.size() < settings.kept()) {
      // The generation goes on while it may still reach the acceptance asked for.
      boolean hopeless = acceptance < settings.minAcceptance() && used >= settings.particles();
      boolean finished = hopeless || !room;
      return new State(
          s.kept(), s.generations(), simulations, finished, List.copyOf(pending), used);
    }
    double reached = g == 0 ? maxDistance(pending) : tolerance;
    List<Generation> generations = new ArrayList<>(s.generations());
    generations.add(new Generation(g, used, reached, acceptance, pending.size(), ess(pending)));
    boolean finished = (g > 0 && acceptance < settings.minAcceptance()) || !room;
    return new State(
        List.copyOf(pending), List.copyOf(generations), simulations, finished, List.of(), 0);
  }

  /**
   * {@code s}, saved under another budget, as these settings would leave it: a fit that stopped for
   * want of simulations goes on when the budget now allows another round; one that stopped because
   * too few points came within the tolerance stays stopped. The points proposed never depend on the
   * budget, so a fit extended so ends as one given the larger budget from the start.
   */
  public State continued(State s) {
    boolean room = s.simulations() + settings.particles() <= settings.maxSimulations();
    boolean starved;
    if (s.pendingSimulations() > 0) {
      double acceptance = s.pending().size() / (double) s.pendingSimulations();
      starved =
          acceptance < settings.minAcceptance() && s.pendingSimulations() >= settings.particles();
    } else if (s.generations().isEmpty()) {
      starved = false;
    } else {
      Generation last = s.generations().get(s.generations().size() - 1);
      starved = last.generation() > 0 && last.acceptance() < settings.minAcceptance();
    }
    return new State(
        s.kept(),
        s.generations(),
        s.simulations(),
        starved || !room,
        s.pending(),
        s.pendingSimulations());
  }

  /**
   * The alpha-quantile of a generation's distances: the distance of its ceil(alpha n)-th nearest
   * point.
   */
  double nextTolerance(List<Particle> kept) {
    double[] d = new double[kept.size()];
    for (int i = 0; i < d.length; i++) {
      d[i] = kept.get(i).distance();
    }
    Arrays.sort(d);
    int k = Math.max(1, (int) Math.ceil(settings.alpha() * d.length));
    return d[k - 1];
  }

  private static double maxDistance(List<Particle> points) {
    double max = 0;
    for (Particle p : points) {
      max = Math.max(max, p.distance());
    }
    return max;
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
      // The normal's whole normalising factor: kept points carry weights from earlier generations,
      // whose kernels were wider, and from the first, drawn from the prior itself.
      scale = 1 / (det * Math.pow(2 * Math.PI, d / 2.0));
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

    /** The mixture's density at {@code theta}. */
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
