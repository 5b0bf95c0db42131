package org.civicsim.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.civicsim.io.AtomicFile;
import org.civicsim.io.Csv;
import org.civicsim.io.Estimate;
import org.civicsim.io.OutputException;
import org.civicsim.io.ResultFiles;
import org.civicsim.io.Shard;
import org.civicsim.io.SummaryWriter;
import org.civicsim.io.SweepParts;
import org.civicsim.io.SweepPlan;
import org.civicsim.metrics.MetricNames;
import org.civicsim.scenario.Sweep;

/**
 * Assembles a sweep's files from its runs' parts (DESIGN.md section 2): {@code runs.csv}, {@code
 * metrics.csv}, {@code summary.csv}, for Sobol and Morris designs {@code sensitivity.csv}, and
 * {@code sweep.json}. The parts are read in run order, one at a time, so memory does not grow with
 * the number of runs and the files do not depend on the number of threads or on which run finished
 * first. Only {@code wall_seconds} in runs.csv differs between two executions of one sweep. A
 * shard's folder has no summary, which needs every replicate of a point.
 */
final class SweepAssembler {
  /** Bootstrap resamples behind each sensitivity index's interval. */
  static final int RESAMPLES = 1000;

  private static final int GROUPS = MetricNames.GROUPS.size();

  private final SweepPlan plan;
  private final Sweep sweep;
  private final SweepParts parts;
  private final Shard shard;

  SweepAssembler(SweepPlan plan, SweepParts parts, Shard shard) {
    this.plan = plan;
    this.sweep = plan.sweep();
    this.parts = parts;
    this.shard = shard;
  }

  /**
   * Combines shard folders (each written by {@code --shard I/N} for one sweep) into {@code out}:
   * the same files as the sweep run whole, the shards' parts read where they are.
   *
   * @return the sweep the shards ran
   * @throws OutputException when a folder is not a shard of a sweep, the shards come from different
   *     sweeps, a run is missing or unfinished, or {@code out} cannot be written
   */
  static Sweep merge(List<Path> shards, Path out, String version)
      throws OutputException, IOException {
    SweepParts.Found found = SweepParts.find(shards);
    SweepParts.requireEmpty(out);
    try {
      Files.createDirectories(out);
    } catch (IOException e) {
      throw OutputException.cannot("create the folder", out, e);
    }
    new SweepAssembler(found.plan(), found.parts(), Shard.WHOLE).write(out, version);
    return found.plan().sweep();
  }

  /** Writes the sweep's files into {@code out}, {@code version} in its sweep.json. */
  void write(Path out, String version) throws IOException {
    List<String> varied = sweep.varied();
    AtomicFile.write(
        out.resolve(ResultFiles.RUNS),
        w -> {
          w.write(ResultFiles.runsHeader(varied) + "\n");
          for (int r = 0; r < sweep.runs(); r++) {
            if (shard.holds(r)) {
              int p = sweep.point(r);
              SweepParts.Done d = parts.readDone(r);
              w.write(
                  r
                      + ","
                      + p
                      + ","
                      + sweep.replicate(r)
                      + ","
                      + plan.runSeed(r)
                      + ","
                      + values(p)
                      + d.status()
                      + ","
                      + d.seconds()
                      + "\n");
            }
          }
        });
    try (AtomicFile file = AtomicFile.create(out.resolve(ResultFiles.METRICS))) {
      OutputStream o = file.stream();
      o.write((ResultFiles.sweepMetricsHeader(varied) + "\n").getBytes(StandardCharsets.UTF_8));
      for (int r = 0; r < sweep.runs(); r++) {
        if (shard.holds(r)) {
          parts.copyRows(r, o);
        }
      }
      file.commit();
    }
    if (shard.whole()) {
      summarise(out);
    }
    String json = plan.json(version, shard);
    AtomicFile.write(out.resolve(ResultFiles.SWEEP), w -> w.write(json));
  }

  /** summary.csv, and for Sobol and Morris designs sensitivity.csv, from every run's finals. */
  private void summarise(Path out) throws IOException {
    int points = sweep.points().size();
    double[][] means = new double[points][];
    AtomicFile.write(
        out.resolve(ResultFiles.SUMMARY),
        w -> {
          w.write(ResultFiles.sweepSummaryHeader(sweep.varied()) + "\n");
          for (int p = 0; p < points; p++) {
            FinalStepSummary summary = new FinalStepSummary();
            String name = sweep.name();
            for (int k = 0; k < sweep.replicates(); k++) {
              SweepParts.Done d = parts.readDone(k * points + p);
              if (d.finals() != null) {
                summary.add(d.finals());
                name = d.scenario();
              }
            }
            double[] pointMeans = new double[MetricNames.METRICS.size() * GROUPS];
            means[p] = pointMeans;
            SummaryWriter.rows(
                w,
                Csv.field(name) + "," + p + "," + values(p),
                (m, g) -> {
                  Estimate e = summary.estimate(m, g);
                  pointMeans[m * GROUPS + g] = e.n() > 0 ? e.mean() : Double.NaN;
                  return e;
                });
          }
        });
    if (SweepSensitivity.applies(sweep)) {
      AtomicFile.write(
          out.resolve(ResultFiles.SENSITIVITY), w -> new SweepSensitivity(sweep, means).write(w));
    }
  }

  /** The varied values of point {@code p} as CSV cells, each followed by a comma. */
  String values(int p) {
    return ResultFiles.cells(sweep.points().get(p));
  }
}
