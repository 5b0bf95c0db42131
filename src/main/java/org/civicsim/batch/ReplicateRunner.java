package org.civicsim.batch;

import java.io.BufferedWriter;
import java.io.IOException;
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
 * Runs one replicate and streams its rows to four part files (group rows, ward rows, spend by line
 * and the final Lorenz curve of voice, without headers) as they are produced, so that no replicate's rows are held in memory; keeps only the
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
    long started = System.nanoTime();
    long replicateSeed = Seeds.replicate(seed, r);
    Path groupPart = parts.resolve(String.format(Locale.ROOT, "r%06d.csv", r));
    Path wardPart = parts.resolve(String.format(Locale.ROOT, "r%06d-wards.csv", r));
    Path spendPart = parts.resolve(String.format(Locale.ROOT, "r%06d-spend.csv", r));
    Path lorenzPart = parts.resolve(String.format(Locale.ROOT, "r%06d-lorenz.csv", r));
    try (Writer groups = open(groupPart);
        Writer wards = open(wardPart);
        Writer spend = open(spendPart);
        Writer lorenz = open(lorenzPart)) {
      FinalValues last =
          new FinalValues(
              new MetricRowWriter(scenario, r, replicateSeed, groups, wards, spend, lorenz));
      simulation.run(replicateSeed, last, weekDone);
      double seconds = (System.nanoTime() - started) / 1e9;
      return new ReplicateResult(
          r, replicateSeed, last.values(), groupPart, wardPart, spendPart, lorenzPart, seconds);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static Writer open(Path part) throws IOException {
    return new BufferedWriter(
        new OutputStreamWriter(Files.newOutputStream(part), StandardCharsets.UTF_8), BUFFER);
  }
}
