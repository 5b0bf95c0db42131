package org.civicsim.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.function.BiFunction;
import org.civicsim.metrics.MetricNames;
import org.civicsim.scenario.Numbers;

/**
 * Writes {@code summary.csv}: one row per metric and group at the final step, in the order of
 * {@link MetricNames#METRICS} and {@link MetricNames#GROUPS}; undefined statistics (a standard
 * deviation or interval from one replicate) are left empty.
 */
public final class SummaryWriter {
  private SummaryWriter() {}

  /** Writes the file atomically; {@code estimates} gives the statistic of (metric, group). */
  public static void write(
      Path target, String scenario, BiFunction<Integer, Integer, Estimate> estimates)
      throws IOException {
    String prefix = Csv.field(scenario) + ",";
    AtomicFile.write(
        target,
        out -> {
          out.write(ResultFiles.SUMMARY_HEADER);
          out.write('\n');
          rows(out, prefix, estimates);
        });
  }

  /**
   * Writes one row per metric and group, each starting with {@code prefix} (the cells before the
   * metric, each followed by a comma): a run's scenario, or a sweep's scenario, point and values.
   */
  public static void rows(
      Writer out, String prefix, BiFunction<Integer, Integer, Estimate> estimates)
      throws IOException {
    StringBuilder row = new StringBuilder(160);
    for (int m = 0; m < MetricNames.METRICS.size(); m++) {
      for (int g = 0; g < MetricNames.GROUPS.size(); g++) {
        Estimate e = estimates.apply(m, g);
        row.setLength(0);
        row.append(prefix).append(MetricNames.METRICS.get(m));
        row.append(',').append(MetricNames.GROUPS.get(g));
        cell(row, e.mean());
        cell(row, e.sd());
        cell(row, e.ciLow());
        cell(row, e.ciHigh());
        row.append(',').append(e.n()).append('\n');
        out.append(row);
      }
    }
  }

  private static void cell(StringBuilder row, double value) {
    row.append(',');
    if (!Double.isNaN(value)) {
      Numbers.append(row, value);
    }
  }
}
