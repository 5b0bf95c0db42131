package org.civicsim.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.civicsim.io.Estimate;
import org.civicsim.metrics.MetricNames;
import org.junit.jupiter.api.Test;

class FinalStepSummaryTest {
  private static final int CELLS = MetricNames.METRICS.size() * MetricNames.GROUPS.size();

  @Test
  void fiveReplicatesGiveTheTextbookTInterval() {
    // Mean 3, sample sd sqrt(2.5); t(0.975, 4) = 2.776445, so the half-width is 1.963243.
    Estimate e = FinalStepSummary.tInterval(3.0, Math.sqrt(2.5), 5);
    assertEquals(3.0, e.mean(), 1e-12);
    assertEquals(1.036757, e.ciLow(), 1e-6);
    assertEquals(4.963243, e.ciHigh(), 1e-6);
    assertEquals(5, e.n());
  }

  @Test
  void oneReplicateHasNoSpreadNorInterval() {
    Estimate e = FinalStepSummary.tInterval(0.4, 0.0, 1);
    assertEquals(0.4, e.mean());
    assertTrue(Double.isNaN(e.sd()) && Double.isNaN(e.ciLow()) && Double.isNaN(e.ciHigh()));
  }

  @Test
  void summarisesEachMetricAndGroupOverReplicates() {
    FinalStepSummary summary = new FinalStepSummary();
    for (double v : new double[] {1, 2, 3, 4, 5}) {
      double[] values = new double[CELLS];
      Arrays.fill(values, 10);
      values[MetricNames.COVERAGE * MetricNames.GROUPS.size() + 1] = v;
      summary.add(values);
    }
    Estimate q1 = summary.estimate(MetricNames.COVERAGE, 1);
    assertEquals(3.0, q1.mean(), 1e-12);
    assertEquals(Math.sqrt(2.5), q1.sd(), 1e-12);
    assertEquals(1.963243, q1.halfWidth(), 1e-6);
    Estimate all = summary.estimate(MetricNames.COVERAGE, MetricNames.ALL);
    assertEquals(10.0, all.mean());
    assertEquals(0.0, all.sd());
    assertEquals(10.0, all.ciLow());
  }
}
