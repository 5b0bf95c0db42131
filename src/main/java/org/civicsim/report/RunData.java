package org.civicsim.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.civicsim.metrics.MetricNames;

/**
 * One finished run read back from its folder: every metric for every group, replicate and recorded
 * week (metrics.csv), the per-ward values at the last recorded week (metrics-wards.csv, when
 * present), council spend by budget line summed over councils (spend.csv, when present), the
 * residents' Lorenz curves of voice at the final week (voice-lorenz.csv, when present), and the
 * scenario name and seed (manifest.json). Values are in the metric's own units (shares 0-1, hours,
 * pounds, counts).
 */
public final class RunData {
  private final Path folder;
  private final String scenario;
  private final String seed;
  private final int[] steps;
  private final int replicates;
  private final Map<String, double[][]> series; // "metric/group" -> [replicate][step index]
  private final Map<String, double[][]> wardsFinal; // metric -> [replicate][ward]
  private final double[] wardPopulation; // null when the manifest does not say
  private Map<String, double[][]> spend = Map.of(); // line -> [replicate][step index]
  private double[] lorenzShares; // population shares of the Lorenz points, null without the file
  private double[][] lorenz; // [replicate][point], cumulative share of voice

  private RunData(
      Path folder,
      String scenario,
      String seed,
      int[] steps,
      int replicates,
      Map<String, double[][]> series,
      Map<String, double[][]> wardsFinal,
      double[] wardPopulation) {
    this.folder = folder;
    this.scenario = scenario;
    this.seed = seed;
    this.steps = steps;
    this.replicates = replicates;
    this.series = series;
    this.wardsFinal = wardsFinal;
    this.wardPopulation = wardPopulation;
  }

  /** Whether {@code folder} holds a run's results (a metrics.csv without a sweep's runs.csv). */
  public static boolean isRun(Path folder) {
    return Files.isRegularFile(folder.resolve("metrics.csv"))
        && !Files.exists(folder.resolve("runs.csv"));
  }

  /** Reads the run in {@code folder}; throws when its metrics.csv is missing or malformed. */
  public static RunData read(Path folder) throws IOException {
    Path metrics = folder.resolve("metrics.csv");
    if (!Files.isRegularFile(metrics)) {
      throw new IOException(folder + " holds no metrics.csv: not a run folder");
    }
    JsonNode manifest = readManifest(folder.resolve("manifest.json"));
    Rows rows = Rows.read(metrics, "group");
    String scenario = rows.scenario;
    String seed = null;
    if (manifest != null) {
      if (manifest.hasNonNull("scenario_name")) {
        scenario = manifest.get("scenario_name").asText();
      }
      if (manifest.hasNonNull("seed")) {
        seed = manifest.get("seed").asText();
      }
    }
    Map<String, double[][]> wardsFinal = Map.of();
    Path wards = folder.resolve("metrics-wards.csv");
    if (Files.isRegularFile(wards)) {
      wardsFinal = Map.of(WARD_VOICE, wardsAtLastStep(wards, WARD_VOICE));
    }
    RunData run =
        new RunData(
            folder,
            scenario == null ? folder.getFileName().toString() : scenario,
            seed,
            rows.steps(),
            rows.replicates(),
            rows.series(),
            wardsFinal,
            wardPopulation(manifest));
    int[] replicateIds = rows.replicateIds();
    Path spend = folder.resolve("spend.csv");
    if (Files.isRegularFile(spend)) {
      run.spend = readSpend(spend, run.steps, replicateIds);
    }
    Path lorenz = folder.resolve("voice-lorenz.csv");
    if (Files.isRegularFile(lorenz)) {
      run.readLorenz(lorenz, replicateIds);
    }
    return run;
  }

