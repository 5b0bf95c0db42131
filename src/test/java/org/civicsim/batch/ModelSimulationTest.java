package org.civicsim.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.civicsim.metrics.MetricNames;
import org.civicsim.metrics.MetricSink;
import org.civicsim.scenario.Scenario;
import org.civicsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

class ModelSimulationTest {

  @Test
  void recordsWeekZeroEveryRecordIntervalAndTheFinalWeek() throws Exception {
    Scenario tiny =
        ScenarioLoader.parse(
            "name: tiny\n"
                + "steps: 10\n"
                + "output: {record_every: 4}\n"
                + "borough: {residents: 200, wards: 2}\n",
            "tiny.yaml",
            List.of());
    AtomicInteger groupValues = new AtomicInteger();
    AtomicInteger weeks = new AtomicInteger();
    new ModelSimulation(tiny)
        .run(
            1,
            new MetricSink() {
              @Override
              public void group(int step, int metric, int group, double value) {
                groupValues.incrementAndGet();
              }

              @Override
              public void ward(int step, int metric, int ward, double value) {}
            },
            weeks::incrementAndGet);
    int perObservation = MetricNames.METRICS.size() * MetricNames.GROUPS.size();
    assertEquals(4 * perObservation, groupValues.get(), "weeks 0, 4, 8 and 10");
    assertEquals(10, weeks.get());
  }

  /** Every value a sink receives, with its step, in order. */
  private static final class Recorder implements MetricSink {
    final List<String> rows = new java.util.ArrayList<>();

    @Override
    public void group(int step, int metric, int group, double value) {
      rows.add(step + "," + metric + "," + group + "," + Double.doubleToLongBits(value));
    }

    @Override
    public void ward(int step, int metric, int ward, double value) {
      rows.add(step + ",w" + metric + "," + ward + "," + Double.doubleToLongBits(value));
    }
  }

  @Test
  void aReplicateContinuedFromASavedWeekRecordsWhatTheWholeRunRecordsAfterIt() throws Exception {
    Scenario small =
        ScenarioLoader.parse(
            "name: small\n"
                + "steps: 30\n"
                + "output: {record_every: 3}\n"
                + "borough: {residents: 600, wards: 4}\n",
            "small.yaml",
            List.of());
    ModelSimulation simulation = new ModelSimulation(small);
    Recorder whole = new Recorder();
    java.util.Map<Integer, byte[]> saved = new java.util.TreeMap<>();
    List<Integer> rowsAtSave = new java.util.ArrayList<>();
    simulation.run(
        5,
        null,
        whole,
        () -> {},
        new Simulation.Saves() {
          @Override
          public int every() {
            return 10;
          }

          @Override
          public void save(int week, byte[] state) {
            saved.put(week, state);
            rowsAtSave.add(whole.rows.size());
          }
        });
    assertEquals(List.of(10, 20), List.copyOf(saved.keySet()), "saved after weeks 10 and 20 only");

    Recorder plain = new Recorder();
    simulation.run(5, plain, () -> {});
    assertEquals(plain.rows, whole.rows, "saving does not change the run");

    Recorder rest = new Recorder();
    AtomicInteger weeks = new AtomicInteger();
    // On more threads than the saved run: the results do not depend on the number.
    new ModelSimulation(small, 2).run(5, saved.get(20), rest, weeks::incrementAndGet, null);
    assertEquals(10, weeks.get(), "weeks 21 to 30");
    assertEquals(whole.rows.subList(rowsAtSave.get(1), whole.rows.size()), rest.rows);
  }
}
