package org.civicsim.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.civicsim.batch.FinalStepSummary;
import org.civicsim.io.Estimate;
import org.civicsim.metrics.MetricNames;
import org.civicsim.scenario.Scenario;

/**
 * The table printed after a run: at the final week, the mean over replicates and the half-width of
 * its 95% confidence interval for the headline metrics, by income quintile and overall.
 */
final class ResultTable {
  static final List<Integer> METRICS =
      List.of(
          MetricNames.PARTICIPATION_FORMAL,
          MetricNames.PARTICIPATION_CIVIC,
          MetricNames.PARTICIPATION_ANY,
          MetricNames.VOICE_SHARE,
          MetricNames.COVERAGE);
  static final List<String> GROUPS = List.of("q1", "q2", "q3", "q4", "q5", "all");

  private ResultTable() {}

  static void print(PrintStream out, Scenario scenario, FinalStepSummary summary) {
    out.printf(
        Locale.ROOT,
        "%s: %d replicate%s of %d weeks, seed %d. At week %d, mean%s:%n",
        scenario.name(),
        scenario.replicates(),
        scenario.replicates() == 1 ? "" : "s",
        scenario.steps(),
        scenario.seed(),
        scenario.steps(),
        scenario.replicates() > 1 ? " +- 95% CI half-width" : "");
    List<List<String>> rows = new ArrayList<>();
    List<String> header = new ArrayList<>();
    header.add("group");
    for (int m : METRICS) {
      header.add(MetricNames.METRICS.get(m));
    }
    rows.add(header);
    for (String group : GROUPS) {
      int g = MetricNames.GROUPS.indexOf(group);
      List<String> row = new ArrayList<>();
      row.add(group);
      for (int m : METRICS) {
        row.add(cell(summary.estimate(m, g)));
      }
      rows.add(row);
    }
    columns(out, rows);
  }

  /** {@code rows} in columns two spaces apart, each as wide as its widest cell, left-aligned. */
  static void columns(PrintStream out, List<List<String>> rows) {
    int[] widths = new int[rows.get(0).size()];
    for (List<String> row : rows) {
      for (int c = 0; c < row.size(); c++) {
        widths[c] = Math.max(widths[c], row.get(c).length());
      }
    }
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < row.size(); c++) {
        if (c > 0) {
          line.append("  ");
        }
        String text = row.get(c);
        line.append(text).append(" ".repeat(widths[c] - text.length()));
      }
      out.println(line.toString().stripTrailing());
    }
  }

  /** {@code 0.254 +- 0.012}, or the mean alone with one replicate. */
  static String cell(Estimate e) {
    String mean = String.format(Locale.ROOT, "%.3f", e.mean());
    if (Double.isNaN(e.halfWidth())) {
      return mean;
    }
    return mean + " +- " + String.format(Locale.ROOT, "%.3f", e.halfWidth());
  }
}
