package org.civicsim.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Consumer;
import org.civicsim.io.Manifest;
import org.civicsim.io.ManifestWriter;
import org.civicsim.io.OutputException;
import org.civicsim.io.PosteriorFile;
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
  /** The name of the checkpoint file a run with {@code --out DIR} keeps in DIR. */
  public static final String CHECKPOINT = "run.checkpoint";

  private final Scenario scenario;
  private final RunSettings settings;
  private final int checkpointEvery;
  private final RunCheckpoint resumed;
  private final Consumer<Path> checkpointAnnounce;
  private final String folderName;
  private final List<Scenario> draws;
  private PosteriorFile.Posterior posterior;
  private int[] rows;

  /** What runs the replicates instead of the scenario's model (a replayed game), or null. */
  private Simulation replicatesBy;

  public ScenarioRun(Scenario scenario, RunSettings settings) {
    this(scenario, settings, 0, null, p -> {}, scenario.name(), null);
  }

  private ScenarioRun(
      Scenario scenario,
      RunSettings settings,
      int checkpointEvery,
      RunCheckpoint resumed,
      Consumer<Path> checkpointAnnounce,
      String folderName,
      List<Scenario> draws) {
    this.draws = draws;
    this.scenario = scenario;
    this.settings = settings;
    this.checkpointEvery = checkpointEvery;
    this.resumed = resumed;
    this.checkpointAnnounce = checkpointAnnounce;
    this.folderName = folderName;
  }

  /**
   * The same run with its results, when no {@code --out} is given, in {@code
   * results/<folder>/<run-id>/} rather than under the scenario's name.
   */
  public ScenarioRun under(String folder) {
    return copy(checkpointEvery, resumed, checkpointAnnounce, folder);
  }

  /**
   * The same run with its replicates run by {@code replicates} rather than by the scenario's model
   * alone: for a model whose policy changes as it runs, such as a budget game replayed from its
   * decisions. The scenario still names the run and gives its seed, replicates and weeks.
   */
  public ScenarioRun simulating(Simulation replicates) {
    ScenarioRun run = copy(checkpointEvery, resumed, checkpointAnnounce, folderName);
    run.replicatesBy = replicates;
    return run;
  }

  /** This run with other checkpoints or folder, keeping its draws and what runs its replicates. */
  private ScenarioRun copy(int every, RunCheckpoint from, Consumer<Path> announce, String folder) {
    ScenarioRun run = new ScenarioRun(scenario, settings, every, from, announce, folder, draws);
    run.posterior = posterior;
    run.rows = rows;
    run.replicatesBy = replicatesBy;
    return run;
  }

  /**
   * The same run saving a checkpoint every {@code weeks} weeks: {@code DIR/run.checkpoint} with
   * {@code --out DIR}, otherwise {@code results/<scenario>/<run-id>.checkpoint}; {@code announce}
   * is told the file's name before the replicates start. The file is deleted once the results are
   * complete.
   */
  public ScenarioRun checkpointEvery(int weeks, Consumer<Path> announce) {
    if (weeks < 1) {
      throw new IllegalArgumentException("checkpoints every " + weeks + " weeks");
    }
    return copy(weeks, null, announce, folderName);
  }

  /**
   * A run that continues the one saved in {@code checkpoint}, with the same scenario, and goes on
   * saving into the same file; its results are byte-identical to an uninterrupted run's.
   */
  public static ScenarioRun resume(
      RunCheckpoint checkpoint, RunSettings settings, Consumer<Path> announce) {
    Scenario scenario = checkpoint.scenario();
    return new ScenarioRun(scenario, settings, 0, checkpoint, announce, scenario.name(), null);
  }

  /**
   * The same run over posterior draws: {@code draws} are the scenario with each draw's constants,
   * each run for the scenario's replicates; replicate {@code d * R + r} is replicate r of draw d,
   * with seed {@code Seeds.replicate(seed, d * R + r)}, so two scenarios run over the same draws
   * with the same seed share each draw's seeds. The summary's intervals are posterior intervals
   * ({@link FinalStepSummary#estimate}).
   */
  public ScenarioRun overDraws(
      List<Scenario> draws, PosteriorFile.Posterior posterior, int[] rows) {
    if (checkpointEvery > 0 || resumed != null) {
      throw new IllegalStateException("a run over posterior draws keeps no checkpoints");
    }
    ScenarioRun run =
        new ScenarioRun(
            scenario, settings, 0, null, checkpointAnnounce, folderName, List.copyOf(draws));
    run.posterior = posterior;
    run.rows = rows.clone();
    return run;
  }

  /** Replicates run in all: the scenario's, times the draws in a run over draws. */
  public int replicates() {
    return draws == null ? scenario.replicates() : draws.size() * scenario.replicates();
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
      RunCheckpoint checkpoint = checkpoint(folder);
      try (progress) {
        // Threads left over when replicates are fewer step each replicate's residents.
        int perRun = settings.threads() / Math.min(settings.threads(), replicates());
        Simulation simulation =
            replicatesBy != null
                ? replicatesBy
                : draws == null
                    ? new ModelSimulation(scenario, perRun)
                    : new DrawSimulation(draws, scenario.replicates(), scenario.seed(), perRun);
        RunBatch replicates =
            new RunBatch(
                    simulation,
                    scenario.name(),
                    scenario.seed(),
                    replicates(),
                    settings.threads(),
                    progress)
                .writingBallots(scenario.output().pbFiles())
                .overDraws(draws == null ? 0 : scenario.replicates());
        if (checkpoint != null) {
          if (resumed != null) {
            removeLeftovers(checkpoint, staging);
          }
          checkpoint.stagedIn(staging);
          checkpointAnnounce.accept(checkpoint.file());
        }
        batch = replicates.run(folder.parts(), staging, checkpoint);
      } catch (IOException e) {
        throw OutputException.cannot("write results to", folder.destination(), e);
      }
      try {
        SummaryWriter.write(
            staging.resolve(ResultFiles.SUMMARY), scenario.name(), batch.summary()::estimate);
        if (draws != null) {
          PosteriorFile.writeDraws(
              staging.resolve(ResultFiles.POSTERIOR_DRAWS), posterior, rows, scenario.replicates());
        }
        ManifestWriter.write(staging.resolve(ResultFiles.MANIFEST), manifest(batch, start));
        RunCharts.writeInto(staging);
      } catch (IOException e) {
        throw OutputException.cannot("write results to", folder.destination(), e);
      }
      Path done = folder.commit();
      if (checkpoint != null) {
        try {
          checkpoint.delete();
        } catch (IOException e) {
          throw OutputException.cannot(
              "remove the finished run's checkpoint", checkpoint.file(), e);
        }
      }
      return new Outcome(done, batch);
    }
  }

  /** What the run that was stopped left: its staging folder and a half-saved checkpoint. */
  private static void removeLeftovers(RunCheckpoint checkpoint, Path staging) throws IOException {
    Path old = checkpoint.staging();
    if (old != null && !old.equals(staging.toAbsolutePath())) {
      RunFolder.removeAbandoned(old);
    }
    checkpoint.removeUnfinishedSaves();
  }

  private RunCheckpoint checkpoint(RunFolder folder) {
    if (resumed != null) {
      return resumed;
    }
    if (checkpointEvery == 0) {
      return null;
    }
    Path file =
        settings.out() != null
            ? settings.out().resolve(CHECKPOINT)
            : folder
                .destination()
                .resolveSibling(folder.destination().getFileName() + ".checkpoint");
    return RunCheckpoint.start(
        file, scenario, checkpointEvery, settings.out(), settings.overwrite());
  }

  private RunFolder openFolder(Instant start) throws OutputException {
    if (settings.out() != null) {
      return RunFolder.at(settings.out(), settings.overwrite());
    }
    return RunFolder.underResults(settings.results(), folderName, scenario.seed(), start);
  }

  private Manifest manifest(BatchResult batch, Instant start) {
    Instant end = Instant.now();
    return new Manifest(
        Manifest.COMPLETE,
        scenario.name(),
        scenario.seed(),
        replicates(),
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
        java.util.stream.Stream.concat(
                RunBatch.FILES.stream(),
                java.util.stream.Stream.of(ResultFiles.SUMMARY, ResultFiles.MANIFEST))
            .toList(),
        scenario);
  }
}
