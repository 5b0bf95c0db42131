package org.civicsim.calibration;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;
import org.civicsim.scenario.Scenario;
import org.civicsim.scenario.ScenarioException;
import org.civicsim.scenario.ScenarioLoader;

/**
 * Fits the behaviour constants of the logit choice to the first-year targets by Nelder-Mead
 * (commons-math3) over replicates with fixed seeds, so every evaluation sees the same random
 * numbers and the fit is reproducible. The loss is the sum of squared distances to each target in
 * units of half its allowed band; the civic core only counts when below its floor.
 */
public final class Calibration {

  /** The constants fitted, as dotted scenario keys. */
  public static final List<String> KEYS =
      List.of(
          "behaviour.asc_informal",
          "behaviour.asc_formal",
          "behaviour.asc_civic",
          "behaviour.skill_weight",
          "behaviour.habit_weight");

  /**
   * Where every fit starts: the constants set by hand before the first fit (docs/calibration.md).
   */
  public static final double[] START = {-4.1, -5.55, -6.5, 3.0, 2.5};

  /** The simplex's first steps for each constant. */
  public static final double[] STEPS = {0.3, 0.3, 0.3, 0.5, 0.5};

  /** Targets and half-bands (CALIBRATION.md; the bands). */
  static final double FORMAL = 0.25;

  static final double FORMAL_BAND = 0.03;
  static final double CIVIC = 0.35;
  static final double CIVIC_BAND = 0.05;
  static final double ANY = 0.45;
  static final double ANY_BAND = 0.05;
  static final double CIVIC_RATIO = 0.70;
  static final double CIVIC_RATIO_BAND = 0.10;
  static final double FORMAL_RATIO = 0.525;
  static final double FORMAL_RATIO_BAND = 0.125;
  static final double CORE_FLOOR = 0.72;
  static final double CORE_BAND = 0.05;

  /** One evaluation: the constants tried, what they gave, and the loss. */
  public record Evaluation(double[] point, FirstYear levels, double loss) {}

  private final Path file;
  private final List<String> fixed;
  private final int replicates;
  private final int threads;
  private final List<Evaluation> history = new ArrayList<>();

  public Calibration(Path file, List<String> fixed, int replicates, int threads) {
    this.file = file;
    this.fixed = fixed;
    this.replicates = replicates;
    this.threads = threads;
  }

  /** Every evaluation so far, in order. */
  public List<Evaluation> history() {
    return history;
  }

  /** The loss of a set of first-year levels. */
  public static double loss(FirstYear y) {
    double core = Math.max(0, CORE_FLOOR - y.topThirdVoice()) / CORE_BAND;
    return sq((y.formal() - FORMAL) / FORMAL_BAND)
        + sq((y.civic() - CIVIC) / CIVIC_BAND)
        + sq((y.any() - ANY) / ANY_BAND)
        + sq((y.civicQ1OverQ5() - CIVIC_RATIO) / CIVIC_RATIO_BAND)
        + sq((y.formalQ1OverQ5() - FORMAL_RATIO) / FORMAL_RATIO_BAND)
        + core * core;
  }

  private static double sq(double x) {
    return x * x;
  }

  /** The scenario with the constants set to {@code point}. */
  public Scenario scenario(double[] point) throws ScenarioException {
    List<String> overrides = new ArrayList<>(fixed);
    for (int k = 0; k < KEYS.size(); k++) {
      overrides.add(KEYS.get(k) + "=" + String.format(Locale.ROOT, "%.4f", point[k]));
    }
    return ScenarioLoader.load(file, overrides);
  }

  /**
   * Runs Nelder-Mead from {@code start} with initial steps {@code steps} for at most {@code
   * evaluations} evaluations, restarting the simplex from the best point whenever it collapses (a
   * collapsed simplex on a slightly noisy loss stops short), until a restart improves the loss by
   * less than 1% or the evaluations run out; reports each evaluation to {@code progress} and
   * returns the best.
   */
  public Evaluation fit(
      double[] start, double[] steps, int evaluations, Consumer<Evaluation> progress) {
    double[] from = start.clone();
    Evaluation best = null;
    while (history.size() < evaluations) {
      Evaluation before = best;
      simplex(from, steps, evaluations - history.size(), progress);
      for (Evaluation e : history) if (best == null || e.loss() < best.loss()) best = e;
      if (best == null) break;
      if (before != null && best.loss() > 0.99 * before.loss()) break;
      from = best.point().clone();
    }
    return best;
  }

  private void simplex(double[] from, double[] steps, int budget, Consumer<Evaluation> progress) {
    SimplexOptimizer optimizer = new SimplexOptimizer(1e-4, 1e-6);
    try {
      optimizer.optimize(
          new MaxEval(budget),
          new ObjectiveFunction(p -> evaluate(p, progress)),
          GoalType.MINIMIZE,
          new InitialGuess(from),
          new NelderMeadSimplex(steps));
    } catch (TooManyEvaluationsException budgetSpent) {
      // The evaluation budget is the stopping rule; the best point so far is the answer.
    }
  }

  private double evaluate(double[] p, Consumer<Evaluation> progress) {
    double[] rounded = new double[p.length];
    for (int k = 0; k < p.length; k++) rounded[k] = Math.round(p[k] * 1e4) / 1e4;
    try {
      FirstYear y = FirstYear.measure(scenario(rounded), replicates, threads);
      Evaluation e = new Evaluation(rounded, y, loss(y));
      history.add(e);
      progress.accept(e);
      return e.loss();
    } catch (ScenarioException ex) {
      return 1e9; // outside a key's allowed range
    }
  }
}
