package org.civicsim.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.civicsim.metrics.MetricNames;
import org.civicsim.metrics.MetricSink;
import org.civicsim.model.pb.Election;
import org.civicsim.scenario.Numbers;

/**
 * Writes one replicate's recorded metrics as rows of {@code metrics.csv} and {@code
 * metrics-wards.csv}, its spend by budget line as rows of {@code spend.csv} and its final Lorenz
 * curve of voice as rows of {@code voice-lorenz.csv} (all without their headers), straight to the
 * given writers so that no rows are held in memory.
 */
public final class MetricRowWriter implements MetricSink {
  private final String prefix;
  private final int replicate;
  private final Writer groups;
  private final Writer wards;
  private final Writer spend;
  private final Writer lorenz;
  private final Writer services;
  private final Writer places;
  private final Writer councils;
  private final Writer pb;
  private final Path ballots;
  private final StringBuilder row = new StringBuilder(128);
  private char[] chars = new char[128];

  /**
   * Rows for replicate {@code replicate} (0-based) of scenario {@code scenario}, run with seed
   * {@code seed}; {@code wards} may be null when ward rows are not recorded.
   */
  public MetricRowWriter(String scenario, int replicate, long seed, Writer groups, Writer wards) {
    this(scenario, replicate, seed, groups, wards, null, null, null, null, null, null, null);
  }

  /**
   * As {@link #MetricRowWriter(String, int, long, Writer, Writer)}, also writing spend by line, the
   * Lorenz curve of voice and the rows of {@code services.csv}, {@code places.csv}, {@code
   * metrics-councils.csv} and {@code pb.csv}, and, when {@code ballots} is not null, every
   * participatory-budgeting vote as a Pabulib file in that folder, named by council, week, ward (or
   * borough) and replicate; any writer may be null.
   */
  public MetricRowWriter(
      String scenario,
      int replicate,
      long seed,
      Writer groups,
      Writer wards,
      Writer spend,
      Writer lorenz,
      Writer services,
      Writer places,
      Writer councils,
      Writer pb,
      Path ballots) {
    this.replicate = replicate;
    this.pb = pb;
    this.ballots = ballots;
    this.prefix = Csv.field(scenario) + ',' + replicate + ',' + seed + ',';
    this.groups = groups;
    this.wards = wards;
    this.spend = spend;
    this.lorenz = lorenz;
    this.services = services;
    this.places = places;
    this.councils = councils;
  }

  @Override
  public void pbProject(
      int step, String council, int ward, String project, long cost, int votes, boolean selected) {
    if (pb != null) {
      row.setLength(0);
      row.append(prefix).append(step).append(',').append(Csv.field(council)).append(',');
      row.append(ward).append(',').append(Csv.field(project)).append(',').append(cost).append(',');
      row.append(votes).append(',').append(selected).append('\n');
      flush(pb);
    }
  }

  @Override
  public void pbElection(int step, String council, String unit, Election election) {
    if (ballots == null) {
      return;
    }
    String name =
        String.format(
            Locale.ROOT,
            "%s-week%d-%s-r%d.pb",
            council.replaceAll("[^A-Za-z0-9._-]", "_"),
            step,
            unit,
            replicate);
    try {
      Files.createDirectories(ballots);
      Pabulib.write(ballots.resolve(name), PabulibFile.of(election));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void service(int step, String council, String service, String measure, double value) {
    if (services != null) {
      row.setLength(0);
      row.append(prefix).append(step).append(',').append(Csv.field(council)).append(',');
      row.append(service).append(',').append(measure).append(',');
      Numbers.append(row, value).append('\n');
      flush(services);
    }
  }

  @Override
  public void place(String council, int councilDecile, int ward, int wardDecile, int residents) {
    if (places != null) {
      row.setLength(0);
      row.append(prefix).append(Csv.field(council)).append(',').append(councilDecile).append(',');
      row.append(ward).append(',').append(wardDecile).append(',').append(residents).append('\n');
      flush(places);
    }
  }

  @Override
  public void council(int step, String metric, String council, double value) {
    if (councils != null) {
      row.setLength(0);
      row.append(prefix).append(step).append(',').append(metric).append(',');
      row.append(Csv.field(council)).append(',');
      Numbers.append(row, value).append('\n');
      flush(councils);
    }
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

  @Override
  public void spend(int step, String council, int line, double value) {
    if (spend != null) {
      row.setLength(0);
      row.append(prefix).append(step).append(',').append(Csv.field(council)).append(',');
      row.append(MetricNames.SPEND_LINES.get(line)).append(',');
      Numbers.append(row, value).append('\n');
      flush(spend);
    }
  }

  @Override
  public void voiceLorenz(int step, double populationShare, double voiceShare) {
    if (lorenz != null) {
      row.setLength(0);
      row.append(prefix);
      Numbers.append(row, populationShare).append(',');
      Numbers.append(row, voiceShare).append('\n');
      flush(lorenz);
    }
  }

  private void write(Writer out, int step, int metric, String where, double value) {
    row.setLength(0);
    row.append(prefix).append(step).append(',').append(MetricNames.METRICS.get(metric));
    row.append(',').append(where).append(',');
    Numbers.append(row, value).append('\n');
    flush(out);
  }

  private void flush(Writer out) {
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
