package org.civicsim.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.civicsim.io.LorenzFile;
import org.civicsim.io.ManifestReader;
import org.civicsim.io.MetricSeries;
import org.civicsim.io.PosteriorFile;
import org.civicsim.io.ResultFiles;
import org.civicsim.io.SpendFile;
import org.civicsim.io.WardsFile;
import org.civicsim.metrics.Quantiles;

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
  private List<Long> replicateSeeds = List.of(); // from the manifest, in replicate order
  private int perDraw; // replicates of each posterior draw (posterior-draws.csv); 0 otherwise
  private String draws = ""; // posterior-draws.csv as written: which constants each replicate ran

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

  /**
   * Whether this run and {@code other} can be compared replicate by replicate: the same replicate
   * seeds in the same order (the same seed, and for runs over posterior draws the same draws).
   */
  public boolean pairsWith(RunData other) {
    return !replicateSeeds.isEmpty()
        && replicateSeeds.size() == replicates
        && replicateSeeds.equals(other.replicateSeeds)
        && replicates == other.replicates
        && draws.equals(other.draws);
  }

  /** Whether {@code folder} holds a run's results (a metrics.csv without a sweep's runs.csv). */
  public static boolean isRun(Path folder) {
    return ResultFiles.isRun(folder);
  }

  /** Reads the run in {@code folder}; throws when its metrics.csv is missing or malformed. */
  public static RunData read(Path folder) throws IOException {
    Path metrics = folder.resolve(ResultFiles.METRICS);
    if (!Files.isRegularFile(metrics)) {
      throw new IOException(folder + " holds no metrics.csv: not a run folder");
    }
    JsonNode manifest = ManifestReader.read(folder.resolve(ResultFiles.MANIFEST));
    MetricSeries rows = MetricSeries.read(metrics, "group");
    String scenario = rows.scenario();
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
    Path wards = folder.resolve(ResultFiles.METRICS_WARDS);
    if (Files.isRegularFile(wards)) {
      wardsFinal = Map.of(WardsFile.WARD_VOICE, WardsFile.atLastStep(wards, WardsFile.WARD_VOICE));
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
            ManifestReader.wardPopulation(manifest));
    if (manifest != null && manifest.has("replicate_seeds")) {
      List<Long> seeds = new java.util.ArrayList<>();
      manifest.get("replicate_seeds").forEach(n -> seeds.add(n.asLong()));
      run.replicateSeeds = List.copyOf(seeds);
    }
    Path drawsFile = folder.resolve(ResultFiles.POSTERIOR_DRAWS);
    run.perDraw = PosteriorFile.replicatesPerDraw(drawsFile);
    if (Files.isRegularFile(drawsFile)) {
      run.draws = Files.readString(drawsFile);
    }
    int[] replicateIds = rows.replicateIds();
    Path spend = folder.resolve(ResultFiles.SPEND);
    if (Files.isRegularFile(spend)) {
      run.spend = SpendFile.read(spend, run.steps, replicateIds);
    }
    Path lorenz = folder.resolve(ResultFiles.VOICE_LORENZ);
    LorenzFile curves = Files.isRegularFile(lorenz) ? LorenzFile.read(lorenz) : null;
    if (curves != null) {
      run.lorenzShares = curves.shares();
      run.lorenz = curves.curves();
    }
    return run;
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

  /** Whether the run is over posterior draws (its bands are then posterior intervals). */
  public boolean overPosterior() {
    return perDraw > 0;
  }

  /**
   * The mean and 95% interval over replicates at every recorded week; in a run over posterior
   * draws, the mean and the 95% posterior interval (2.5% and 97.5% quantiles of the draws' means).
   */
  public MeanInterval[] band(String metric, String group) {
    return bands(values(metric, group));
  }

  private MeanInterval[] bands(double[][] v) {
    if (perDraw > 0 && v.length % perDraw == 0 && v.length > 0) {
      return posteriorBands(v);
    }
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

  private MeanInterval[] posteriorBands(double[][] v) {
    MeanInterval[] out = new MeanInterval[steps.length];
    double[] column = new double[v.length];
    for (int t = 0; t < steps.length; t++) {
      for (int r = 0; r < v.length; r++) {
        column[r] = v[r][t];
      }
      out[t] = posteriorInterval(column);
    }
    return out;
  }

  /**
   * The mean of one value a replicate with its 95% interval: in a run over posterior draws the
   * posterior interval (2.5% and 97.5% quantiles of the draws' means), otherwise the t-interval of
   * the mean over replicates, as summary.csv gives them.
   */
  public MeanInterval interval(double[] values) {
    return perDraw > 0 && values.length % perDraw == 0 && values.length > 0
        ? posteriorInterval(values)
        : MeanInterval.of(values);
  }

  private MeanInterval posteriorInterval(double[] values) {
    double[] means = Quantiles.drawMeans(values, perDraw);
    double all = 0;
    for (double m : means) all += m / means.length;
    java.util.Arrays.sort(means);
    return new MeanInterval(
        all, Quantiles.of(means, 0.025), Quantiles.of(means, 0.975), values.length);
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

  /** Residents per ward (see {@link ManifestReader#wardPopulation}), or null when unknown. */
  public double[] wardPopulation() {
    return wardPopulation == null ? null : wardPopulation.clone();
  }
}
