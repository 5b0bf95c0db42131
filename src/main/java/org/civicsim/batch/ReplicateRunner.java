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
import java.util.Locale;
import org.civicsim.io.MetricRowWriter;
import org.civicsim.model.Seeds;

/**
 * Runs one replicate and streams its rows to two part files (group rows and ward rows, without
 * headers) as they are produced, so that no replicate's rows are held in memory; keeps only the
 * final-step values for the summary.
 */
final class ReplicateRunner {
  private static final int BUFFER = 1 << 16;

  private final Simulation simulation;
  private final String scenario;
  private final long seed;
  private final Path parts;

  /** Replicates of {@code simulation} for scenario {@code scenario} with base seed {@code seed}. */
  ReplicateRunner(Simulation simulation, String scenario, long seed, Path parts) {
    this.simulation = simulation;
    this.scenario = scenario;
    this.seed = seed;
    this.parts = parts;
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
    Path groupPart = groupPart(r);
    Path wardPart = wardPart(r);
    RunCheckpoint.Replicate from = checkpoint == null ? null : checkpoint.replicate(r);
    if (from != null) {
      int weeks = from.finished() ? simulation.weeks() : from.week();
      for (int w = 0; w < weeks; w++) {
        weekDone.run();
      }
    }
    try (OutputStream groupStream = open(groupPart, from == null ? null : from.groupRows());
        OutputStream wardStream = open(wardPart, from == null ? null : from.wardRows());
        Writer groups = writer(groupStream);
        Writer wards = writer(wardStream)) {
      if (from != null && from.finished()) {
        double seconds = (System.nanoTime() - started) / 1e9;
        return new ReplicateResult(r, replicateSeed, from.last(), groupPart, wardPart, seconds);
      }
      FinalValues last =
          new FinalValues(
              new MetricRowWriter(scenario, r, replicateSeed, groups, wards),
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
                    checkpoint.save(r, state(r, week, model, groups, wards, last));
                  } catch (IOException e) {
                    throw new UncheckedIOException(e);
                  }
                }
              };
      simulation.run(replicateSeed, from == null ? null : from.model(), last, weekDone, saves);
      if (checkpoint != null) {
        checkpoint.save(r, state(r, simulation.weeks(), null, groups, wards, last));
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      return new ReplicateResult(r, replicateSeed, last.values(), groupPart, wardPart, seconds);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * The replicate's state after {@code week}: its model ({@code null} once finished), its rows so
   * far (the part files, flushed first) and its latest values.
   */
  private RunCheckpoint.Replicate state(
      int r, int week, byte[] model, Writer groups, Writer wards, FinalValues last)
      throws IOException {
    groups.flush();
    wards.flush();
    return new RunCheckpoint.Replicate(
        week,
        model == null,
        model,
        Files.readAllBytes(groupPart(r)),
        Files.readAllBytes(wardPart(r)),
        last.values().clone());
  }

  private Path groupPart(int r) {
    return parts.resolve(String.format(Locale.ROOT, "r%06d.csv", r));
  }

  private Path wardPart(int r) {
    return parts.resolve(String.format(Locale.ROOT, "r%06d-wards.csv", r));
  }

  /** A new part file holding {@code rows} (when not null) to begin with. */
  private static OutputStream open(Path part, byte[] rows) throws IOException {
    OutputStream out = Files.newOutputStream(part);
    if (rows != null) {
      try {
        out.write(rows);
      } catch (IOException e) {
        out.close();
        throw e;
      }
    }
    return out;
  }

  private static Writer writer(OutputStream out) {
    return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), BUFFER);
  }
}
