package org.civicsim.batch;

import java.io.IOException;
import java.io.Writer;
import org.civicsim.io.Csv;
import org.civicsim.io.ResultFiles;
import org.civicsim.metrics.BootstrapInterval;
import org.civicsim.metrics.MetricNames;
import org.civicsim.metrics.MorrisEffects;
import org.civicsim.metrics.SobolIndices;
import org.civicsim.model.Seeds;
import org.civicsim.scenario.Numbers;
import org.civicsim.scenario.Sweep;

/**
 * A Sobol or Morris sweep's sensitivity indices for every metric and group, from each design
 * point's final-step mean over its replicates: {@code sensitivity.csv}, in long form {@code
 * metric,group,parameter,index,value,ci_low,ci_high,n} with the indices {@code S1} and {@code ST}
 * (Sobol) or {@code mu}, {@code mu_star} and {@code sigma} (Morris), 95% bootstrap intervals and
 * the number of Saltelli blocks or Morris trajectories behind them. Empty cells where an index does
 * not exist (an output that never varies, a group with no members).
 */
final class SweepSensitivity {
  private static final int GROUPS = MetricNames.GROUPS.size();

  private final Sweep sweep;
  private final double[][] means;

  /** The bootstrap's seed, derived from the sweep seed so that the file is reproducible. */
  private final long seed;

  SweepSensitivity(Sweep sweep, double[][] means) {
    this.sweep = sweep;
    this.means = means;
    this.seed = Seeds.mix(sweep.seed() ^ 0x5EB5_1717_7ECB_0077L);
  }

  static boolean applies(Sweep sweep) {
    return sweep.design().equals("sobol") || sweep.design().equals("morris");
  }

  void write(Writer w) throws IOException {
    w.write(ResultFiles.SENSITIVITY_HEADER + "\n");
    int k = sweep.varied().size();
    double[][] units = new double[means.length][];
    for (int p = 0; p < units.length; p++) {
      units[p] = sweep.unit(p);
    }
    double[] y = new double[means.length];
    StringBuilder row = new StringBuilder(160);
    for (int m = 0; m < MetricNames.METRICS.size(); m++) {
      for (int g = 0; g < GROUPS; g++) {
        for (int p = 0; p < y.length; p++) {
          y[p] = means[p][m * GROUPS + g];
        }
        String prefix = MetricNames.METRICS.get(m) + "," + MetricNames.GROUPS.get(g) + ",";
        if (sweep.design().equals("sobol")) {
          SobolIndices.Result r = SobolIndices.estimate(y, k, SweepAssembler.RESAMPLES, seed);
          for (int i = 0; i < k; i++) {
            row(w, row, prefix, i, "S1", r.first()[i], r.n());
            row(w, row, prefix, i, "ST", r.total()[i], r.n());
          }
        } else {
          MorrisEffects.Result r =
              MorrisEffects.estimate(y, units, k, SweepAssembler.RESAMPLES, seed);
          for (int i = 0; i < k; i++) {
            row(w, row, prefix, i, "mu", r.mu()[i], r.n());
            row(w, row, prefix, i, "mu_star", r.muStar()[i], r.n());
            row(w, row, prefix, i, "sigma", r.sigma()[i], r.n());
          }
        }
      }
    }
  }

  private void row(
      Writer w,
      StringBuilder row,
      String prefix,
      int factor,
      String index,
      BootstrapInterval v,
      int n)
      throws IOException {
    row.setLength(0);
    row.append(prefix).append(Csv.field(sweep.varied().get(factor))).append(',').append(index);
    cell(row, v.value());
    cell(row, v.low());
    cell(row, v.high());
    row.append(',').append(n).append('\n');
    w.append(row);
  }

  private static void cell(StringBuilder row, double value) {
    row.append(',');
    if (Double.isFinite(value)) {
      Numbers.append(row, value);
    }
  }
}
