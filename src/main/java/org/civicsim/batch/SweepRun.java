package org.civicsim.batch;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.civicsim.io.AtomicFile;
import org.civicsim.io.Csv;
import org.civicsim.io.Estimate;
import org.civicsim.io.Numbers;
import org.civicsim.io.OutputException;
import org.civicsim.metrics.MetricNames;
import org.civicsim.metrics.MetricSink;
import org.civicsim.scenario.Scenario;
import org.civicsim.scenario.ScenarioException;
import org.civicsim.scenario.Sweep;

/**
 * Runs a sweep's runs on a pool of threads in one JVM and assembles its files (DESIGN.md section
 * 2): {@code runs.csv}, {@code metrics.csv}, {@code summary.csv} and {@code sweep.json}.
 *
 * <p>Each run streams its rows into its own part, {@code parts/run000012.csv}, and then writes
 * {@code parts/run000012.done} (status, wall seconds, scenario name and final-step values); both
 * appear whole by an atomic rename, and a run is complete when its {@code .done} says {@code ok}.
 * At the end the files are assembled from the parts in run order, reading one part at a time, so
 * memory does not grow with the number of runs and the files do not depend on the number of threads
 * or on which run finished first. The parts are kept: they let {@code --resume} skip the runs
 * already complete and still give the same files. Only {@code wall_seconds} in runs.csv differs
 * between two executions of the same sweep.
 */
public final class SweepRun {
  public static final String RUNS = "runs.csv";
  public static final String METRICS = "metrics.csv";
  public static final String SUMMARY = "summary.csv";
  public static final String SWEEP = "sweep.json";
  public static final String SENSITIVITY = "sensitivity.csv";
  public static final String PARTS = "parts";

  /** In a shard's parts folder: which shard, as {@code I/N}. */
  public static final String SHARD = "shard.txt";

  /** Bootstrap resamples behind each sensitivity index's interval. */
  static final int RESAMPLES = 1000;

  private static final int GROUPS = MetricNames.GROUPS.size();

  private final Sweep sweep;
  private final Path out;
  private final int threads;
  private final boolean resume;
  private final boolean everyStep;
  private final String version;
  private final PrintStream progress;
  private final Shard shard;

  /** The parts folder holding each run's parts: this sweep's own, or a shard's when merging. */
  private final Path[] partsOf;

  /**
   * A sweep run into {@code out} on {@code threads} threads; {@code everyStep} records every
   * recorded week (the base's {@code output.record_every}) rather than the final week only;
   * progress lines go to {@code progress} (null for none).
   */
  public SweepRun(
      Sweep sweep,
      Path out,
      int threads,
      boolean resume,
      boolean everyStep,
      String version,
      PrintStream progress) {
    this(sweep, out, threads, resume, everyStep, version, progress, Shard.WHOLE);
  }

  /** As above, running only the runs of {@code shard}. */
  public SweepRun(
      Sweep sweep,
      Path out,
      int threads,
      boolean resume,
      boolean everyStep,
      String version,
      PrintStream progress,
      Shard shard) {
    this.sweep = sweep;
    this.out = out;
    this.threads = Math.max(1, threads);
    this.resume = resume;
    this.everyStep = everyStep;
    this.version = version;
    this.progress = progress;
    this.shard = shard;
    this.partsOf = new Path[sweep.runs()];
    java.util.Arrays.fill(partsOf, out.resolve(PARTS));
  }

  /**
   * The I-th of N disjoint slices of a sweep's runs (I from 1): the runs r with {@code r % N == I -
   * 1}. Because runs go replicate by replicate, each shard holds every design point's runs in turn,
   * and the shards of one sweep together hold each run once.
   */
  public record Shard(int index, int count) {
    public static final Shard WHOLE = new Shard(1, 1);

    public Shard {
      if (count < 1 || index < 1 || index > count) {
        throw new IllegalArgumentException("shard " + index + "/" + count);
      }
    }

    /** Whether run {@code r} is in this shard. */
    public boolean holds(int r) {
      return r % count == index - 1;
    }

