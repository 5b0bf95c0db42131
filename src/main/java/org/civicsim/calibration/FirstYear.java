package org.civicsim.calibration;

import static org.civicsim.metrics.MetricNames.*;

import java.util.Arrays;
import java.util.concurrent.Future;
import org.civicsim.batch.RunPool;
import org.civicsim.metrics.MetricSink;
import org.civicsim.metrics.Observer;
import org.civicsim.model.CivicModel;
import org.civicsim.model.Seeds;
import org.civicsim.scenario.Scenario;

/**
 * The first-year levels the baseline is calibrated against (CALIBRATION.md), averaged over the
 * weeks recorded in year 0 and over replicates: participation, its income gradients, and how
 * concentrated voice is (the share held by the third of residents with most voice: the "civic
 * core").
 */
public record FirstYear(
    double formal,
    double civic,
    double any,
    double civicQ1OverQ5,
    double formalQ1OverQ5,
    double topThirdVoice) {

  /** Runs {@code replicates} replicates of the scenario's first 52 weeks on {@code threads}. */
  public static FirstYear measure(Scenario s, int replicates, int threads) {
    try (RunPool pool = new RunPool(threads, "calibration-worker")) {
      Future<?>[] runs = new Future<?>[replicates];
      double[][] each = new double[replicates][];
      for (int r = 0; r < replicates; r++) {
        int rep = r;
        runs[r] = pool.submit(() -> each[rep] = one(s, rep));
      }
      for (Future<?> f : runs) RunPool.await(f);
      double[] mean = new double[8];
      for (double[] e : each) for (int k = 0; k < mean.length; k++) mean[k] += e[k] / replicates;
      return new FirstYear(
          mean[0], mean[1], mean[2], mean[3] / mean[4], mean[5] / mean[6], mean[7]);
    } catch (Exception e) {
      throw new IllegalStateException("calibration run failed", e);
    }
  }

  /** {formal, civic, any, civic q1, civic q5, formal q1, formal q5, top-third voice}. */
  private static double[] one(Scenario s, int r) {
    CivicModel m = new CivicModel(s, Seeds.replicate(s.seed(), r));
    m.start();
    Observer o = new Observer(m);
    double[] sum = new double[7];
    int[] points = {0};
    MetricSink sink =
        new MetricSink() {
          @Override
          public void group(int step, int metric, int group, double v) {
            if (group == ALL && metric == PARTICIPATION_FORMAL) sum[0] += v;
            if (group == ALL && metric == PARTICIPATION_CIVIC) sum[1] += v;
            if (group == ALL && metric == PARTICIPATION_ANY) sum[2] += v;
            if (group == quintileGroup(0) && metric == PARTICIPATION_CIVIC) sum[3] += v;
            if (group == quintileGroup(4) && metric == PARTICIPATION_CIVIC) sum[4] += v;
            if (group == quintileGroup(0) && metric == PARTICIPATION_FORMAL) sum[5] += v;
            if (group == quintileGroup(4) && metric == PARTICIPATION_FORMAL) sum[6] += v;
          }

          @Override
          public void ward(int step, int metric, int ward, double v) {}
        };
    for (int w = 1; w <= 52; w++) {
      m.schedule.step(m);
      if (w % 4 == 0) {
        o.observe(sink, false);
        points[0]++;
      }
    }
    double[] out = new double[8];
    for (int k = 0; k < 7; k++) out[k] = sum[k] / points[0];
    out[7] = topThirdShare(m.population().voice);
    m.finish();
    return out;
  }

  /** Share of all voice held by the third of residents with most of it. */
  public static double topThirdShare(float[] voice) {
    float[] v = voice.clone();
    Arrays.sort(v);
    double total = 0;
    double top = 0;
    int n = v.length;
    for (int i = 0; i < n; i++) {
      total += v[i];
      if (i >= n - n / 3) top += v[i];
    }
    return total > 0 ? top / total : 0;
  }
}
