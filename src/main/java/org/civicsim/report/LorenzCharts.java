package org.civicsim.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYSeries;

/**
 * The Lorenz curves of voice at the final week: over residents (voice-lorenz.csv), or over wards
 * from their voice_share when a run has no residents' curve; shares 0-1 on both axes.
 */
final class LorenzCharts {
  private final RunCharts charts;

  LorenzCharts(RunCharts charts) {
    this.charts = charts;
  }

  /**
   * The residents' Lorenz curve of voice at the final week: for each run the mean over replicates
   * of the cumulative share of voice at each population share, with its 95% band, and the run's
   * voice_gini (mean and 95% interval over replicates) in the legend.
   */
  JFreeChart residentLorenz() {
    List<ChartKinds.Curve> curves = new ArrayList<>();
    for (int i = 0; i < charts.runs.size(); i++) {
      RunData r = charts.runs.get(i);
      double[][] v = r.lorenz();
      double[] x = r.lorenzShares();
      MeanInterval[] y = new MeanInterval[x.length];
      double[] column = new double[v.length];
      for (int k = 0; k < x.length; k++) {
        for (int rep = 0; rep < v.length; rep++) {
          column[rep] = v[rep][k];
        }
        y[k] = MeanInterval.of(column);
      }
      MeanInterval gini = MeanInterval.of(r.finalValues("voice_gini", "all"));
      String g =
          "Gini "
              + RunCharts.fmt(gini.mean())
              + (gini.hasInterval()
                  ? " [" + RunCharts.fmt(gini.low()) + ", " + RunCharts.fmt(gini.high()) + "]"
                  : "");
      boolean sameWeek =
          charts.runs.stream().allMatch(o -> o.finalStep() == charts.runs.get(0).finalStep());
      curves.add(
          new ChartKinds.Curve(
              (charts.single() ? "Residents" : charts.labels.get(i))
                  + (sameWeek ? "" : ", week " + r.finalStep())
                  + " ("
                  + g
                  + ")",
              OkabeIto.series(i),
              x,
              y));
    }
    return ChartKinds.lorenzBands(
        "Lorenz curve of residents' voice at week "
            + charts.runs.get(0).finalStep()
            + (charts.runs.stream().allMatch(o -> o.finalStep() == charts.runs.get(0).finalStep())
                ? ""
                : " (first run)"),
        curves,
        charts.caption(
            "Curves: mean over replicates of the cumulative share of voice at each population"
                + " share; bands: 95% confidence interval of the mean. Gini: voice_gini of all"
                + " residents, mean [95% interval] over replicates."));
  }

  /**
   * Lorenz curves of voice at the last recorded week over income quintiles (each a fifth of
   * residents) and, for one run, over wards: drawn for results without voice-lorenz.csv (written
   * before charts.runs recorded the residents' curve), where these coarser curves stand in for it,
   * and the caption gives the residents' Gini for comparison.
   */
  JFreeChart voiceLorenz() {
    List<XYSeries> curves = new ArrayList<>();
    List<Color> colours = new ArrayList<>();
    StringBuilder gini = new StringBuilder();
    for (int i = 0; i < charts.runs.size(); i++) {
      RunData r = charts.runs.get(i);
      String who = charts.single() ? "" : charts.labels.get(i) + ", ";
      double[] share = new double[RunCharts.QUINTILES.length];
      for (int q = 0; q < RunCharts.QUINTILES.length; q++) {
        share[q] = MeanInterval.of(r.finalValues("voice_share", RunCharts.QUINTILES[q])).mean();
      }
      double[] fifths = {1, 1, 1, 1, 1};
      Lorenz byQuintile = Lorenz.of(fifths, share);
      curves.add(
          series(
              who + "income quintiles (Gini " + RunCharts.fmt(byQuintile.gini()) + ")",
              byQuintile));
      colours.add(OkabeIto.series(charts.single() ? 0 : i));
      gini.append(gini.length() == 0 ? "" : "; ")
          .append(charts.single() ? "" : charts.labels.get(i) + " ")
          .append(RunCharts.fmt(MeanInterval.of(r.finalValues("voice_gini", "all")).mean()));
      if (charts.single()) {
        Lorenz byWard = wardLorenz(r);
        if (byWard != null) {
          curves.add(series("wards (Gini " + RunCharts.fmt(byWard.gini()) + ")", byWard));
          colours.add(OkabeIto.series(1));
        }
      }
    }
    return ChartKinds.lorenz(
        "Lorenz curve of voice at week "
            + charts.runs.get(0).finalStep()
            + ", by quintile"
            + (charts.single() ? " and ward" : ""),
        curves,
        colours,
        charts.caption()
            + " Curves over groups of residents (mean voice share over replicates): without"
            + " voice-lorenz.csv the residents' own curve cannot be drawn, and these understate"
            + " inequality; the residents' voice_gini is "
            + gini
            + ".");
  }

  /** The Lorenz curve over wards from per-ward voice_share (averaged over replicates), or null. */
  static Lorenz wardLorenz(RunData r) {
    double[][] wards = r.wardsAtEnd("voice_share");
    double[] pop = r.wardPopulation();
    if (wards == null || wards.length == 0 || pop == null || pop.length != wards[0].length) {
      return null;
    }
    double[] mean = new double[pop.length];
    double[] column = new double[wards.length];
    for (int w = 0; w < pop.length; w++) {
      for (int k = 0; k < wards.length; k++) {
        column[k] = wards[k][w];
      }
      mean[w] = MeanInterval.of(column).mean();
    }
    return Lorenz.of(pop, mean);
  }

  private static XYSeries series(String name, Lorenz l) {
    XYSeries s = new XYSeries(name, false, true);
    for (int k = 0; k < l.residents().length; k++) {
      s.add(100 * l.residents()[k], 100 * l.voice()[k]);
    }
    return s;
  }
}
