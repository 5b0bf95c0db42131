package org.civicsim.calibration;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.civicsim.batch.RunPool;
import org.civicsim.io.AtomicFile;
import org.civicsim.io.FileTrees;
import org.civicsim.io.Shard;
import org.civicsim.scenario.ScenarioException;

/**
 * A calibration of civicsim in a folder: each generation of {@link AbcSmc} is a sweep of one-
 * replicate runs on a {@link RunPool}, each run's outcome saved whole as it finishes and the
 * sampler's state saved whole after each generation, so that an interrupted calibration continues
 * with {@code --resume} from where it stopped and ends with the same posterior, byte for byte,
 * whatever the number of threads.
 */
public final class CalibrationRun {
  /** The folder of the calibration's working state inside its output folder. */
  public static final String WORK = "work";

  static final String STATE = "state.json";

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /**
   * What identifies a calibration: a resumed one must match it exactly.
   *
   * @param scenario the scenario file, as given
   * @param set the fixed changes to it
   */
  public record Design(
      String scenario,
      List<String> set,
      List<Prior> priors,
      List<String> figures,
      AbcSmc.Settings settings) {}

  /** The saved state: the design, the sampler's state after the last generation, time spent. */
  public record Saved(Design design, AbcSmc.State state, double seconds) {}

  private final Design design;
  private final ModelDistance model;
  private final Path out;
  private final int threads;
  private final PrintStream progress;

  public CalibrationRun(
      Design design, ModelDistance model, Path out, int threads, PrintStream progress) {
    this.design = design;
    this.model = model;
    this.out = out;
    this.threads = Math.max(1, threads);
    this.progress = progress;
  }

  /** Whether {@code out} holds a calibration's saved state. */
  public static boolean started(Path out) {
    return Files.isRegularFile(out.resolve(WORK).resolve(STATE));
  }

  /**
   * The saved state in {@code out}.
   *
   * @throws IOException when it cannot be read
   */
  public static Saved load(Path out) throws IOException {
    return JSON.readValue(out.resolve(WORK).resolve(STATE).toFile(), Saved.class);
  }

  /**
   * Runs generations until the sampler finishes, from {@code from} (the saved state, or null for a
   * fresh start), saving after each; returns the final state and the seconds spent in all.
   */
  public Saved run(Saved from) throws IOException, InterruptedException {
    return run(from, Integer.MAX_VALUE);
  }

  /** As {@link #run(Saved)}, stopping after {@code rounds} rounds even when not finished. */
  public Saved run(Saved from, int rounds) throws IOException, InterruptedException {
    AbcSmc abc = new AbcSmc(design.priors(), design.settings());
    AbcSmc.State state = from == null ? abc.start() : from.state();
    double seconds = from == null ? 0 : from.seconds();
    Path work = out.resolve(WORK);
    Files.createDirectories(work);
    for (int round = 0; round < rounds && !state.finished(); round++) {
      long started = System.nanoTime();
      List<AbcSmc.Proposal> proposals = abc.propose(state);
      Path folder = roundFolder(work, state);
      List<AbcSmc.Outcome> outcomes = generation(proposals, folder, Shard.WHOLE);
      state = abc.update(state, proposals, outcomes);
      seconds += (System.nanoTime() - started) / 1e9;
      save(new Saved(design, state, seconds));
      FileTrees.delete(folder);
      report(state, seconds);
    }
    return new Saved(design, state, seconds);
  }

  /**
   * Runs only the points of the next round that {@code shard} holds (index {@code i} with {@code i
   * % N == I - 1}), saving each outcome, and leaves the state as it is: a task of a job array. The
   * round is taken up by the next {@link #run} in the same folder, which reads the outcomes the
   * shards saved and runs none of them again. Saves the starting state first when there is none.
   */
  public void runShard(Saved from, Shard shard) throws IOException, InterruptedException {
    AbcSmc abc = new AbcSmc(design.priors(), design.settings());
    AbcSmc.State state = from == null ? abc.start() : from.state();
    Path work = out.resolve(WORK);
    Files.createDirectories(work);
    if (from == null) {
      save(new Saved(design, state, 0));
    }
    if (!state.finished()) {
      generation(abc.propose(state), roundFolder(work, state), shard);
    }
  }

  private void save(Saved saved) throws IOException {
    AtomicFile.write(
        out.resolve(WORK).resolve(STATE), w -> w.write(JSON.writeValueAsString(saved)));
  }

  private static Path roundFolder(Path work, AbcSmc.State state) {
    return work.resolve(
        String.format(
            Locale.ROOT, "generation-%03d-from-%05d", state.next(), state.pendingSimulations()));
  }

  private void report(AbcSmc.State s, double seconds) {
    if (progress == null) {
      return;
    }
    if (!s.pending().isEmpty() || s.pendingSimulations() > 0) {
      progress.printf(
          Locale.ROOT,
          "generation %d: %d of %d points kept so far (%d simulations in all, %.0f s)%n",
          s.next(),
          s.pending().size(),
          s.pendingSimulations(),
          s.simulations(),
          seconds);
      return;
    }
    AbcSmc.Generation g = s.generations().get(s.generations().size() - 1);
    progress.printf(
        Locale.ROOT,
        "generation %d: %d simulations (%d in all), tolerance %.4f, acceptance %.3f, %d kept,"
            + " ESS %.1f (%.0f s)%n",
        g.generation(),
        g.simulations(),
        s.simulations(),
        g.tolerance(),
        g.acceptance(),
        g.kept(),
        g.ess(),
        seconds);
  }

  /**
   * The outcome of each proposal, in order: read from its file when an earlier, interrupted run
   * finished it, otherwise simulated on the pool and saved.
   */
  private List<AbcSmc.Outcome> generation(List<AbcSmc.Proposal> proposals, Path folder, Shard shard)
      throws IOException, InterruptedException {
    Files.createDirectories(folder);
    List<Future<AbcSmc.Outcome>> running = new ArrayList<>(proposals.size());
    try (RunPool pool = new RunPool(Math.min(threads, proposals.size()), "calibration-worker")) {
      for (AbcSmc.Proposal p : proposals) {
        if (!shard.holds(p.index())) {
          continue;
        }
        Path done = folder.resolve(String.format(Locale.ROOT, "%05d.txt", p.index()));
        running.add(pool.submit(() -> outcome(p, folder, done)));
      }
      List<AbcSmc.Outcome> outcomes = new ArrayList<>(proposals.size());
      for (Future<AbcSmc.Outcome> f : running) {
        outcomes.add(RunPool.await(f));
      }
      return outcomes;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IllegalStateException("a calibration run failed", e.getCause());
    }
  }

  private AbcSmc.Outcome outcome(AbcSmc.Proposal p, Path folder, Path done)
      throws IOException, InterruptedException {
    if (Files.isRegularFile(done)) {
      return read(done);
    }
    AbcSmc.Outcome o;
    try {
      o = model.simulate(p.theta(), p.seed(), folder.resolve("run-" + p.index()));
    } catch (ScenarioException e) {
      // A constant outside its key's range: a point the model cannot run is never kept.
      double[] none = new double[model.figures().size()];
      java.util.Arrays.fill(none, Double.NaN);
      o = new AbcSmc.Outcome(Double.MAX_VALUE, none);
    }
    AbcSmc.Outcome result = o;
    AtomicFile.write(done, w -> w.write(JSON.writeValueAsString(result)));
    return result;
  }

  private static AbcSmc.Outcome read(Path done) throws IOException {
    return JSON.readValue(Files.readString(done, StandardCharsets.UTF_8), AbcSmc.Outcome.class);
  }
}
