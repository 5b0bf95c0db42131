package org.civicsim.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.civicsim.io.ResultFiles;
import org.civicsim.model.Seeds;

/**
 * Runs a scenario's replicates on a fixed pool of threads and assembles {@code metrics.csv}, {@code
 * metrics-wards.csv}, {@code spend.csv} and {@code voice-lorenz.csv} from their part files in
 * replicate order, so that the files are byte-identical whatever the number of threads and
 * whichever replicate finishes first.
 */
public final class RunBatch {
  private final Simulation simulation;
  private final String scenario;
  private final long seed;
  private final int replicates;
  private final int threads;
  private final Progress progress;
  private boolean pbFiles;
  private int perDraw;

  /**
   * A batch of {@code replicates} runs of {@code simulation} for scenario {@code scenario}, the
   * seed of replicate r being {@code Seeds.replicate(seed, r)}, on at most {@code threads} threads.
   */
  public RunBatch(
      Simulation simulation,
      String scenario,
      long seed,
      int replicates,
      int threads,
      Progress progress) {
    if (replicates < 1 || threads < 1) {
      throw new IllegalArgumentException("replicates and threads must be at least 1");
    }
    this.simulation = simulation;
    this.scenario = scenario;
    this.seed = seed;
    this.replicates = replicates;
    this.threads = threads;
    this.progress = progress;
  }

  /**
   * Runs every replicate, writing part files into {@code parts}, then writes {@code metrics} and
   * {@code metricsWards} whole and deletes the parts.
   *
   * @throws ReplicateFailedException when a replicate fails; the others are stopped
   * @throws IOException when a part or results file cannot be written
   */
  public BatchResult run(Path parts, Path metrics, Path metricsWards)
      throws IOException, InterruptedException {
    return run(parts, metrics, metricsWards, null, null);
  }

  /**
   * As {@link #run(Path, Path, Path)}, also writing each council's spend by budget line to {@code
   * spend} and the residents' final Lorenz curves of voice to {@code voiceLorenz}; either may be
   * null, and its parts are then only deleted.
   */
  public BatchResult run(Path parts, Path metrics, Path metricsWards, Path spend, Path voiceLorenz)
      throws IOException, InterruptedException {
    return run(parts, metrics, metricsWards, spend, voiceLorenz, null);
  }

  /**
   * As {@link #run(Path, Path, Path, Path, Path)}, each replicate continuing from its state in
   * {@code checkpoint} and saving its state there as it goes, when {@code checkpoint} is not null.
   */
  public BatchResult run(
      Path parts,
      Path metrics,
      Path metricsWards,
      Path spend,
      Path voiceLorenz,
      RunCheckpoint checkpoint)
      throws IOException, InterruptedException {
    return run(
        parts,
        new Path[] {metrics, metricsWards, spend, voiceLorenz, null, null, null, null},
        null,
        checkpoint);
  }

  /** The contract files in the order of {@link ReplicateRunner#PARTS}, with their headers. */
  private static final String[] HEADERS = {
    ResultFiles.METRICS_HEADER,
    ResultFiles.METRICS_WARDS_HEADER,
    ResultFiles.SPEND_HEADER,
    ResultFiles.VOICE_LORENZ_HEADER,
    ResultFiles.SERVICES_HEADER,
    ResultFiles.PLACES_HEADER,
    ResultFiles.METRICS_COUNCILS_HEADER,
    ResultFiles.PB_HEADER
  };

  /** The names of the files {@link #run(Path, Path, RunCheckpoint)} writes into a folder. */
  public static final List<String> FILES =
      List.of(
          ResultFiles.METRICS,
          ResultFiles.METRICS_WARDS,
          ResultFiles.SPEND,
          ResultFiles.VOICE_LORENZ,
          ResultFiles.SERVICES,
          ResultFiles.PLACES,
          ResultFiles.METRICS_COUNCILS,
          ResultFiles.PB);

  /**
   * Runs every replicate and writes all of {@link #FILES} into {@code folder}, continuing from
   * {@code checkpoint} when it is not null.
   */
  public BatchResult run(Path parts, Path folder, RunCheckpoint checkpoint)
      throws IOException, InterruptedException {
    Path[] targets = new Path[FILES.size()];
    for (int k = 0; k < targets.length; k++) targets[k] = folder.resolve(FILES.get(k));
    return run(parts, targets, pbFiles ? folder.resolve(ResultFiles.PB_FOLDER) : null, checkpoint);
  }

  /**
   * Also writes every participatory-budgeting vote of every replicate as a Pabulib file into the
   * folder's {@code pb/} ({@code output.pb_files}); returns this batch.
   */
  public RunBatch writingBallots(boolean on) {
    this.pbFiles = on;
    return this;
  }

  /**
   * Summarises the replicates as a run over posterior draws of {@code replicates} replicates each
   * ({@link FinalStepSummary#estimate}); returns this batch.
   */
  public RunBatch overDraws(int replicates) {
    this.perDraw = replicates;
    return this;
  }

  /**
   * Runs every replicate; {@code targets} in the order of {@link ReplicateRunner#PARTS}, any null.
   */
  private BatchResult run(Path parts, Path[] targets, Path ballots, RunCheckpoint checkpoint)
      throws IOException, InterruptedException {
    ReplicateRunner runner = new ReplicateRunner(simulation, scenario, seed, parts, ballots);
    FinalStepSummary summary = new FinalStepSummary(perDraw);
    List<Long> seeds = new ArrayList<>(replicates);
    List<List<Path>> byFile = new ArrayList<>();
    for (int k = 0; k < targets.length; k++) byFile.add(new ArrayList<>(replicates));
    try (RunPool pool = new RunPool(Math.min(threads, replicates), "replicate-worker")) {
      List<Future<ReplicateResult>> running = new ArrayList<>(replicates);
      for (int r = 0; r < replicates; r++) {
        int replicate = r;
        running.add(
            pool.submit(
                () -> {
                  ReplicateResult result = runner.run(replicate, progress::week, checkpoint);
                  progress.replicateDone(replicate, result.seconds());
                  return result;
                }));
      }
      for (int r = 0; r < replicates; r++) {
        ReplicateResult result = await(running.get(r), r);
        summary.add(result.finalValues());
        seeds.add(result.seed());
        for (int k = 0; k < targets.length; k++) byFile.get(k).add(result.parts().get(k));
      }
    }
    for (int k = 0; k < targets.length; k++) assemble(HEADERS[k], byFile.get(k), targets[k]);
    return new BatchResult(List.copyOf(seeds), summary);
  }

  private ReplicateResult await(Future<ReplicateResult> future, int r)
      throws IOException, InterruptedException {
    try {
      return RunPool.await(future);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new ReplicateFailedException(r, Seeds.replicate(seed, r), e.getCause());
    }
  }

  private static void assemble(String header, List<Path> parts, Path target) throws IOException {
    if (target != null) {
      ResultFiles.concatenate(header, parts, target);
    }
    for (Path part : parts) {
      Files.deleteIfExists(part);
    }
  }
}
