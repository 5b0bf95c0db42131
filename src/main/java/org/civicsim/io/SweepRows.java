package org.civicsim.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.civicsim.metrics.MetricNames;
import org.civicsim.metrics.MetricSink;
import org.civicsim.scenario.Numbers;

/**
 * Writes one sweep run's rows of {@code metrics.csv} into its part: the run's prefix (scenario,
 * run, point, replicate, seed and varied values) then step, metric, group and value; the final week
 * only ({@code only} the final step), or every recorded week ({@code only} negative).
 */
public final class SweepRows implements MetricSink {
  private final String prefix;
  private final Writer out;
  private final int only;
  private final StringBuilder row = new StringBuilder(160);

  /** Rows of the run described by {@code prefix} (CSV cells each followed by a comma). */
  public SweepRows(String prefix, Writer out, int only) {
    this.prefix = prefix;
    this.out = out;
    this.only = only;
  }

  @Override
  public void group(int step, int metric, int group, double value) {
    if (only >= 0 && step != only) {
      return;
    }
    row.setLength(0);
    row.append(prefix)
        .append(step)
        .append(',')
        .append(MetricNames.METRICS.get(metric))
        .append(',')
        .append(MetricNames.GROUPS.get(group))
        .append(',');
    Numbers.append(row, value).append('\n');
    try {
      out.append(row);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void ward(int step, int metric, int ward, double value) {}
}
