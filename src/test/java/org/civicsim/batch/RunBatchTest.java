package org.civicsim.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.civicsim.io.ResultFiles;
import org.civicsim.metrics.MetricNames;
import org.civicsim.metrics.MetricSink;
import org.civicsim.model.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunBatchTest {
  private static final int REPLICATES = 6;
  private static final int WEEKS = 3;

  @TempDir Path dir;

  /**
   * Rows that differ by seed and week; replicates finish in reverse order, so that a file assembled
   * in order of finishing would come out scrambled.
   */
  private static final class ScrambledFinish implements Simulation {
    @Override
    public int weeks() {
      return WEEKS;
    }

    @Override
    public void run(long seed, MetricSink sink, Runnable weekDone) {
      int rank = rankOf(seed);
      sleep(10L * (REPLICATES - rank));
      for (int week = 0; week <= WEEKS; week++) {
        if (week > 0) {
          weekDone.run();
        }
        for (int g = 0; g < MetricNames.GROUPS.size(); g++) {
          sink.group(week, MetricNames.COVERAGE, g, (seed % 1000) / 1000.0 + week + g / 10.0);
        }
        sink.ward(week, MetricNames.COVERAGE, rank, week);
        sink.spend(week, "borough-1", week % MetricNames.SPEND_LINES.size(), seed % 997);
      }
      sink.voiceLorenz(WEEKS, 0, 0);
      sink.voiceLorenz(WEEKS, 1, 1);
    }

    private static int rankOf(long seed) {
      for (int r = 0; r < REPLICATES; r++) {
        if (Seeds.replicate(7, r) == seed) {
          return r;
        }
      }
      throw new IllegalArgumentException("unknown seed " + seed);
    }

    private static void sleep(long millis) {
      try {
        Thread.sleep(millis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private BatchResult run(Simulation simulation, int threads, String name, Progress progress)
      throws Exception {
    Path folder = Files.createDirectories(dir.resolve(name));
    Path parts = Files.createDirectories(folder.resolve(".parts"));
    RunBatch batch = new RunBatch(simulation, "scrambled", 7, REPLICATES, threads, progress);
    return batch.run(
        parts,
        folder.resolve(ResultFiles.METRICS),
        folder.resolve(ResultFiles.METRICS_WARDS),
        folder.resolve(ResultFiles.SPEND),
        folder.resolve(ResultFiles.VOICE_LORENZ));
  }

  @Test
  void filesAreIdenticalWhateverTheNumberOfThreads() throws Exception {
    run(new ScrambledFinish(), 1, "one", Progress.none());
    run(new ScrambledFinish(), 3, "three", Progress.none());
    for (String file :
        List.of(
            ResultFiles.METRICS,
            ResultFiles.METRICS_WARDS,
            ResultFiles.SPEND,
            ResultFiles.VOICE_LORENZ)) {
      byte[] one = Files.readAllBytes(dir.resolve("one").resolve(file));
      byte[] three = Files.readAllBytes(dir.resolve("three").resolve(file));
      assertArrayEquals(one, three, file);
    }
  }

  @Test
  void rowsComeInReplicateOrderEvenWhenReplicatesFinishOutOfOrder() throws Exception {
    List<Integer> finished = Collections.synchronizedList(new ArrayList<>());
    Progress progress =
        new Progress() {
          @Override
          public void week() {}

          @Override
          public void replicateDone(int replicate, double seconds) {
            finished.add(replicate);
          }

          @Override
          public void close() {}
        };
    BatchResult result = run(new ScrambledFinish(), 3, "order", progress);

    assertFalse(finished.equals(List.of(0, 1, 2, 3, 4, 5)), "finish order was " + finished);
    List<String> lines = Files.readAllLines(dir.resolve("order").resolve(ResultFiles.METRICS));
    assertEquals(ResultFiles.METRICS_HEADER, lines.get(0));
    int rowsPerReplicate = (WEEKS + 1) * MetricNames.GROUPS.size();
    assertEquals(1 + REPLICATES * rowsPerReplicate, lines.size());
    for (int r = 0; r < REPLICATES; r++) {
      String prefix = "scrambled," + r + "," + Seeds.replicate(7, r) + ",";
      assertTrue(lines.get(1 + r * rowsPerReplicate).startsWith(prefix + "0,coverage,all,"));
      assertTrue(lines.get((r + 1) * rowsPerReplicate).startsWith(prefix + WEEKS + ",coverage,"));
    }
    for (int r = 0; r < REPLICATES; r++) {
      assertEquals(Seeds.replicate(7, r), result.replicateSeeds().get(r));
    }
    List<String> wards =
        Files.readAllLines(dir.resolve("order").resolve(ResultFiles.METRICS_WARDS));
    assertEquals(ResultFiles.METRICS_WARDS_HEADER, wards.get(0));
    assertEquals(1 + REPLICATES * (WEEKS + 1), wards.size());
    List<String> spend = Files.readAllLines(dir.resolve("order").resolve(ResultFiles.SPEND));
    assertEquals(ResultFiles.SPEND_HEADER, spend.get(0));
    assertEquals(1 + REPLICATES * (WEEKS + 1), spend.size());
    List<String> lorenz =
        Files.readAllLines(dir.resolve("order").resolve(ResultFiles.VOICE_LORENZ));
    assertEquals(ResultFiles.VOICE_LORENZ_HEADER, lorenz.get(0));
    for (int r = 0; r < REPLICATES; r++) {
      assertEquals("scrambled," + r + "," + Seeds.replicate(7, r) + ",0,0", lorenz.get(1 + 2 * r));
    }
    try (var left = Files.list(dir.resolve("order").resolve(".parts"))) {
      assertEquals(0, left.count(), "part files left behind");
    }
  }

  @Test
  void theSummaryHoldsTheFinalWeekOfEveryReplicate() throws Exception {
    BatchResult result = run(new ScrambledFinish(), 2, "summary", Progress.none());
    double sum = 0;
    for (int r = 0; r < REPLICATES; r++) {
      sum += (Seeds.replicate(7, r) % 1000) / 1000.0 + WEEKS;
    }
    assertEquals(
        sum / REPLICATES,
        result.summary().estimate(MetricNames.COVERAGE, MetricNames.ALL).mean(),
        1e-12);
    assertEquals(REPLICATES, result.summary().estimate(MetricNames.COVERAGE, 0).n());
  }

  @Test
  void progressCountsEveryReplicateWeek() throws Exception {
    AtomicInteger weeks = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    Progress progress =
        new Progress() {
          @Override
          public void week() {
            weeks.incrementAndGet();
          }

          @Override
          public void replicateDone(int replicate, double seconds) {
            done.incrementAndGet();
          }

          @Override
          public void close() {}
        };
    run(new ScrambledFinish(), 2, "progress", progress);
    assertEquals(REPLICATES * WEEKS, weeks.get());
    assertEquals(REPLICATES, done.get());
  }

  @Test
  void aFailingReplicateStopsTheBatchWithoutResults() throws Exception {
    Simulation failing =
        new Simulation() {
          @Override
          public int weeks() {
            return WEEKS;
          }

          @Override
          public void run(long seed, MetricSink sink, Runnable weekDone) {
            if (seed == Seeds.replicate(7, 4)) {
              throw new IllegalStateException("negative hours");
            }
            sink.group(0, 0, 0, 1);
          }
        };
    ReplicateFailedException e =
        assertThrows(
            ReplicateFailedException.class, () -> run(failing, 2, "failing", Progress.none()));
    assertTrue(e.getMessage().startsWith("replicate 4 "), e.getMessage());
    assertFalse(Files.exists(dir.resolve("failing").resolve(ResultFiles.METRICS)));
  }
}
