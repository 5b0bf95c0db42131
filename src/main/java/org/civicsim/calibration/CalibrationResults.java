package org.civicsim.calibration;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.civicsim.history.Observation;
import org.civicsim.io.AtomicFile;
import org.civicsim.io.PosteriorFile;
import org.civicsim.io.ResultFiles;

/**
 * What a finished calibration writes: {@code posterior.csv} (the kept draws and their weights),
 * {@code calibration.json} (the method, each generation's tolerance, acceptance and effective
 * sample size, the budget, and for each constant its prior and posterior intervals and whether the
 * figures identify it) and the charts.
 */
public final class CalibrationResults {
  /** A posterior 90% interval narrower than this share of the prior's counts as identified. */
  static final double IDENTIFIED = 0.5;

  /** Narrower than this share, partly identified; wider, left where the prior put it. */
  static final double PARTLY = 0.8;

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private CalibrationResults() {}

  /** One constant's prior and posterior. */
  public record Constant(
      Prior prior,
      double median,
      double mean,
      double low,
      double high,
      double priorLow,
      double priorHigh,
      String verdict) {
    /** The posterior 90% interval's width over the prior's. */
    public double narrowing() {
      return (high - low) / (priorHigh - priorLow);
    }
  }

  /** One fitted figure beside its posterior predictive 90% interval (one replicate a draw). */
  public record Predictive(Observation figure, double median, double low, double high) {}

  /** The kept draws as a posterior file, weights normalised to add up to 1. */
  public static PosteriorFile.Posterior posterior(List<Prior> priors, AbcSmc.State s) {
    List<String> keys = new ArrayList<>();
    for (Prior p : priors) {
      keys.add(p.key());
    }
    int n = s.kept().size();
    double total = 0;
    for (AbcSmc.Particle p : s.kept()) {
      total += p.weight();
    }
    double[][] theta = new double[n][];
    double[] weights = new double[n];
    for (int i = 0; i < n; i++) {
      theta[i] = s.kept().get(i).theta().clone();
      weights[i] = s.kept().get(i).weight() / total;
    }
    return new PosteriorFile.Posterior(keys, theta, weights);
  }

  /** Each constant's posterior against its prior. */
  public static List<Constant> constants(List<Prior> priors, PosteriorFile.Posterior post) {
    List<Constant> out = new ArrayList<>();
    for (int k = 0; k < priors.size(); k++) {
      double[] x = new double[post.size()];
      for (int i = 0; i < x.length; i++) {
        x[i] = post.theta()[i][k];
      }
      Prior p = priors.get(k);
      double lo = Weighted.quantile(x, post.weights(), 0.05);
      double hi = Weighted.quantile(x, post.weights(), 0.95);
      double plo = priorQuantile(p, 0.05);
      double phi = priorQuantile(p, 0.95);
      double narrowing = (hi - lo) / (phi - plo);
      String verdict =
          narrowing < IDENTIFIED
              ? "identified"
              : narrowing < PARTLY ? "partly identified" : "left at the prior";
      out.add(
          new Constant(
              p,
              Weighted.quantile(x, post.weights(), 0.5),
              Weighted.mean(x, post.weights()),
              lo,
              hi,
              plo,
              phi,
              verdict));
    }
    return out;
  }

  /** The {@code q} quantile of a prior. */
  public static double priorQuantile(Prior p, double q) {
    if (p.shape() == Prior.Shape.UNIFORM) {
      return p.low() + q * (p.high() - p.low());
    }
    NormalDistribution n = new NormalDistribution(null, p.mean(), p.sd());
    double a = n.cumulativeProbability(p.low());
    double b = n.cumulativeProbability(p.high());
    return n.inverseCumulativeProbability(a + q * (b - a));
  }

  /** Each fitted figure with the kept draws' simulated values. */
  public static List<Predictive> predictive(List<Observation> figures, AbcSmc.State s) {
    double[] w = new double[s.kept().size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = s.kept().get(i).weight();
    }
    List<Predictive> out = new ArrayList<>();
    for (int f = 0; f < figures.size(); f++) {
      double[] v = new double[w.length];
      for (int i = 0; i < w.length; i++) {
        v[i] = s.kept().get(i).summary()[f];
      }
      out.add(
          new Predictive(
              figures.get(f),
              Weighted.quantile(v, w, 0.5),
              Weighted.quantile(v, w, 0.05),
              Weighted.quantile(v, w, 0.95)));
    }
    return out;
  }