  /**
   * Spend by budget line from spend.csv, summed over the councils, [replicate][step index] in GBP a
   * week; lines in the model's order. Weeks and replicates missing from metrics.csv are skipped.
   */
  static Map<String, double[][]> readSpend(Path file, int[] steps, int[] replicateIds)
      throws IOException {
    Map<String, double[][]> out = new LinkedHashMap<>();
    for (String line : MetricNames.SPEND_LINES) {
      out.put(line, null);
    }
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = parse(file, in, "replicate", "step", "line", "value")) {
      for (CSVRecord r : parser) {
        int rep;
        int step;
        double value;
        try {
          rep = Arrays.binarySearch(replicateIds, Integer.parseInt(r.get("replicate")));
          step = Arrays.binarySearch(steps, Integer.parseInt(r.get("step")));
          value = Double.parseDouble(r.get("value"));
        } catch (NumberFormatException e) {
          throw new IOException(
              file
                  + " line "
                  + parser.getCurrentLineNumber()
                  + ": not a number: "
                  + e.getMessage());
        }
        if (rep < 0 || step < 0) {
          continue;
        }
        double[][] v = out.get(r.get("line"));
        if (v == null) {
          v = new double[replicateIds.length][steps.length];
          for (double[] row : v) {
            Arrays.fill(row, Double.NaN);
          }
          out.put(r.get("line"), v);
        }
        v[rep][step] = Double.isNaN(v[rep][step]) ? value : v[rep][step] + value;
      }
    }
    out.values().removeIf(java.util.Objects::isNull);
    return out;
  }

  /** Reads voice-lorenz.csv: the same population shares for every replicate, in order. */
  private void readLorenz(Path file, int[] replicateIds) throws IOException {
    Map<Integer, List<double[]>> points = new TreeMap<>();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = parse(file, in, "replicate", "population_share", "voice_share")) {
      for (CSVRecord r : parser) {
        try {
          points
              .computeIfAbsent(Integer.parseInt(r.get("replicate")), k -> new ArrayList<>())
              .add(
                  new double[] {
                    Double.parseDouble(r.get("population_share")),
                    Double.parseDouble(r.get("voice_share"))
                  });
        } catch (NumberFormatException e) {
          throw new IOException(
              file
                  + " line "
                  + parser.getCurrentLineNumber()
                  + ": not a number: "
                  + e.getMessage());
        }
      }
    }
    if (points.isEmpty()) {
      return;
    }
    List<double[]> first = points.values().iterator().next();
    double[] shares = first.stream().mapToDouble(p -> p[0]).toArray();
    double[][] curves = new double[points.size()][];
    int k = 0;
    for (Map.Entry<Integer, List<double[]>> e : points.entrySet()) {
      double[] x = e.getValue().stream().mapToDouble(p -> p[0]).toArray();
      if (!Arrays.equals(x, shares)) {
        throw new IOException(
            file + ": replicate " + e.getKey() + " has other population shares than the first");
      }
      curves[k++] = e.getValue().stream().mapToDouble(p -> p[1]).toArray();
    }
    lorenzShares = shares;
    lorenz = curves;
  }

  /** A parser of {@code file} by its header, which must name {@code columns}. */
  private static CSVParser parse(Path file, Reader in, String... columns) throws IOException {
    CSVParser parser =
        CSVParser.parse(
            in, CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get());
    for (String c : columns) {
      if (!parser.getHeaderMap().containsKey(c)) {
        parser.close();
        throw new IOException(file + " has no column '" + c + "'");
      }
    }
    return parser;
  }

  /** The only per-ward metric the charts use: voice_share, for the Lorenz curve over wards. */
  static final String WARD_VOICE = "voice_share";

  /**
   * One metric's per-ward values at each replicate's last recorded week, [replicate][ward]. The
   * ward file of a national run is large, so lines of other metrics are skipped before parsing and
   * only the latest week is kept.
   */
  static double[][] wardsAtLastStep(Path file, String metric) throws IOException {
    String tag = "," + metric + ",";
    TreeMap<Integer, TreeMap<Integer, double[]>> latest =
        new TreeMap<>(); // rep -> ward -> {step, value}
    try (java.io.BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String header = in.readLine();
      if (header == null || !header.equals("scenario,replicate,seed,step,metric,ward,value")) {
        throw new IOException(file + ": unexpected header " + header);
      }
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (!line.contains(tag)) {
          continue;
        }
        // The scenario name may hold commas (quoted): count fields from the end.
        String[] f = line.split(",");
        int n = f.length;
        if (n < 7 || !f[n - 3].equals(metric)) {
          continue;
        }
        try {
          int rep = Integer.parseInt(f[n - 6]);
          int step = Integer.parseInt(f[n - 4]);
          int ward = Integer.parseInt(f[n - 2]);
          double value = Double.parseDouble(f[n - 1]);
          double[] seen = latest.computeIfAbsent(rep, r -> new TreeMap<>()).get(ward);
          if (seen == null || step >= seen[0]) {
            latest.get(rep).put(ward, new double[] {step, value});
          }
        } catch (NumberFormatException e) {
          throw new IOException(file + ": not a number in " + line);
        }
      }
    }
    int wards =
        latest.values().stream().mapToInt(m -> m.isEmpty() ? 0 : m.lastKey() + 1).max().orElse(0);
    double[][] out = new double[latest.size()][wards];
    int r = 0;
    for (TreeMap<Integer, double[]> byWard : latest.values()) {
      Arrays.fill(out[r], Double.NaN);
      for (Map.Entry<Integer, double[]> e : byWard.entrySet()) {
        out[r][e.getKey()] = e.getValue()[1];
      }
      r++;
    }
    return out;
  }

  private static JsonNode readManifest(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return null;
    }
    return new ObjectMapper().readTree(file.toFile());
  }

  /**
   * The residents of each ward, as the model lays them out (equal wards within a borough, the
   * remainder to the first), from the manifest's resolved scenario; null when it has named boroughs
   * of their own sizes, which the manifest records only as changes.
   */
  static double[] wardPopulation(JsonNode manifest) {
    if (manifest == null) {
      return null;
    }
    JsonNode s = manifest.path("scenario");
    JsonNode named = s.path("boroughs");
    if (named.isArray() && named.size() > 0) {
      return null;
    }
    JsonNode b = s.path("borough");
    int n = b.path("residents").asInt(0);
    int k = b.path("wards").asInt(0);
    int count = Math.max(1, b.path("count").asInt(1));
    if (n <= 0 || k <= 0) {
      return null;
    }
    double[] pop = new double[count * k];
    for (int c = 0; c < count; c++) {
      for (int j = 0; j < k; j++) {
        pop[c * k + j] = n / k + (j < n % k ? 1 : 0);
      }
    }
    return pop;
  }

  /** The run's folder. */
  public Path folder() {
    return folder;
  }

  /** The scenario's name. */
  public String scenario() {
    return scenario;
  }

  /** The base seed as written in the manifest, or null when there is no manifest. */
  public String seed() {
    return seed;
  }

  /** The recorded weeks, in increasing order. */
  public int[] steps() {
    return steps.clone();
  }

  /** The last recorded week. */
  public int finalStep() {
    return steps[steps.length - 1];
  }

  /** The number of replicates. */
  public int replicates() {
    return replicates;
  }

  /** Whether the run recorded {@code metric} for {@code group}. */
  public boolean has(String metric, String group) {
    return series.containsKey(metric + "/" + group);
  }

  /**
   * The values of {@code metric} for {@code group}, indexed [replicate][step index] (NaN where a
   * replicate did not record that week); empty rows when the run did not record it.
   */
  public double[][] values(String metric, String group) {
    double[][] v = series.get(metric + "/" + group);
    if (v == null) {
      double[][] empty = new double[replicates][steps.length];
      for (double[] row : empty) {
        Arrays.fill(row, Double.NaN);
      }
      return empty;
    }
    return v;
  }

  /** One value per replicate of {@code metric} for {@code group} at the last recorded week. */
  public double[] finalValues(String metric, String group) {
    double[][] v = values(metric, group);
    double[] out = new double[v.length];
    for (int r = 0; r < v.length; r++) {
      out[r] = v[r][steps.length - 1];
    }
    return out;
  }

  /** The mean and 95% interval over replicates at every recorded week. */
  public MeanInterval[] band(String metric, String group) {
    return bands(values(metric, group));
  }

  private MeanInterval[] bands(double[][] v) {
    MeanInterval[] out = new MeanInterval[steps.length];
    double[] column = new double[v.length];
    for (int t = 0; t < steps.length; t++) {
      for (int r = 0; r < v.length; r++) {
        column[r] = v[r][t];
      }
      out[t] = MeanInterval.of(column);
    }
    return out;
  }

  /**
   * Per-ward values of {@code metric} at the last recorded week, [replicate][ward]; null unless the
   * run has a ward file and {@code metric} is voice_share (the only one read).
   */
  public double[][] wardsAtEnd(String metric) {
    return wardsFinal.get(metric);
  }

  /** Whether the run recorded council spend by budget line (spend.csv). */
  public boolean hasSpendByLine() {
    return !spend.isEmpty();
  }

  /** The budget lines recorded, in the model's order. */
  public List<String> spendLines() {
    return List.copyOf(spend.keySet());
  }

  /**
   * Spend on budget {@code line} summed over councils, GBP a week, [replicate][step index]; NaN
   * everywhere when the run did not record it.
   */
  public double[][] spend(String line) {
    double[][] v = spend.get(line);
    if (v == null) {
      v = new double[replicates][steps.length];
      for (double[] row : v) {
        Arrays.fill(row, Double.NaN);
      }
    }
    return v;
  }

  /** The mean and 95% interval over replicates of the spend on {@code line} at every week. */
  public MeanInterval[] spendBand(String line) {
    return bands(spend(line));
  }

  /** Whether the run recorded the residents' Lorenz curve of voice (voice-lorenz.csv). */
  public boolean hasLorenz() {
    return lorenz != null;
  }

  /** The population shares (0-1) of the Lorenz points, or null without voice-lorenz.csv. */
  public double[] lorenzShares() {
    return lorenzShares == null ? null : lorenzShares.clone();
  }

  /** Cumulative share of voice at each Lorenz point, [replicate][point]; null without the file. */
  public double[][] lorenz() {
    return lorenz;
  }

  /** Residents per ward (see {@link #wardPopulation(JsonNode)}), or null when unknown. */
  public double[] wardPopulation() {
    return wardPopulation == null ? null : wardPopulation.clone();
  }

  /**
   * The rows of a long-format results file, held as compact columns: metric and key (group or ward)
   * names, replicate, step and value.
   */
  private static final class Rows {
    String scenario;
    final Map<String, Integer> keys = new LinkedHashMap<>();
    final List<String> keyNames = new ArrayList<>();
    int size;
    int[] key = new int[1 << 12];
    int[] replicate = new int[1 << 12];
    int[] step = new int[1 << 12];
    double[] value = new double[1 << 12];
    final TreeMap<Integer, Integer> stepIndex = new TreeMap<>();
    final TreeMap<Integer, Integer> replicateIndex = new TreeMap<>();

    static Rows read(Path file, String keyColumn) throws IOException {
      Rows rows = new Rows();
      CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
      try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
          CSVParser parser = CSVParser.parse(in, format)) {
        for (String column : List.of("replicate", "step", "metric", keyColumn, "value")) {
          if (!parser.getHeaderMap().containsKey(column)) {
            throw new IOException(file + " has no column '" + column + "'");
          }
        }
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
            throw new IOException(
                file
                    + " line "
                    + parser.getCurrentLineNumber()
                    + ": not a number: "
                    + e.getMessage());
          }
        }
      }
      if (rows.size == 0) {
        throw new IOException(file + " holds no rows");
      }
      return rows;
    }

    void add(String k, int rep, int t, double v) {
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

    int[] steps() {
      return stepIndex.keySet().stream().mapToInt(Integer::intValue).toArray();
    }

    int replicates() {
      return replicateIndex.size();
    }

    int[] replicateIds() {
      return replicateIndex.keySet().stream().mapToInt(Integer::intValue).toArray();
    }

    private Map<Integer, Integer> indexOf(TreeMap<Integer, Integer> m) {
      Map<Integer, Integer> out = new HashMap<>();
      int i = 0;
      for (Integer k : m.keySet()) {
        out.put(k, i++);
      }
      return out;
    }

    /** "metric/key" -> [replicate][step index], in the order the file gives them. */
    Map<String, double[][]> series() {
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
}
