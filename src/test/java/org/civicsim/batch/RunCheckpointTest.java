package org.civicsim.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.civicsim.io.ResultFiles;
import org.civicsim.metrics.MetricSink;
import org.civicsim.scenario.Scenario;
import org.civicsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch stopped partway continues from its checkpoint file: replicates that had finished are
 * taken from the file, one stopped after a saved week goes on from that week, the rest start
 * afresh, and the files are those of a batch never stopped.
 */
class RunCheckpointTest {
  private static final int STEPS = 30;

  @TempDir Path dir;

  private static Scenario small() throws Exception {
    return ScenarioLoader.parse(
        "name: small\nsteps: " + STEPS + "\nreplicates: 3\nborough: {residents: 300, wards: 3}\n",
        "small.yaml",
        List.of());
  }

  /** The model, stopped (as by a kill) after {@code weeks} weeks over all replicates. */
  private static Simulation stoppingAfter(Simulation model, int weeks) {
    AtomicInteger done = new AtomicInteger();
    return new Simulation() {
      @Override
      public int weeks() {
        return model.weeks();
      }

      @Override
      public void run(long seed, MetricSink sink, Runnable weekDone) {
        run(seed, null, sink, weekDone, null);
      }

      @Override
      public void run(long seed, byte[] from, MetricSink sink, Runnable weekDone, Saves saves) {
        Runnable counting =
            () -> {
              if (done.incrementAndGet() > weeks) {
                throw new CancellationException("stopped");
              }
              weekDone.run();
            };
        model.run(seed, from, sink, counting, saves);
      }
    };
  }

  private BatchResult batch(Simulation simulation, String name, RunCheckpoint checkpoint)
      throws Exception {
    Path folder = Files.createDirectories(dir.resolve(name));
    Path parts = Files.createDirectories(folder.resolve(".parts"));
    return new RunBatch(simulation, "small", 42, 3, 1, Progress.none())
        .run(
            parts,
            folder.resolve(ResultFiles.METRICS),
            folder.resolve(ResultFiles.METRICS_WARDS),
            folder.resolve(ResultFiles.SPEND),
            folder.resolve(ResultFiles.VOICE_LORENZ),
            checkpoint);
  }

  @Test
  void aStoppedBatchContinuesFromItsCheckpointToTheSameFiles() throws Exception {
    Scenario scenario = small();
    ModelSimulation model = new ModelSimulation(scenario);
    BatchResult whole = batch(model, "whole", null);

    Path file = dir.resolve("run.checkpoint");
    RunCheckpoint saving = RunCheckpoint.start(file, scenario, 10, null, false);
    // Replicate 0 finishes; replicate 1 is stopped at week 25, after its save at week 20.
    assertThrows(
        ReplicateFailedException.class,
        () -> batch(stoppingAfter(model, STEPS + 25), "stopped", saving));

    RunCheckpoint read = RunCheckpoint.read(file);
    assertEquals(1, read.finishedReplicates());
    assertTrue(read.replicate(0).finished());
    assertNull(read.replicate(0).model());
    assertEquals(20, read.replicate(1).week());
    assertNotNull(read.replicate(1).model());

    BatchResult resumed = batch(model, "resumed", read);
    for (String name :
        List.of(
            ResultFiles.METRICS,
            ResultFiles.METRICS_WARDS,
            ResultFiles.SPEND,
            ResultFiles.VOICE_LORENZ)) {
      assertArrayEquals(
          Files.readAllBytes(dir.resolve("whole").resolve(name)),
          Files.readAllBytes(dir.resolve("resumed").resolve(name)),
          name);
    }
    assertEquals(whole.replicateSeeds(), resumed.replicateSeeds());
    assertEquals(3, RunCheckpoint.read(file).finishedReplicates(), "every replicate saved done");
  }
}