  /**
   * Writes posterior.csv, calibration.json and the charts into {@code out}.
   *
   * @param threads recorded in calibration.json (the posterior does not depend on it)
   */
  public static void write(
      Path out, CalibrationRun.Saved saved, List<Observation> figures, int threads)
      throws IOException {
    CalibrationRun.Design d = saved.design();
    AbcSmc.State s = saved.state();
    PosteriorFile.Posterior post = posterior(d.priors(), s);
    PosteriorFile.write(out.resolve(ResultFiles.POSTERIOR), post);
    List<Constant> constants = constants(d.priors(), post);
    List<Predictive> predictive = predictive(figures, s);
    AtomicFile.write(
        out.resolve(ResultFiles.CALIBRATION_JSON),
        w -> w.write(JSON.writeValueAsString(record(saved, constants, predictive, threads))));
    CalibrationCharts.writeInto(out, d.priors(), s, post, constants, predictive);
  }

  private static Map<String, Object> record(
      CalibrationRun.Saved saved,
      List<Constant> constants,
      List<Predictive> predictive,
      int threads) {
    CalibrationRun.Design d = saved.design();
    AbcSmc.State s = saved.state();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(
        "method",
        "ABC-SMC: population Monte Carlo with adaptive tolerances (Beaumont et al. 2009; Toni et"
            + " al. 2009; in the adaptive form of Lenormand, Jabot and Deffuant 2013)");
    m.put("scenario", d.scenario());
    m.put("set", d.set());
    m.put("seed", d.settings().seed());
    m.put("particles", d.settings().particles());
    m.put("kept", d.settings().kept());
    m.put("alpha", d.settings().alpha());
    m.put("min_acceptance", d.settings().minAcceptance());
    m.put("max_simulations", d.settings().maxSimulations());
    m.put("simulations", s.simulations());
    m.put("threads", threads);
    m.put("wall_time_seconds", Math.round(saved.seconds() * 10) / 10.0);
    m.put("distance", "root mean square over the fitted figures of (model - observed) / band side");
    m.put("final_tolerance", s.tolerance());
    AbcSmc.Generation last = s.generations().get(s.generations().size() - 1);
    m.put("effective_sample_size", last.ess());
    List<Map<String, Object>> gens = new ArrayList<>();
    for (AbcSmc.Generation g : s.generations()) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("generation", g.generation());
      e.put("simulations", g.simulations());
      e.put("tolerance", g.tolerance());
      e.put("acceptance_rate", g.acceptance());
      e.put("effective_sample_size", g.ess());
      gens.add(e);
    }
    m.put("generations", gens);
    List<Map<String, Object>> params = new ArrayList<>();
    for (Constant c : constants) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("key", c.prior().key());
      e.put("prior", c.prior().shape().label());
      e.put("prior_low", c.prior().low());
      e.put("prior_high", c.prior().high());
      e.put("prior_90_low", c.priorLow());
      e.put("prior_90_high", c.priorHigh());
      e.put("posterior_median", c.median());
      e.put("posterior_mean", c.mean());
      e.put("posterior_90_low", c.low());
      e.put("posterior_90_high", c.high());
      e.put("narrowing", c.narrowing());
      e.put("verdict", c.verdict());
      params.add(e);
    }
    m.put("parameters", params);
    List<Map<String, Object>> figs = new ArrayList<>();
    for (Predictive p : predictive) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("measure", p.figure().measure());
      e.put("year", p.figure().year());
      e.put("observed", p.figure().value());
      e.put("band_low", p.figure().bandLow());
      e.put("band_high", p.figure().bandHigh());
      e.put("predictive_median", p.median());
      e.put("predictive_90_low", p.low());
      e.put("predictive_90_high", p.high());
      figs.add(e);
    }
    m.put("figures", figs);
    return m;
  }
}
