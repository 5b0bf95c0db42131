package org.civicsim.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.civicsim.io.Manifest;
import org.civicsim.io.ManifestWriter;
import org.civicsim.io.OutputException;
import org.civicsim.io.ResultFiles;
import org.civicsim.io.RunFolder;
import org.civicsim.io.SummaryWriter;
import org.civicsim.report.RunCharts;
import org.civicsim.scenario.Scenario;

/**
 * One {@code run} of a validated scenario from start to finish: the run folder, the replicates, the
 * summary and the manifest, committed together so that the results appear whole or not at all.
 */
public final class ScenarioRun {
  private final Scenario scenario;
  private final RunSettings settings;

  public ScenarioRun(Scenario scenario, RunSettings settings) {
    this.scenario = scenario;
    this.settings = settings;
  }

  /** A finished run: the folder holding its results and the batch's outcome. */
  public record Outcome(Path folder, BatchResult batch) {}

  /**
   * Runs every replicate, reporting to {@code progress} (which is closed when the replicates are
   * done), and writes the results.
   *
   * @throws OutputException when the results folder cannot be created or written
   */
  public Outcome run(Progress progress) throws OutputException, InterruptedException {
    Instant start = Instant.now();
    try (RunFolder folder = openFolder(start)) {
      Path staging = folder.staging();
      BatchResult batch;
      try (progress) {
        RunBatch replicates =
            new RunBatch(
                new ModelSimulation(
                    scenario,
                    // Threads left over when replicates are fewer step each replicate's residents.
                    settings.threads() / Math.min(settings.threads(), scenario.replicates())),
                scenario.name(),
                scenario.seed(),
                scenario.replicates(),
                settings.threads(),
                progress);
        batch =
            replicates.run(
                folder.parts(),
                staging.resolve(ResultFiles.METRICS),
                staging.resolve(ResultFiles.METRICS_WARDS),
                staging.resolve(ResultFiles.SPEND),
                staging.resolve(ResultFiles.VOICE_LORENZ));
      } catch (IOException e) {
        throw OutputException.cannot("write results to", folder.destination(), e);
      }
      try {
        SummaryWriter.write(
            staging.resolve(ResultFiles.SUMMARY), scenario.name(), batch.summary()::estimate);
        ManifestWriter.write(staging.resolve(ResultFiles.MANIFEST), manifest(batch, start));
        RunCharts.writeInto(staging);
      } catch (IOException e) {
        throw OutputException.cannot("write results to", folder.destination(), e);
      }
      return new Outcome(folder.commit(), batch);
    }
  }

  private RunFolder openFolder(Instant start) throws OutputException {
    if (settings.out() != null) {
      return RunFolder.at(settings.out(), settings.overwrite());
    }
    return RunFolder.underResults(settings.results(), scenario.name(), scenario.seed(), start);
  }

  private Manifest manifest(BatchResult batch, Instant start) {
    Instant end = Instant.now();
    return new Manifest(
        Manifest.COMPLETE,
        scenario.name(),
        scenario.seed(),
        scenario.replicates(),
        scenario.steps(),
        batch.replicateSeeds(),
        settings.version(),
        settings.gitCommit(),
        System.getProperty("java.vendor"),
        System.getProperty("java.version"),
        System.getProperty("os.name")
            + " "
            + System.getProperty("os.version")
            + " "
            + System.getProperty("os.arch"),
        settings.threads(),
        settings.commandLine(),
        start.truncatedTo(ChronoUnit.MILLIS).toString(),
        end.truncatedTo(ChronoUnit.MILLIS).toString(),
        Duration.between(start, end).toMillis() / 1000.0,
        List.of(
            ResultFiles.METRICS,
            ResultFiles.METRICS_WARDS,
            ResultFiles.SPEND,
            ResultFiles.VOICE_LORENZ,
            ResultFiles.SUMMARY,
            ResultFiles.MANIFEST),
        scenario);
  }
}
