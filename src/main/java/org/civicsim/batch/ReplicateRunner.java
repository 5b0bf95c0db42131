package org.civicsim.batch;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.civicsim.io.MetricRowWriter;
import org.civicsim.model.Seeds;

/**
 * Runs one replicate and streams its rows to part files (group rows, ward rows, spend by line, the
 * final Lorenz curve of voice, services, places and councils, without headers) as they are
 * produced, so that no replicate's rows are held in memory; keeps only the final-step values for
 * the summary.
 */
final class ReplicateRunner {
  private static final int BUFFER = 1 << 16;

  /** The part files' name endings, in the order of {@link RunCheckpoint.Replicate#rows()}. */
  static final String[] PARTS = {
    ".csv",
    "-wards.csv",
    "-spend.csv",
    "-lorenz.csv",
    "-services.csv",
    "-places.csv",
    "-councils.csv",
    "-pb.csv"
  };

  private final Simulation simulation;
  private final String scenario;
  private final long seed;
  private final Path parts;
  private final Path ballots;

  /** Replicates of {@code simulation} for scenario {@code scenario} with base seed {@code seed}. */
  ReplicateRunner(Simulation simulation, String scenario, long seed, Path parts) {
    this(simulation, scenario, seed, parts, null);
  }

  /** As above, writing every participatory-budgeting vote into {@code ballots} when not null. */
  ReplicateRunner(Simulation simulation, String scenario, long seed, Path parts, Path ballots) {
    this.simulation = simulation;
    this.scenario = scenario;
    this.seed = seed;
    this.parts = parts;
    this.ballots = ballots;
  }

  /** Runs replicate {@code r} (0-based) with seed {@link Seeds#replicate}. */
  ReplicateResult run(int r, Runnable weekDone) throws IOException {
    return run(r, weekDone, null);
  }

  /**
   * Runs replicate {@code r}, or continues it from its state in {@code checkpoint} (when not null),
   * saving its state there every {@link RunCheckpoint#every()} weeks and when it finishes. A
   * continued replicate's part files start with exactly the rows saved with its state, so nothing
   * written after the checkpoint survives.
   */
  ReplicateResult run(int r, Runnable weekDone, RunCheckpoint checkpoint) throws IOException {
    long started = System.nanoTime();
    long replicateSeed = Seeds.replicate(seed, r);
    Path[] files = new Path[PARTS.length];
    for (int k = 0; k < PARTS.length; k++) {
      files[k] = parts.resolve(String.format(Locale.ROOT, "r%06d", r) + PARTS[k]);
    }
    RunCheckpoint.Replicate from = checkpoint == null ? null : checkpoint.replicate(r);
    if (from != null) {
      int weeks = from.finished() ? simulation.weeks() : from.week();
      for (int w = 0; w < weeks; w++) {
        weekDone.run();
      }
    }
    Writer[] writers = new Writer[PARTS.length];
    try {
      for (int k = 0; k < PARTS.length; k++) {
        writers[k] = open(files[k], from == null ? null : from.rows()[k]);
      }
      double[] values;
      if (from != null && from.finished()) {
        values = from.last();
      } else {
        FinalValues last =
            new FinalValues(
                new MetricRowWriter(
                    scenario,
                    r,
                    replicateSeed,
                    writers[0],
                    writers[1],
                    writers[2],
                    writers[3],
                    writers[4],
                    writers[5],
                    writers[6],
                    writers[7],
                    ballots),
                from == null ? null : from.last());
        Simulation.Saves saves =
            checkpoint == null
                ? null
                : new Simulation.Saves() {
                  @Override
                  public int every() {
                    return checkpoint.every();
                  }

                  @Override
                  public void save(int week, byte[] model) {
                    try {
                      checkpoint.save(r, state(week, model, files, writers, last));
                    } catch (IOException e) {
                      throw new UncheckedIOException(e);
                    }
                  }
                };
        simulation.run(replicateSeed, from == null ? null : from.model(), last, weekDone, saves);
        if (checkpoint != null) {
          checkpoint.save(r, state(simulation.weeks(), null, files, writers, last));
        }
        values = last.values();
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      return new ReplicateResult(r, replicateSeed, values, List.of(files), seconds);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } finally {
      // Before the result reaches the caller, which assembles the files.
      for (Writer w : writers) {
        if (w != null) {
          w.close();
        }
      }
    }
  }

  /**
   * The replicate's state after {@code week}: its model ({@code null} once finished), its rows so
   * far (the part files, flushed first) and its latest values.
   */
  private static RunCheckpoint.Replicate state(
      int week, byte[] model, Path[] files, Writer[] writers, FinalValues last) throws IOException {
    byte[][] rows = new byte[files.length][];
    for (int k = 0; k < files.length; k++) {
      writers[k].flush();
      rows[k] = Files.readAllBytes(files[k]);
    }
    return new RunCheckpoint.Replicate(week, model == null, model, rows, last.values().clone());
  }

  /** A new part file holding {@code rows} (when not null) to begin with. */
  private static Writer open(Path part, byte[] rows) throws IOException {
    OutputStream out = Files.newOutputStream(part);
    if (rows != null) {
      try {
        out.write(rows);
      } catch (IOException e) {
        out.close();
        throw e;
      }
    }
    return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), BUFFER);
  }
}
