package org.civicsim.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The names and header lines of every results file, a run's and a sweep's (DESIGN.md section 2,
 * "Results"), and the assembly of a contract file from per-replicate parts. Writers and readers
 * take their names and headers from here, and so do the notebooks' helper (through {@code
 * notebooks/result_files.json}, which {@code ResultFilesTest} keeps current).
 */
public final class ResultFiles {
  /** Every metric for every group, long format. */
  public static final String METRICS = "metrics.csv";

  /** Every metric for every ward, long format. */
  public static final String METRICS_WARDS = "metrics-wards.csv";

  /** Each council's weekly spend by budget line at every recorded week, long format. */
  public static final String SPEND = "spend.csv";

  /** The residents' Lorenz curve of voice at the final week, one per replicate. */
  public static final String VOICE_LORENZ = "voice-lorenz.csv";

  /** Final-step statistics over replicates. */
  public static final String SUMMARY = "summary.csv";

  /** Each council's facilities, hours and spend by service at every recorded week, long format. */
  public static final String SERVICES = "services.csv";

  /** Every council's and ward's national deprivation decile and residents, once per replicate. */
  public static final String PLACES = "places.csv";

  /** Every metric for each council, plus spend per head, long format. */
  public static final String METRICS_COUNCILS = "metrics-councils.csv";

  /** Every participatory-budgeting project on a ballot: cost, approvals, whether it won. */
  public static final String PB = "pb.csv";

  /** The folder of a run's ballots as Pabulib files, when {@code output.pb_files} asks. */
  public static final String PB_FOLDER = "pb";

  /** The model beside each observed figure of 2010-2020 (written by the history command). */
  public static final String HISTORY = "history.csv";

  /** The resolved scenario, seeds, versions and timing of the run. */
  public static final String MANIFEST = "manifest.json";

  /** The speed and size of each variant of the model (written by the bench command). */
  public static final String BENCH = "bench.csv";

  /** Two builds' speeds, stretch by stretch (written by bench --pair). */
  public static final String BENCH_PAIR = "bench-pair.csv";

  /** A calibration's posterior: one column per constant (scenario keys), then {@code weight}. */
  public static final String POSTERIOR = "posterior.csv";

  /** In a run over posterior draws, which draw each replicate ran: replicate, draw, constants. */
  public static final String POSTERIOR_DRAWS = "posterior-draws.csv";

  /** A calibration's record: method, generations, tolerances, effective sample size, budget. */
  public static final String CALIBRATION_JSON = "calibration.json";

  /** A sweep's runs: seed, varied values, status and wall time of each. */
  public static final String RUNS = "runs.csv";

  /** A sweep's plan, with the version that ran it. */
  public static final String SWEEP = "sweep.json";

  /** A Sobol or Morris sweep's sensitivity indices with their bootstrap intervals. */
  public static final String SENSITIVITY = "sensitivity.csv";

  /** A sweep's folder of each run's parts, kept for --resume and merge. */
  public static final String PARTS = "parts";

  /** In a shard's parts folder: which shard, as {@code I/N}. */
  public static final String SHARD = "shard.txt";

  public static final String METRICS_HEADER = "scenario,replicate,seed,step,metric,group,value";
  public static final String METRICS_WARDS_HEADER =
      "scenario,replicate,seed,step,metric,ward,value";
  public static final String SPEND_HEADER = "scenario,replicate,seed,step,council,line,value";
  public static final String VOICE_LORENZ_HEADER =
      "scenario,replicate,seed,population_share,voice_share";
  public static final String SERVICES_HEADER =
      "scenario,replicate,seed,step,council,service,measure,value";
  public static final String PB_HEADER =
      "scenario,replicate,seed,step,council,ward,project,cost,votes,selected";
  public static final String PLACES_HEADER =
      "scenario,replicate,seed,council,council_deprivation_decile,ward,ward_deprivation_decile,"
          + "residents";
  public static final String METRICS_COUNCILS_HEADER =
      "scenario,replicate,seed,step,metric,council,value";
  public static final String HISTORY_HEADER =
      "measure,year,use,observed,band_low,band_high,model_mean,model_ci_low,model_ci_high,n,"
          + "inside,source";
  public static final String SUMMARY_HEADER = "scenario,metric,group,mean,sd,ci_low,ci_high,n";

