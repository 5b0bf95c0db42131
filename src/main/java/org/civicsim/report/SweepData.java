package org.civicsim.report;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.civicsim.io.ResultFiles;

/**
 * A sweep read back from its folder (the one holding runs.csv): for every design point, the value
 * of each varied parameter and each metric's value per replicate at the last recorded week. The
 * sweep's metrics.csv is the run's long format with a {@code point} column and one column per
 * varied key; columns the report does not know are taken as varied keys.
 */
public final class SweepData {
  /** Columns of a sweep's metrics.csv that are not varied parameters. */
  static final Set<String> KNOWN =
      Set.of("scenario", "run", "point", "replicate", "seed", "step", "metric", "group", "value");

  private final Path folder;
  private final List<String> parameters;
  private final List<String> points;
  // parameter -> its value at each point (NaN where it is not a number)
  private final Map<String, double[]> parameterValues;
  // "metric/group" -> for each point, the value of each replicate at its last week
  private final Map<String, List<double[]>> finals;
  private final int lastStep;

  private SweepData(
      Path folder,
      List<String> parameters,
      List<String> points,
      Map<String, double[]> parameterValues,
      Map<String, List<double[]>> finals,
      int lastStep) {
    this.folder = folder;
    this.parameters = parameters;
    this.points = points;
    this.parameterValues = parameterValues;
    this.finals = finals;
    this.lastStep = lastStep;
  }

  /** Whether {@code folder} holds a sweep (its runs.csv). */
  public static boolean isSweep(Path folder) {
    return ResultFiles.isSweep(folder);
  }

  /**
   * Reads the sweep in {@code folder}, keeping only each replicate's last recorded week, so that
   * sweeps of many points fit in memory.
   */
  public static SweepData read(Path folder) throws IOException {
    Path metrics = folder.resolve(ResultFiles.METRICS);
    if (!Files.isRegularFile(metrics)) {
      throw new IOException(folder + " holds runs.csv but no metrics.csv");
    }
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    // point -> replicate -> "metric/group" -> (step, value) of the latest step seen
    Map<String, Map<String, Map<String, double[]>>> latest = new TreeMap<>(SweepData::byNumber);
    Map<String, Map<String, String>> paramsOf = new LinkedHashMap<>();
    List<String> parameters = new ArrayList<>();
    int lastStep = Integer.MIN_VALUE;
    try (Reader in = Files.newBufferedReader(metrics, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.parse(in, format)) {
      for (String column : List.of("point", "replicate", "step", "metric", "group", "value")) {
        if (!parser.getHeaderMap().containsKey(column)) {
          throw new IOException(
              metrics + " has no column '" + column + "' (a sweep's metrics.csv)");
        }
      }
      for (String column : parser.getHeaderNames()) {
        if (!KNOWN.contains(column)) {
          parameters.add(column);
        }
      }
      for (CSVRecord r : parser) {
        String point = r.get("point");
        int step = Integer.parseInt(r.get("step"));
        lastStep = Math.max(lastStep, step);
        Map<String, double[]> byKey =
            latest
                .computeIfAbsent(point, p -> new TreeMap<>(SweepData::byNumber))
                .computeIfAbsent(r.get("replicate"), x -> new LinkedHashMap<>());
        String key = r.get("metric") + "/" + r.get("group");
        double[] seen = byKey.get(key);
        if (seen == null || step >= seen[0]) {
          byKey.put(key, new double[] {step, Double.parseDouble(r.get("value"))});
        }
        if (!paramsOf.containsKey(point)) {
          Map<String, String> values = new LinkedHashMap<>();
          for (String p : parameters) {
            values.put(p, r.get(p));
          }
          paramsOf.put(point, values);
        }
      }
    }
    if (latest.isEmpty()) {
      throw new IOException(metrics + " holds no rows");
    }
    List<String> points = new ArrayList<>(latest.keySet());
    Map<String, double[]> parameterValues = new LinkedHashMap<>();
    for (String p : parameters) {
      double[] v = new double[points.size()];
      for (int i = 0; i < points.size(); i++) {
        v[i] = number(paramsOf.get(points.get(i)).get(p));
      }
      parameterValues.put(p, v);
    }
    Map<String, List<double[]>> finals = new LinkedHashMap<>();
    for (int i = 0; i < points.size(); i++) {
      Map<String, Map<String, double[]>> reps = latest.get(points.get(i));
      List<String> replicates = new ArrayList<>(reps.keySet());
      for (int k = 0; k < replicates.size(); k++) {
        for (Map.Entry<String, double[]> e : reps.get(replicates.get(k)).entrySet()) {
          List<double[]> perPoint = finals.computeIfAbsent(e.getKey(), x -> new ArrayList<>());
          while (perPoint.size() <= i) {
            perPoint.add(new double[replicates.size()]);
          }
          perPoint.get(i)[k] = e.getValue()[1];
        }
      }
    }
    return new SweepData(folder, parameters, points, parameterValues, finals, lastStep);
  }

  private static int byNumber(String a, String b) {
    try {
      return Long.compare(Long.parseLong(a), Long.parseLong(b));
    } catch (NumberFormatException e) {
      return a.compareTo(b);
    }
  }

  private static double number(String s) {
    if (s == null) {
      return Double.NaN;
    }
    try {
      return Double.parseDouble(s);
    } catch (NumberFormatException e) {
      return switch (s.trim().toLowerCase(java.util.Locale.ROOT)) {
        case "true" -> 1;
        case "false" -> 0;
        default -> Double.NaN;
      };
    }
  }

  /** The sweep's folder. */
  public Path folder() {
    return folder;
  }

  /** The varied parameters (dotted scenario keys), in the order of the columns. */
  public List<String> parameters() {
    return parameters;
  }

  /** The design points' ids, in order. */
  public List<String> points() {
    return points;
  }

  /** The last recorded week. */
  public int lastStep() {
    return lastStep;
  }

  /** The value of {@code parameter} at each point (NaN where it is not a number). */
  public double[] parameterValues(String parameter) {
    return parameterValues.get(parameter).clone();
  }

  /** The mean and 95% interval over replicates of {@code metric} for {@code group}, per point. */
  public MeanInterval[] finalByPoint(String metric, String group) {
    List<double[]> perPoint = finals.get(metric + "/" + group);
    MeanInterval[] out = new MeanInterval[points.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] =
          perPoint == null || i >= perPoint.size()
              ? new MeanInterval(Double.NaN, Double.NaN, Double.NaN, 0)
              : MeanInterval.of(perPoint.get(i));
    }
    return out;
  }

  /** The sensitivity indices of sensitivity.csv, when the sweep computed them, else null. */
  public Sensitivity sensitivity() throws IOException {
    Path file = folder.resolve(ResultFiles.SENSITIVITY);
    return Files.isRegularFile(file) ? Sensitivity.read(file) : null;
  }
}
