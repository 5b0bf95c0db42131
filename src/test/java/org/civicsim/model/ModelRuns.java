package org.civicsim.model;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.civicsim.metrics.MetricNames;
import org.civicsim.metrics.MetricSink;
import org.civicsim.metrics.Observer;
import org.civicsim.scenario.Scenario;
import org.civicsim.scenario.ScenarioException;
import org.civicsim.scenario.ScenarioLoader;

/** Runs the real model in-process for tests: small scenarios, replicates, final metrics. */
final class ModelRuns {
  private ModelRuns() {}

  /** A small borough: 2,000 residents in 10 wards, a year and a half after a half-year burn-in. */
  static final String SMALL =
      """
      name: test
      seed: 11
      replicates: 1
      steps: 78
      borough: {residents: 2000, wards: 10}
      behaviour: {burn_in_weeks: 26}
      """;

  static Scenario scenario(String yaml, String... overrides) {
    try {
      return ScenarioLoader.parse(yaml, "test.yaml", List.of(overrides));
    } catch (ScenarioException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }

  /** Starts a model of replicate r. */
  static CivicModel started(Scenario s, int r) {
    CivicModel m = new CivicModel(s, Seeds.replicate(s.seed(), r));
    m.start();
    return m;
  }

  /** Final-step values [metric][group] of one replicate. */
  static double[][] finalValues(Scenario s, int r) {
    CivicModel m = started(s, r);
    for (int w = 0; w < s.steps(); w++) m.schedule.step(m);
    double[][] v = new double[MetricNames.METRICS.size()][MetricNames.GROUPS.size()];
    new Observer(m).observe(capture(v), false);
    m.finish();
    return v;
  }

  /**
   * Every value an observer emits over a whole run, in order, for byte-level comparisons: the
   * contract metrics, spend by line, the final Lorenz curve of voice, services, places and
   * councils.
   */
  static List<Double> stream(Scenario s, int r) {
    return stream(s, r, 1);
  }

  /** As {@link #stream(Scenario, int)}, the model stepping on {@code threads} threads. */
  static List<Double> stream(Scenario s, int r, int threads) {
    CivicModel m = new CivicModel(s, Seeds.replicate(s.seed(), r));
    m.setThreads(threads);
    m.start();
    List<Double> out = new ArrayList<>();
    Observer o = new Observer(m);
    MetricSink sink =
        new MetricSink() {
          @Override
          public void group(int step, int metric, int group, double value) {
            out.add(value);
          }

          @Override
          public void ward(int step, int metric, int ward, double value) {
            out.add(value);
          }

          @Override
          public void spend(int step, String council, int line, double value) {
            out.add(value);
          }

          @Override
          public void voiceLorenz(int step, double populationShare, double voiceShare) {
            out.add(populationShare);
            out.add(voiceShare);
          }

          @Override
          public void service(
              int step, String council, String service, String measure, double value) {
            out.add(value);
          }

          @Override
          public void place(
              String council, int councilDecile, int ward, int wardDecile, int residents) {
            out.add((double) councilDecile);
            out.add((double) wardDecile);
            out.add((double) residents);
          }

          @Override
          public void council(int step, String metric, String council, double value) {
            out.add(value);
          }
        };
    o.observe(sink, true);
    for (int w = 0; w < s.steps(); w++) {
      m.schedule.step(m);
      o.observe(sink, true);
    }
    m.finish();
    return out;
  }

  static MetricSink capture(double[][] v) {
    return new MetricSink() {
      @Override
      public void group(int step, int metric, int group, double value) {
        v[metric][group] = value;
      }

      @Override
      public void ward(int step, int metric, int ward, double value) {}
    };
  }

  /** One final metric of a group over replicates 0..n-1. */
  static double[] replicates(Scenario s, int n, String metric, String group) {
    int mi = MetricNames.METRICS.indexOf(metric);
    int gi = MetricNames.GROUPS.indexOf(group);
    double[] x = new double[n];
    for (int r = 0; r < n; r++) x[r] = finalValues(s, r)[mi][gi];
    return x;
  }

  /** 95% confidence interval {low, high} of mean(a) - mean(b) (Welch). */
  static double[] differenceInterval(double[] a, double[] b) {
    SummaryStatistics sa = stats(a);
    SummaryStatistics sb = stats(b);
    double va = sa.getVariance() / a.length;
    double vb = sb.getVariance() / b.length;
    double se = Math.sqrt(va + vb);
    double df =
        se == 0
            ? a.length + b.length - 2
            : Math.pow(va + vb, 2) / (va * va / (a.length - 1) + vb * vb / (b.length - 1));
    double t = new TDistribution(Math.max(1, df)).inverseCumulativeProbability(0.975);
    double d = sa.getMean() - sb.getMean();
    return new double[] {d - t * se, d + t * se};
  }

  static SummaryStatistics stats(double[] x) {
    SummaryStatistics s = new SummaryStatistics();
    for (double v : x) s.addValue(v);
    return s;
  }
}
