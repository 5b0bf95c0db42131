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
}