    /** The runs of this shard among {@code runs}. */
    public int size(int runs) {
      return runs / count + (runs % count > index - 1 ? 1 : 0);
    }

    @Override
    public String toString() {
      return index + "/" + count;
    }
  }

  /** What came of the sweep: runs in all, run now, skipped as already complete, failed. */
  public record Outcome(int runs, int ran, int skipped, int failed) {}

  /**
   * Runs every run not yet complete and writes the sweep's files.
   *
   * @throws OutputException when the folder holds something else, or cannot be written
   */
  public Outcome run() throws OutputException, IOException, InterruptedException {
    Path parts = out.resolve(PARTS);
    String plan = json(null);
    Path planFile = parts.resolve(SWEEP);
    if (Files.exists(planFile)) {
      if (!resume) {
        throw new OutputException(
            out
                + " already holds a sweep; add --resume to finish it, or"
                + " choose another --out");
      }
      if (!Files.readString(planFile, StandardCharsets.UTF_8).equals(plan)) {
        throw new OutputException(
            out
                + " holds a different sweep (its design, seeds or"
                + " recording differ); choose another --out");
      }
    } else if (Files.isDirectory(out) && !resume) {
      try (var list = Files.list(out)) {
        if (list.findAny().isPresent()) {
          throw new OutputException(out + " is not empty; choose another --out");
        }
      }
    }
    Path shardFile = parts.resolve(SHARD);
    String shardText = shard.count() == 1 ? null : shard + "\n";
    if (resume && Files.exists(planFile)) {
      String was =
          Files.exists(shardFile) ? Files.readString(shardFile, StandardCharsets.UTF_8) : null;
      if (!java.util.Objects.equals(was, shardText)) {
        throw new OutputException(
            out
                + " holds "
                + (was == null ? "a whole sweep" : "shard " + was.strip())
                + ", not "
                + (shardText == null ? "a whole sweep" : "shard " + shard)
                + "; resume it with the same --shard");
      }
    }
    try {
      Files.createDirectories(parts);
    } catch (IOException e) {
      throw OutputException.cannot("create the folder", parts, e);
    }
    AtomicFile.write(planFile, w -> w.write(plan));
    if (shardText != null) {
      AtomicFile.write(shardFile, w -> w.write(shardText));
    }

    int runs = sweep.runs();
    int skipped = 0;
    if (resume) {
      removeAbandoned(parts);
      for (int r = 0; r < runs; r++) {
        if (shard.holds(r) && complete(r)) {
          skipped++;
        }
      }
    }
    Counter counter = new Counter(shard.size(runs), skipped);
    AtomicInteger next = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    AtomicReference<Throwable> fatal = new AtomicReference<>();
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < Math.min(threads, runs); t++) {
      Thread worker =
          new Thread(
              () -> {
                for (int r = next.getAndIncrement();
                    r < runs && fatal.get() == null;
                    r = next.getAndIncrement()) {
                  try {
                    if (!shard.holds(r) || resume && complete(r)) {
                      continue;
                    }
                    if (!runOne(r)) {
                      failed.incrementAndGet();
                    }
                    counter.done();
                  } catch (IOException | RuntimeException | Error e) {
                    fatal.compareAndSet(null, e);
                  }
                }
              },
              "sweep-worker-" + (t + 1));
      worker.setDaemon(true);
      workers.add(worker);
      worker.start();
    }
    for (Thread w : workers) {
      w.join();
    }
    Throwable f = fatal.get();
    if (f instanceof IOException io) {
      throw OutputException.cannot("write", parts, io);
    } else if (f instanceof RuntimeException re) {
      throw re;
    } else if (f instanceof Error er) {
      throw er;
    }
    assemble();
    int mine = shard.size(runs);
    return new Outcome(mine, mine - skipped, skipped, failed.get());
  }

  /**
   * Combines shard folders (each written by {@code --shard I/N} for one sweep) into {@code out}:
   * the same runs.csv, metrics.csv, summary.csv, sensitivity.csv and sweep.json as the sweep run
   * whole, the shards' parts read where they are.
   *
   * @throws OutputException when a folder is not a shard of a sweep, the shards come from different
   *     sweeps, a run is missing or unfinished, or {@code out} cannot be written
   */
  public static Sweep merge(List<Path> shards, Path out, String version)
      throws OutputException, IOException {
    String plan = null;
    Path first = null;
    for (Path dir : shards) {
      Path file = dir.resolve(PARTS).resolve(SWEEP);
      if (!Files.isRegularFile(file)) {
        throw new OutputException(
            dir + " is not a sweep's folder: it has no " + PARTS + "/" + SWEEP);
      }
      String p = Files.readString(file, StandardCharsets.UTF_8);
      if (plan == null) {
        plan = p;
        first = dir;
      } else if (!plan.equals(p)) {
        throw new OutputException(
            dir
                + " holds a different sweep from "
                + first
                + " (its design, seeds or recording differ)");
      }
    }
    if (plan == null) {
      throw new OutputException("merge needs at least one shard folder");
    }
    if (Files.isDirectory(out)) {
      try (var list = Files.list(out)) {
        if (list.findAny().isPresent()) {
          throw new OutputException(out + " is not empty; choose another --out");
        }
      }
    }
    Plan planned = Plan.read(plan);
    SweepRun merged =
        new SweepRun(planned.sweep(), out, 1, false, planned.everyStep(), version, null);
    List<Integer> missing = new ArrayList<>();
    for (int r = 0; r < planned.sweep().runs(); r++) {
      Path found = null;
      for (Path dir : shards) {
        merged.partsOf[r] = dir.resolve(PARTS);
        if (merged.complete(r)) {
          found = merged.partsOf[r];
          break;
        }
      }
      if (found == null) {
        missing.add(r);
      } else {
        merged.partsOf[r] = found;
      }
    }
    if (!missing.isEmpty()) {
      throw new OutputException(
          missing.size()
              + " of "
              + planned.sweep().runs()
              + " runs are"
              + " missing or unfinished in these folders (runs "
              + listed(missing)
              + "); finish"
              + " their shards with civicsim sweep ... --shard I/N --resume, then merge again");
    }
    try {
      Files.createDirectories(out);
    } catch (IOException e) {
      throw OutputException.cannot("create the folder", out, e);
    }
    merged.assemble();
    return planned.sweep();
  }

  private static String listed(List<Integer> runs) {
    List<String> some = runs.stream().limit(10).map(String::valueOf).toList();
    return String.join(", ", some) + (runs.size() > 10 ? ", ..." : "");
  }

  private Path rows(int r) {
    return partsOf[r].resolve(String.format(Locale.ROOT, "run%06d.csv", r));
  }

  private Path done(int r) {
    return partsOf[r].resolve(String.format(Locale.ROOT, "run%06d.done", r));
  }

  /**
   * Deletes the temporary files a killed sweep left behind (hidden names ending .tmp: a part that
   * was being written when the process died and so never reached its final name).
   */
  private static void removeAbandoned(Path parts) throws IOException {
    try (var list = Files.list(parts)) {
      for (Path f : (Iterable<Path>) list::iterator) {
        String n = f.getFileName().toString();
        if (n.startsWith(".") && n.endsWith(".tmp")) {
          Files.deleteIfExists(f);
        }
      }
    }
  }

  /** Whether run {@code r} finished and both its parts are whole. */
  private boolean complete(int r) throws IOException {
    if (!Files.isRegularFile(rows(r)) || !Files.isRegularFile(done(r))) {
      return false;
    }
    try (BufferedReader in = Files.newBufferedReader(done(r), StandardCharsets.UTF_8)) {
      return "ok".equals(in.readLine());
    }
  }

  /** Runs run {@code r}, writing its parts; false when the model failed (recorded as failed). */
  private boolean runOne(int r) throws IOException {
    int p = sweep.point(r);
    int k = sweep.replicate(r);
    long seed = sweep.runSeed(p, k);
    long started = System.nanoTime();
    String status = "ok";
    String name = sweep.name();
    double[] finals = null;
    try (AtomicFile part = AtomicFile.create(rows(r))) {
      Scenario scenario = scenario(p);
      name = scenario.name();
      Writer w = part.writer();
      String prefix = Csv.field(name) + ',' + r + ',' + p + ',' + k + ',' + seed + ',' + values(p);
      int last = scenario.steps();
      FinalValues values = new FinalValues(new Rows(prefix, w, everyStep ? -1 : last));
      new ModelSimulation(scenario, 1).run(seed, values, () -> {});
      finals = values.values();
      part.commit();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } catch (ScenarioException | RuntimeException e) {
      if (e instanceof CancellationException) {
        throw (CancellationException) e;
      }
      status = "failed";
      if (progress != null) {
        progress.println(
            "run " + r + " (point " + p + ", replicate " + k + ", seed " + seed + ") failed: " + e);
      }
      Files.deleteIfExists(rows(r));
      AtomicFile.write(rows(r), w -> {});
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    String st = status;
    String nm = name;
    double[] fv = finals;
    AtomicFile.write(
        done(r),
        w -> {
          w.write(st + "\n" + Numbers.format(seconds) + "\n" + nm + "\n");
          if (fv != null) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < fv.length; i++) {
              b.append(i == 0 ? "" : ",").append(Double.toString(fv[i]));
            }
            w.write(b.append('\n').toString());
          }
        });
    return "ok".equals(status);
  }

  /**
   * The scenario of design point {@code p} as the sweep runs it: a sweep writes no ward rows, and
   * recording the final week only it observes the model at the final week only (and week 0), so
   * that no time goes on metrics nobody keeps. Observing does not change the model, so the values
   * are those of a run observed every week.
   */
  private Scenario scenario(int p) throws ScenarioException {
    List<String> quieter = new ArrayList<>(sweep.overrides(p));
    quieter.add("output.wards=false");
    if (!everyStep) {
      // Never a multiple of a week number a run reaches: only week 0 and the final week remain.
      quieter.add("output.record_every=" + Integer.MAX_VALUE);
    }
    return org.civicsim.scenario.ScenarioLoader.load(sweep.base(), quieter);
  }

  /** The varied values of point {@code p} as CSV cells, each followed by a comma. */
  private String values(int p) {
    StringBuilder b = new StringBuilder();
    for (String v : sweep.points().get(p)) {
      b.append(Csv.field(v)).append(',');
    }
    return b.toString();
  }

  private String variedHeader() {
    StringBuilder b = new StringBuilder();
    for (String k : sweep.varied()) {
      b.append(Csv.field(k)).append(',');
    }
    return b.toString();
  }

  /** The contents of a run's {@code .done}: status, wall seconds, scenario, final values. */
  private record Done(String status, String seconds, String scenario, double[] finals) {}

  private Done readDone(int r) throws IOException {
    List<String> lines = Files.readAllLines(done(r), StandardCharsets.UTF_8);
    double[] finals = null;
    if (lines.size() > 3 && !lines.get(3).isEmpty()) {
      String[] cells = lines.get(3).split(",");
      finals = new double[cells.length];
      for (int i = 0; i < cells.length; i++) {
        finals[i] = Double.parseDouble(cells[i]);
      }
    }
    return new Done(lines.get(0), lines.get(1), lines.get(2), finals);
  }

  private void assemble() throws IOException {
    int runs = sweep.runs();
    AtomicFile.write(
        out.resolve(RUNS),
        w -> {
          w.write("run,point,replicate,seed," + variedHeader() + "status,wall_seconds\n");
          for (int r = 0; r < runs; r++) {
            if (!shard.holds(r)) {
              continue;
            }
            int p = sweep.point(r);
            int k = sweep.replicate(r);
            Done d = readDone(r);
            w.write(
                r
                    + ","
                    + p
                    + ","
                    + k
                    + ","
                    + sweep.runSeed(p, k)
                    + ","
                    + values(p)
                    + d.status()
                    + ","
                    + d.seconds()
                    + "\n");
          }
        });
    try (AtomicFile file = AtomicFile.create(out.resolve(METRICS))) {
      OutputStream o = file.stream();
      o.write(
          ("scenario,run,point,replicate,seed," + variedHeader() + "step,metric,group,value\n")
              .getBytes(StandardCharsets.UTF_8));
      for (int r = 0; r < runs; r++) {
        if (shard.holds(r)) {
          Files.copy(rows(r), o);
        }
      }
      file.commit();
    }
    if (shard.count() == 1) {
      summarise();
    }
    String json = json(version);
    AtomicFile.write(out.resolve(SWEEP), w -> w.write(json));
  }

  /** summary.csv, and for Sobol and Morris designs sensitivity.csv, from every run's finals. */
  private void summarise() throws IOException {
    int points = sweep.points().size();
    double[][] means = new double[points][];
    AtomicFile.write(
        out.resolve(SUMMARY),
        w -> {
          w.write("scenario,point," + variedHeader() + "metric,group,mean,sd,ci_low,ci_high,n\n");
          StringBuilder row = new StringBuilder(160);
          for (int p = 0; p < points; p++) {
            FinalStepSummary summary = new FinalStepSummary();
            String name = sweep.name();
            for (int k = 0; k < sweep.replicates(); k++) {
              Done d = readDone(k * points + p);
              if (d.finals() != null) {
                summary.add(d.finals());
                name = d.scenario();
              }
            }
            String prefix = Csv.field(name) + "," + p + "," + values(p);
            means[p] = new double[MetricNames.METRICS.size() * GROUPS];
            for (int m = 0; m < MetricNames.METRICS.size(); m++) {
              for (int g = 0; g < GROUPS; g++) {
                Estimate e = summary.estimate(m, g);
                means[p][m * GROUPS + g] = e.n() > 0 ? e.mean() : Double.NaN;
                row.setLength(0);
                row.append(prefix)
                    .append(MetricNames.METRICS.get(m))
                    .append(',')
                    .append(MetricNames.GROUPS.get(g));
                cell(row, e.mean());
                cell(row, e.sd());
                cell(row, e.ciLow());
                cell(row, e.ciHigh());
                row.append(',').append(e.n()).append('\n');
                w.append(row);
              }
            }
          }
        });
    if (SweepSensitivity.applies(sweep)) {
      AtomicFile.write(out.resolve(SENSITIVITY), w -> new SweepSensitivity(sweep, means).write(w));
    }
  }

  private static void cell(StringBuilder row, double value) {
    row.append(',');
    if (!Double.isNaN(value)) {
      Numbers.append(row, value);
    }
  }

  /**
   * The sweep as JSON: its file, base, design, replicates, seed, fixed and varied keys, each
   * point's values and each run's seed (in run order), and the version when given. Without a
   * version it is the plan kept in the parts folder to check that a resumed sweep is the same.
   */
  private String json(String withVersion) throws IOException {
    java.io.StringWriter text = new java.io.StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(text)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("name", sweep.name());
      g.writeStringField("file", String.valueOf(sweep.file()));
      g.writeStringField("base", String.valueOf(sweep.base()));
      g.writeStringField("design", sweep.design());
      g.writeNumberField("points", sweep.points().size());
      g.writeNumberField("replicates", sweep.replicates());
      g.writeNumberField("runs", sweep.runs());
      g.writeNumberField("seed", sweep.seed());
      g.writeStringField(
          "run_seed",
          "mix(mix(seed) + 0x9E3779B97F4A7C15 * (point + 1) + 0xD1B54A32D192ED03 * (replicate"
              + " + 1)), run = replicate * points + point");
      g.writeStringField("record", everyStep ? "every" : "final");
      g.writeObjectFieldStart("set");
      for (var e : sweep.set().entrySet()) {
        g.writeStringField(e.getKey(), e.getValue());
      }
      g.writeEndObject();
      g.writeArrayFieldStart("vary");
      for (String k : sweep.varied()) {
        g.writeString(k);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("point_values");
      for (List<String> point : sweep.points()) {
        g.writeStartArray();
        for (String v : point) {
          g.writeString(v);
        }
        g.writeEndArray();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("point_units");
      for (int p = 0; p < sweep.points().size(); p++) {
        g.writeStartArray();
        for (double u : sweep.unit(p)) {
          g.writeNumber(u);
        }
        g.writeEndArray();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("run_seeds");
      for (int r = 0; r < sweep.runs(); r++) {
        g.writeNumber(sweep.runSeed(sweep.point(r), sweep.replicate(r)));
      }
      g.writeEndArray();
      if (withVersion != null) {
        if (shard.count() > 1) {
          g.writeStringField("shard", shard.toString());
        }
        g.writeStringField("version", withVersion);
      }
      g.writeEndObject();
    }
    return text + "\n";
  }

  /** A sweep as its plan records it, read back to merge shards. */
  private record Plan(Sweep sweep, boolean everyStep) {
    static Plan read(String json) throws OutputException {
      try {
        com.fasterxml.jackson.databind.JsonNode n =
            new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        java.util.Map<String, String> set = new java.util.LinkedHashMap<>();
        n.get("set").properties().forEach(e -> set.put(e.getKey(), e.getValue().asText()));
        List<String> vary = new ArrayList<>();
        n.get("vary").forEach(v -> vary.add(v.asText()));
        List<List<String>> points = new ArrayList<>();
        n.get("point_values")
            .forEach(
                p -> {
                  List<String> values = new ArrayList<>();
                  p.forEach(v -> values.add(v.asText()));
                  points.add(values);
                });
        double[][] units = new double[points.size()][];
        for (int p = 0; p < units.length; p++) {
          com.fasterxml.jackson.databind.JsonNode u = n.get("point_units").get(p);
          units[p] = new double[u.size()];
          for (int i = 0; i < u.size(); i++) {
            units[p][i] = u.get(i).asDouble();
          }
        }
        Sweep sweep =
            new Sweep(
                n.get("name").asText(),
                Path.of(n.get("file").asText()),
                Path.of(n.get("base").asText()),
                n.get("design").asText(),
                n.get("replicates").asInt(),
                n.get("seed").asLong(),
                set,
                vary,
                points,
                units);
        return new Plan(sweep, "every".equals(n.get("record").asText()));
      } catch (IOException | RuntimeException e) {
        throw new OutputException(
            "cannot read the sweep's plan " + PARTS + "/" + SWEEP + ": " + e.getMessage());
      }
    }
  }

  /** Writes a run's rows: the final week only ({@code only} the final step), or every one. */
  private static final class Rows implements MetricSink {
    private final String prefix;
    private final Writer out;
    private final int only;
    private final StringBuilder row = new StringBuilder(160);

    Rows(String prefix, Writer out, int only) {
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

  /** Progress as plain lines: runs done of all, the rate, and the time left. */
  private final class Counter {
    private final int runs;
    private final int toRun;
    private final long started = System.nanoTime();
    private int done;

    Counter(int runs, int skipped) {
      this.runs = runs;
      this.toRun = runs - skipped;
      this.done = 0;
      if (progress != null && skipped > 0) {
        progress.println("resuming: " + skipped + " of " + runs + " runs already complete");
      }
    }

    synchronized void done() {
      done++;
      if (progress == null) {
        return;
      }
      double elapsed = (System.nanoTime() - started) / 1e9;
      double rate = done / Math.max(elapsed, 1e-9);
      int all = runs - toRun + done;
      String line =
          String.format(
              Locale.ROOT,
              "run %d/%d done (%d%%), %.2f runs/s",
              all,
              runs,
              100L * all / runs,
              rate);
      if (done < toRun) {
        line += ", about " + PlainProgress.duration((toRun - done) / rate) + " left";
      }
      progress.println(line);
    }
  }
}
