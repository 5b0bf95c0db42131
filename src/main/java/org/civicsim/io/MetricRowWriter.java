package org.civicsim.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.civicsim.metrics.MetricNames;
import org.civicsim.metrics.MetricSink;

/**
 * Writes one replicate's recorded metrics as rows of {@code metrics.csv} and {@code
 * metrics-wards.csv} (without their headers), straight to the given writers so that no rows are
 * held in memory.
 */
public final class MetricRowWriter implements MetricSink {
  private final String prefix;
  private final Writer groups;
  private final Writer wards;
  private final StringBuilder row = new StringBuilder(128);
  private char[] chars = new char[128];

  /**
   * Rows for replicate {@code replicate} (0-based) of scenario {@code scenario}, run with seed
   * {@code seed}; {@code wards} may be null when ward rows are not recorded.
   */
  public MetricRowWriter(String scenario, int replicate, long seed, Writer groups, Writer wards) {
    this.prefix = Csv.field(scenario) + ',' + replicate + ',' + seed + ',';
    this.groups = groups;
    this.wards = wards;
  }

  @Override
  public void group(int step, int metric, int group, double value) {
    write(groups, step, metric, MetricNames.GROUPS.get(group), value);
  }

  @Override
  public void ward(int step, int metric, int ward, double value) {
    if (wards != null) {
      write(wards, step, metric, Integer.toString(ward), value);
    }
  }

  private void write(Writer out, int step, int metric, String where, double value) {
    row.setLength(0);
    row.append(prefix).append(step).append(',').append(MetricNames.METRICS.get(metric));
    row.append(',').append(where).append(',');
    Numbers.append(row, value).append('\n');
    int length = row.length();
    if (length > chars.length) {
      chars = new char[2 * length];
    }
    row.getChars(0, length, chars, 0);
    try {
      out.write(chars, 0, length);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