  public static final String SENSITIVITY_HEADER =
      "metric,group,parameter,index,value,ci_low,ci_high,n";

  private ResultFiles() {}

  /** Whether {@code folder} holds a run's results (a metrics.csv without a sweep's runs.csv). */
  public static boolean isRun(Path folder) {
    return Files.isRegularFile(folder.resolve(METRICS)) && !Files.exists(folder.resolve(RUNS));
  }

  /** Whether {@code folder} holds a sweep's results (its runs.csv). */
  public static boolean isSweep(Path folder) {
    return Files.isRegularFile(folder.resolve(RUNS));
  }

  /** The header of a sweep's runs.csv, the varied keys between seed and status. */
  public static String runsHeader(List<String> varied) {
    return "run,point,replicate,seed," + cells(varied) + "status,wall_seconds";
  }

  /** The header of a sweep's metrics.csv, the varied keys between seed and step. */
  public static String sweepMetricsHeader(List<String> varied) {
    return "scenario,run,point,replicate,seed," + cells(varied) + "step,metric,group,value";
  }

  /** The header of a sweep's summary.csv, the varied keys between point and metric. */
  public static String sweepSummaryHeader(List<String> varied) {
    return "scenario,point," + cells(varied) + "metric,group,mean,sd,ci_low,ci_high,n";
  }

  /** Where a sweep's header has its varied keys, in {@link #describe()}. */
  static final String VARIED = "{varied}";

  /**
   * Every results file's name and header as JSON, for readers outside Java: {@code
   * notebooks/result_files.json} is this text ({@code ResultFilesTest} keeps it current), and
   * {@code {varied}} in a sweep's header stands for its varied keys, each followed by a comma.
   */
  public static String describe() {
    Map<String, Map<String, Map<String, String>>> all = new LinkedHashMap<>();
    Map<String, Map<String, String>> run = new LinkedHashMap<>();
    run.put("metrics", file(METRICS, METRICS_HEADER));
    run.put("metrics_wards", file(METRICS_WARDS, METRICS_WARDS_HEADER));
    run.put("metrics_councils", file(METRICS_COUNCILS, METRICS_COUNCILS_HEADER));
    run.put("spend", file(SPEND, SPEND_HEADER));
    run.put("voice_lorenz", file(VOICE_LORENZ, VOICE_LORENZ_HEADER));
    run.put("services", file(SERVICES, SERVICES_HEADER));
    run.put("places", file(PLACES, PLACES_HEADER));
    run.put("pb", file(PB, PB_HEADER));
    run.put("summary", file(SUMMARY, SUMMARY_HEADER));
    run.put("history", file(HISTORY, HISTORY_HEADER));
    run.put("manifest", file(MANIFEST, null));
    all.put("run", run);
    Map<String, Map<String, String>> sweep = new LinkedHashMap<>();
    List<String> varied = List.of();
    sweep.put("runs", file(RUNS, runsHeader(varied).replace("seed,", "seed," + VARIED)));
    sweep.put(
        "metrics", file(METRICS, sweepMetricsHeader(varied).replace("seed,", "seed," + VARIED)));
    sweep.put(
        "summary", file(SUMMARY, sweepSummaryHeader(varied).replace("point,", "point," + VARIED)));
    sweep.put("sensitivity", file(SENSITIVITY, SENSITIVITY_HEADER));
    sweep.put("sweep", file(SWEEP, null));
    all.put("sweep", sweep);
    try {
      return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(all) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, String> file(String name, String header) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("file", name);
    if (header != null) {
      f.put("header", header);
    }
    return f;
  }

  /** {@code values} as CSV cells, each followed by a comma. */
  public static String cells(List<String> values) {
    StringBuilder b = new StringBuilder();
    for (String v : values) {
      b.append(Csv.field(v)).append(',');
    }
    return b.toString();
  }

  /**
   * Writes {@code target} atomically as {@code header} followed by the bytes of {@code parts} in
   * the order given, so the file does not depend on the order in which the parts were finished.
   */
  public static void concatenate(String header, List<Path> parts, Path target) throws IOException {
    try (AtomicFile file = AtomicFile.create(target)) {
      OutputStream out = file.stream();
      out.write((header + "\n").getBytes(StandardCharsets.UTF_8));
      for (Path part : parts) {
        Files.copy(part, out);
      }
      file.commit();
    }
  }
}
