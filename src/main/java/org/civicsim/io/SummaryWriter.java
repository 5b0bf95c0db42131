package org.civicsim.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.BiFunction;
import org.civicsim.metrics.MetricNames;

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
    String name = Csv.field(scenario);
    AtomicFile.write(
        target,
        out -> {
          out.write(ResultFiles.SUMMARY_HEADER);
          out.write('\n');
          StringBuilder row = new StringBuilder(128);
          for (int m = 0; m < MetricNames.METRICS.size(); m++) {
            for (int g = 0; g < MetricNames.GROUPS.size(); g++) {
              Estimate e = estimates.apply(m, g);
              row.setLength(0);
              row.append(name).append(',').append(MetricNames.METRICS.get(m));
              row.append(',').append(MetricNames.GROUPS.get(g));
              cell(row, e.mean());
              cell(row, e.sd());
              cell(row, e.ciLow());
              cell(row, e.ciHigh());
              row.append(',').append(e.n()).append('\n');
              out.append(row);
            }
          }
        });
  }

  private static void cell(StringBuilder row, double value) {
    row.append(',');
    if (!Double.isNaN(value)) {
      Numbers.append(row, value);
    }
  }
}
