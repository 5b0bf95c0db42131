package org.civicsim.model;

import static org.civicsim.model.ModelRuns.SMALL;
import static org.civicsim.model.ModelRuns.scenario;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.civicsim.metrics.MetricSink;
import org.civicsim.metrics.Observer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import sim.engine.SimState;

/** A MASON checkpoint taken mid-run continues exactly as the run it was taken from. */
class CheckpointTest {

  private static List<Double> continueFor(CivicModel m, int weeks) {
    List<Double> out = new ArrayList<>();
    Observer o = new Observer(m);
    MetricSink sink =
        new MetricSink() {
          @Override
          public void group(int step, int metric, int group, double value) {
            out.add(value);
          }

          @Override
          public void ward(int step, int metric, int ward, double value) {
            out.add(value);
          }
        };
    for (int w = 0; w < weeks; w++) {
      m.schedule.step(m);
      o.observe(sink, true);
    }
    return out;
  }

  /** With two boroughs the second's visits draw from its own stream, kept in the checkpoint. */
  @ParameterizedTest
  @ValueSource(ints = {1, 2})
  void aRunRestoredFromACheckpointGivesTheSameMetricsAsTheRunItself(int boroughs) throws Exception {
    // Through a budget cycle (week 52) after the checkpoint, so the council's state is exercised.
    CivicModel original =
        ModelRuns.started(
            scenario(
                SMALL,
                "council.asset_transfer=true",
                "council.cuts.real_terms_per_year=0.3",
                "borough.count=" + boroughs,
                "community_development.organisers_per_10k=2"),
            0);
    for (int w = 0; w < 30; w++) original.schedule.step(original);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    original.writeToCheckpoint(bytes);
    List<Double> expected = continueFor(original, 40);

    CivicModel restored =
        (CivicModel) SimState.readFromCheckpoint(new ByteArrayInputStream(bytes.toByteArray()));
    assertEquals(30, restored.week());
    List<Double> actual = continueFor(restored, 40);
    assertEquals(expected.size(), actual.size());
    for (int k = 0; k < expected.size(); k++) {
      assertEquals(
          Double.doubleToLongBits(expected.get(k)),
          Double.doubleToLongBits(actual.get(k)),
          "value " + k);
    }
  }
}
