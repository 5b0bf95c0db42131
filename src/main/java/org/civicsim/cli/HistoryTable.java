package org.civicsim.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.civicsim.history.History;
import org.civicsim.history.Measure;
import org.civicsim.history.Measures;
import org.civicsim.history.Observation;
import org.civicsim.history.Years;
import org.civicsim.report.MeanInterval;

/**
 * The table the history command prints: measure by measure, the model's mean and 95% interval, the
 * observed figure with its band and source, and IN or OUT as the mean falls in the band or not;
 * fitting targets first, then checks.
 */
final class HistoryTable {
  private HistoryTable() {}

  static void print(PrintStream out, String scenario, History.Comparison c) {
    if (c.predictive()) {
      out.printf(
          Locale.ROOT,
          "%s over posterior draws: %d replicates in all, weeks 0-%d (April 2010 to %s). Model:"
              + " mean [90%% posterior predictive interval, over the replicates].%n"
              + "IN: the predictive interval meets the observed band; OUT: it does not.%n",
          scenario,
          c.replicates(),
          c.lastStep(),
          weekName(c.lastStep()));
    } else {
      out.printf(
          Locale.ROOT,
          "%s: %d replicate%s, weeks 0-%d (April 2010 to %s). Model: mean [95%% interval]%s.%n"
              + "IN: the model's mean lies in the observed band; OUT: it does not.%n",
          scenario,
          c.replicates(),
          c.replicates() == 1 ? "" : "s",
          c.lastStep(),
          weekName(c.lastStep()),
          c.replicates() == 1 ? " (one replicate: the interval is the value itself)" : "");
    }
    for (Observation.Use use : Observation.Use.values()) {
      List<List<String>> rows = new ArrayList<>();
      rows.add(List.of("measure", "year", "model", "observed [band]", "", "source"));
      int in = 0;
      int missing = 0;
      int n = 0;
      for (History.Row row : c.rows()) {
        Observation o = row.observed();
        if (o.use() != use) {
          continue;
        }
        n++;
        Measure m = Measures.resolve(o.measure());
        String model;
        String verdict;
        if (row.model() == null) {
          model = "n/a (" + row.missing() + ")";
          verdict = "";
          missing++;
        } else {
          model =
              estimate(m, row.model())
                  + (row.beyondRun(c.lastStep()) ? " at week " + row.step() : "");
          verdict = row.inside() ? "IN" : "OUT";
          in += row.inside() ? 1 : 0;
        }
        rows.add(
            List.of(
                o.measure(),
                Years.label(o.year()),
                model,
                value(m, o.value())
                    + " ["
                    + value(m, o.bandLow())
                    + ", "
                    + value(m, o.bandHigh())
                    + "]",
                verdict,
                o.source()));
      }
      out.println();
      out.printf(
          Locale.ROOT,
          "%s: %s (%d figures: %d IN, %d OUT, %d n/a)%n",
          use.label(),
          use == Observation.Use.FIT
              ? "starting levels, gradients and budget paths the model is fitted to"
              : "what happened over the decade, reported and never tuned to",
          n,
          in,
          n - in - missing,
          missing);
      printRows(out, rows);
    }
  }

  private static String weekName(int week) {
    int months = Math.round(week * 12f / Years.WEEKS);
    String[] names = {
      "April",
      "May",
      "June",
      "July",
      "August",
      "September",
      "October",
      "November",
      "December",
      "January",
      "February",
      "March"
    };
    int year = Years.START + (months + 3) / 12;
    return names[months % 12] + " " + year;
  }

  private static void printRows(PrintStream out, List<List<String>> rows) {
    int[] widths = new int[rows.get(0).size()];
    for (List<String> row : rows) {
      for (int k = 0; k < row.size(); k++) {
        widths[k] = Math.max(widths[k], row.get(k).length());
      }
    }
    for (List<String> row : rows) {
      StringBuilder b = new StringBuilder(" ");
      for (int k = 0; k < row.size(); k++) {
        String cell = row.get(k);
        b.append(' ').append(cell);
        if (k < row.size() - 1) {
          b.append(" ".repeat(widths[k] - cell.length()));
        }
      }
      out.println(b.toString().stripTrailing());
    }
  }

  private static String estimate(Measure m, MeanInterval i) {
    if (i.n() == 1) {
      return value(m, i.mean());
    }
    return value(m, i.mean()) + " [" + value(m, i.low()) + ", " + value(m, i.high()) + "]";
  }

  private static String value(Measure m, double x) {
    return m.percent()
        ? String.format(Locale.ROOT, "%.1f%%", 100 * x)
        : String.format(Locale.ROOT, "%.3f", x);
  }
}
