package org.civicsim.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;

/**
 * The charts of council spend (GBP a week, summed over councils): one run's spend by budget line
 * with its CD workers, several runs' lines at the last week side by side, or council_spend over
 * time.
 */
final class SpendCharts {
  private final RunCharts charts;

  SpendCharts(RunCharts charts) {
    this.charts = charts;
  }

  /** A budget line's name as charts and reports show it. */
  static String lineLabel(String line) {
    return switch (line) {
      case "statutory" -> "Statutory care";
      case "discretionary" -> "Discretionary services";
      case "community_development" -> "Community development staff";
      case "grants" -> "Grants to groups";
      case "innovation_fund" -> "Innovation fund";
      case "credits" -> "Time credits";
      default -> line;
    };
  }

  /**
   * One run's council spend by budget line (summed over councils) over its CD workers. Lines are
   * drawn on two panels by size, so that grants and staff are not flattened against services: those
   * whose largest weekly spend is under a tenth of the largest line's go on the second. Lines with
   * no spend at all are left out and named in the caption.
   */
  JFreeChart spendByLine() {
    RunData r = charts.runs.get(0);
    List<String> lines = r.spendLines();
    double[] peak = new double[lines.size()];
    double largest = 0;
    for (int k = 0; k < lines.size(); k++) {
      for (MeanInterval b : r.spendBand(lines.get(k))) {
        if (!Double.isNaN(b.mean())) {
          peak[k] = Math.max(peak[k], Math.abs(b.mean()));
        }
      }
      largest = Math.max(largest, peak[k]);
    }
    List<ChartKinds.Line> big = new ArrayList<>();
    List<ChartKinds.Line> small = new ArrayList<>();
    List<String> none = new ArrayList<>();
    for (int k = 0; k < lines.size(); k++) {
      String line = lines.get(k);
      if (peak[k] == 0) {
        none.add(lineLabel(line).toLowerCase(java.util.Locale.ROOT));
        continue;
      }
      int colour = org.civicsim.metrics.MetricNames.SPEND_LINES.indexOf(line);
      ChartKinds.Line l =
          new ChartKinds.Line(
              lineLabel(line),
              OkabeIto.series(colour < 0 ? k : colour),
              r.steps(),
              r.spendBand(line),
              false);
      (peak[k] >= 0.1 * largest ? big : small).add(l);
    }
    List<String> axes = new ArrayList<>();
    List<List<ChartKinds.Line>> panels = new ArrayList<>();
    if (!big.isEmpty()) {
      axes.add(small.isEmpty() ? "Spend (GBP per week)" : "Large lines (GBP/week)");
      panels.add(big);
    }
    if (!small.isEmpty()) {
      axes.add("Small lines (GBP/week)");
      panels.add(small);
    }
    axes.add("CD workers");
    panels.add(
        List.of(
            RunCharts.line(r, "cd_workers", "all", "CD workers (people)", OkabeIto.BLACK, true)));
    List<Boolean> percent = new ArrayList<>();
    for (int i = 0; i < panels.size(); i++) {
      percent.add(false);
    }
    return ChartKinds.stacked(
        "Council spend by budget line and community-development workers",
        axes,
        percent,
        panels,
        charts.caption()
            + " Spend is summed over the councils; its lines add up to council_spend."
            + (none.isEmpty() ? "" : " No spend at all on " + String.join(", ", none) + "."));
  }

  /** Several charts.runs' spend on each budget line at the last recorded week, side by side. */
  JFreeChart spendLinesAtEnd() {
    org.jfree.data.category.DefaultCategoryDataset data =
        new org.jfree.data.category.DefaultCategoryDataset();
    List<String> lines = new ArrayList<>();
    for (RunData r : charts.runs) {
      for (String line : r.spendLines()) {
        if (!lines.contains(line)) {
          lines.add(line);
        }
      }
    }
    for (int i = 0; i < charts.runs.size(); i++) {
      RunData r = charts.runs.get(i);
      for (String line : lines) {
        double[][] v = r.spend(line);
        double[] last = new double[v.length];
        for (int k = 0; k < v.length; k++) {
          last[k] = v[k][v[k].length - 1];
        }
        double mean = MeanInterval.of(last).mean();
        data.addValue(Double.isNaN(mean) ? 0 : mean, charts.labels.get(i), lineLabel(line));
      }
    }
    return ChartKinds.bars(
        "Council spend by budget line at the last recorded week",
        "Budget line",
        "Mean spend (GBP per week)",
        data,
        charts.caption(
            "Bars: mean over replicates, spend summed over each run's councils; the 95% intervals"
                + " are in the report's table."));
  }

  /**
   * Several charts.runs' council spend (all lines together) over CD workers; spend by budget line
   * is drawn beside it at the last week ({@link #spendLinesAtEnd}), as six lines per run would not
   * be legible over time.
   */
  JFreeChart councilSpend() {
    List<ChartKinds.Line> spend = new ArrayList<>();
    List<ChartKinds.Line> workers = new ArrayList<>();
    for (int i = 0; i < charts.runs.size(); i++) {
      Color c = charts.single() ? OkabeIto.series(0) : OkabeIto.series(i);
      String who = charts.single() ? "" : charts.labels.get(i) + ": ";
      spend.add(
          RunCharts.line(
              charts.runs.get(i),
              "council_spend",
              "all",
              who + "spend, all lines (GBP per week)",
              c,
              false));
      workers.add(
          RunCharts.line(
              charts.runs.get(i),
              "cd_workers",
              "all",
              who + "CD workers",
              charts.single() ? OkabeIto.series(1) : c,
              true));
    }
    return ChartKinds.stacked(
        "Council spend and community-development workers",
        List.of("Spend (GBP per week)", "CD workers (people)"),
        List.of(false, false),
        List.of(spend, workers),
        charts.caption()
            + (charts.all(RunData::hasSpendByLine)
                ? " Spend is the total of all budget lines; see the chart of spend by line."
                : " Spend is the total of all budget lines: these results do not break it down"
                    + " by line (no spend.csv)."));
  }
}
