package org.civicsim.batch;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.civicsim.io.AtomicFile;
import org.civicsim.io.Csv;
import org.civicsim.io.OutputException;
import org.civicsim.io.ResultFiles;
import org.civicsim.io.Shard;
import org.civicsim.io.SweepParts;
import org.civicsim.io.SweepPlan;
import org.civicsim.io.SweepRows;
import org.civicsim.scenario.Scenario;
import org.civicsim.scenario.ScenarioException;
import org.civicsim.scenario.ScenarioLoader;
import org.civicsim.scenario.Sweep;

/**
 * Runs a sweep's runs (DESIGN.md section 2) on a {@link RunPool}, as {@link RunBatch} runs a
 * scenario's replicates: each run streams its rows into its part ({@link SweepParts}), and once
 * every run is done {@link SweepAssembler} writes the sweep's files from the parts. With {@code
 * resume}, runs already complete are skipped and the files come out the same.
 */
public final class SweepRun {
  private final SweepPlan plan;
  private final Sweep sweep;
  private final Path out;
  private final int threads;
  private final boolean resume;
  private final String version;
  private final PrintStream progress;
  private final Shard shard;

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
    this.plan = new SweepPlan(sweep, everyStep);
    this.sweep = sweep;
    this.out = out;
    this.threads = Math.max(1, threads);
    this.resume = resume;
    this.version = version;
    this.progress = progress;
    this.shard = shard;
  }

  /** What came of the sweep: runs in all, run now, skipped as already complete, failed. */
  public record Outcome(int runs, int ran, int skipped, int failed) {}

  /**
   * Runs every run not yet complete and writes the sweep's files.
   *
   * @throws OutputException when the folder holds something else, or cannot be written
   */
  public Outcome run() throws OutputException, IOException, InterruptedException {
    SweepParts parts = SweepParts.open(out, plan, shard, resume);
    List<Integer> pending = new ArrayList<>();
    for (int r = 0; r < sweep.runs(); r++) {
      if (shard.holds(r) && !(resume && parts.complete(r))) {
        pending.add(r);
      }
    }
    int mine = shard.size(sweep.runs());
    int skipped = mine - pending.size();
    SweepProgress counter = new SweepProgress(progress, mine, skipped);
    int failed = 0;
    try (RunPool pool = new RunPool(Math.min(threads, sweep.runs()), "sweep-worker")) {
      List<Future<Boolean>> running = new ArrayList<>(pending.size());
      for (int r : pending) {
        running.add(
            pool.submit(
                () -> {
                  boolean ok = runOne(parts, r);
                  counter.done();
                  return ok;
                }));
      }
      for (Future<Boolean> f : running) {
        if (!RunPool.await(f)) {
          failed++;
        }
      }
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw OutputException.cannot("write", out.resolve(ResultFiles.PARTS), io);
      }
      throw (RuntimeException) e.getCause();
    }
    new SweepAssembler(plan, parts, shard).write(out, version);
    return new Outcome(mine, mine - skipped, skipped, failed);
  }

  /**
   * Combines shard folders (each written by {@code --shard I/N} for one sweep) into {@code out}:
   * the same files as the sweep run whole, the shards' parts read where they are.
   *
   * @throws OutputException when a folder is not a shard of a sweep, the shards come from different
   *     sweeps, a run is missing or unfinished, or {@code out} cannot be written
   */
  public static Sweep merge(List<Path> shards, Path out, String version)
      throws OutputException, IOException {
    return SweepAssembler.merge(shards, out, version);
  }

  /** Runs run {@code r}, writing its parts; false when the model failed (recorded as failed). */
  private boolean runOne(SweepParts parts, int r) throws IOException {
    int p = sweep.point(r);
    int k = sweep.replicate(r);
    long seed = plan.runSeed(r);
    long started = System.nanoTime();
    String status = SweepParts.OK;
    String name = sweep.name();
    double[] finals = null;
    try (AtomicFile part = AtomicFile.create(parts.rows(r))) {
      Scenario scenario = scenario(p);
      name = scenario.name();
      String prefix =
          Csv.field(name)
              + ','
              + r
              + ','
              + p
              + ','
              + k
              + ','
              + seed
              + ','
              + ResultFiles.cells(sweep.points().get(p));
      int last = plan.everyStep() ? -1 : scenario.steps();
      FinalValues values = new FinalValues(new SweepRows(prefix, part.writer(), last));
      new ModelSimulation(scenario, 1).run(seed, values, () -> {});
      finals = values.values();
      part.commit();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } catch (ScenarioException | RuntimeException e) {
      if (e instanceof CancellationException c) {
        throw c;
      }
      status = SweepParts.FAILED;
      progress(r, p, k, seed, e);
      parts.clearRows(r);
    }
    parts.writeDone(r, status, (System.nanoTime() - started) / 1e9, name, finals);
    return SweepParts.OK.equals(status);
  }

  private void progress(int r, int p, int k, long seed, Exception e) {
    if (progress != null) {
      progress.println(
          "run " + r + " (point " + p + ", replicate " + k + ", seed " + seed + ") failed: " + e);
    }
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
    if (!plan.everyStep()) {
      // Never a multiple of a week number a run reaches: only week 0 and the final week remain.
      quieter.add("output.record_every=" + Integer.MAX_VALUE);
    }
    return ScenarioLoader.load(sweep.base(), quieter);
  }
}
