package org.civicsim.io;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A run's {@code metrics.csv} read back whole: every metric of every group as [replicate][step
 * index], held while reading as compact columns (metric and group, replicate, step and value).
 */
public final class MetricSeries {
  private String scenario;
  private final Map<String, Integer> keys = new LinkedHashMap<>();
  private final List<String> keyNames = new ArrayList<>();
  private int size;
  private int[] key = new int[1 << 12];
  private int[] replicate = new int[1 << 12];
  private int[] step = new int[1 << 12];
  private double[] value = new double[1 << 12];
  private final TreeMap<Integer, Integer> stepIndex = new TreeMap<>();
  private final TreeMap<Integer, Integer> replicateIndex = new TreeMap<>();

  private MetricSeries() {}

  /** Reads {@code file}, keyed by metric and {@code keyColumn}; throws when it has no rows. */
  public static MetricSeries read(Path file, String keyColumn) throws IOException {
    MetricSeries rows = new MetricSeries();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser =
            CsvInput.parse(file, in, "replicate", "step", "metric", keyColumn, "value")) {
      for (CSVRecord r : parser) {
        if (rows.scenario == null && parser.getHeaderMap().containsKey("scenario")) {
          rows.scenario = r.get("scenario");
        }
        try {
          rows.add(
              r.get("metric") + "/" + r.get(keyColumn),
              Integer.parseInt(r.get("replicate")),
              Integer.parseInt(r.get("step")),
              Double.parseDouble(r.get("value")));
        } catch (NumberFormatException e) {
          throw CsvInput.notANumber(file, parser, e);
        }
      }
    }
    if (rows.size == 0) {
      throw new IOException(file + " holds no rows");
    }
    return rows;
  }

  /** The scenario named in the first row, or null when the file has no scenario column. */
  public String scenario() {
    return scenario;
  }

  private void add(String k, int rep, int t, double v) {
    if (size == key.length) {
      int n = size * 2;
      key = Arrays.copyOf(key, n);
      replicate = Arrays.copyOf(replicate, n);
      step = Arrays.copyOf(step, n);
      value = Arrays.copyOf(value, n);
    }
    Integer id = keys.get(k);
    if (id == null) {
      id = keys.size();
      keys.put(k, id);
      keyNames.add(k);
    }
    key[size] = id;
    replicate[size] = rep;
    step[size] = t;
    value[size] = v;
    size++;
    stepIndex.putIfAbsent(t, 0);
    replicateIndex.putIfAbsent(rep, 0);
  }

  /** The recorded steps, ascending. */
  public int[] steps() {
    return stepIndex.keySet().stream().mapToInt(Integer::intValue).toArray();
  }

  /** The number of replicates. */
  public int replicates() {
    return replicateIndex.size();
  }

  /** The replicates' numbers, ascending. */
  public int[] replicateIds() {
    return replicateIndex.keySet().stream().mapToInt(Integer::intValue).toArray();
  }

  private static Map<Integer, Integer> indexOf(TreeMap<Integer, Integer> m) {
    Map<Integer, Integer> out = new HashMap<>();
    int i = 0;
    for (Integer k : m.keySet()) {
      out.put(k, i++);
    }
    return out;
  }

  /** "metric/key" -> [replicate][step index] (NaN where not recorded), in the file's order. */
  public Map<String, double[][]> series() {
    Map<Integer, Integer> si = indexOf(stepIndex);
    Map<Integer, Integer> ri = indexOf(replicateIndex);
    double[][][] all = new double[keyNames.size()][ri.size()][si.size()];
    for (double[][] a : all) {
      for (double[] row : a) {
        Arrays.fill(row, Double.NaN);
      }
    }
    for (int i = 0; i < size; i++) {
      all[key[i]][ri.get(replicate[i])][si.get(step[i])] = value[i];
    }
    Map<String, double[][]> out = new LinkedHashMap<>();
    for (int k = 0; k < keyNames.size(); k++) {
      out.put(keyNames.get(k), all[k]);
    }
    return out;
  }
}
