package org.civicsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.civicsim.metrics.MetricNames;
import org.civicsim.scenario.Scenario;
import org.civicsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * Granovetter (1978), as a special case of the real model, from the shipped validation scenarios:
 * thresholds 0..99 as counts on a complete network of 100 give a riot of all 100; raising the
 * threshold-1 resident to 2 stops it at the instigator; normal thresholds as fractions jump from a
 * few per cent to everyone as their spread crosses about 0.122.
 */
class GranovetterTest {

  private static double finalActiveShare(String file) throws Exception {
    Scenario s = ScenarioLoader.load(Path.of("scenarios/validation", file), List.of());
    double[][] v = ModelRuns.finalValues(s, 0);
    return v[MetricNames.ACTIVE_SHARE][MetricNames.ALL];
  }

  @Test
  void thresholdsZeroToNinetyNineGiveEveryone() throws Exception {
    assertEquals(1.0, finalActiveShare("granovetter-riot.yaml"), 1e-12);
  }

  /**
   * Normal(0.25, sd) thresholds as fractions on a complete network of 10,000: sweeping sd from 0.05
   * to 0.20, the mean final share over three replicates jumps from a few per cent to nearly
   * everyone between sd 0.11 and 0.13 (Granovetter's 0.122).
   */
  @Test
  void normalThresholdsJumpToEveryoneAsTheSpreadCrossesAbout0122() throws Exception {
    double jump = Double.NaN;
    StringBuilder trace = new StringBuilder();
    for (int k = 5; k <= 20; k++) {
      double sd = k / 100.0;
      Scenario s =
          ScenarioLoader.load(
              Path.of("scenarios/validation/granovetter-normal.yaml"),
              List.of("residents.threshold.sd=" + sd));
      double mean = 0;
      for (int r = 0; r < 3; r++)
        mean += ModelRuns.finalValues(s, r)[MetricNames.ACTIVE_SHARE][MetricNames.ALL] / 3;
      trace.append(String.format(" sd %.2f -> %.4f;", sd, mean));
      if (sd <= 0.11 + 1e-9) assertTrue(mean < 0.10, trace.toString());
      if (sd >= 0.13 - 1e-9) assertTrue(mean > 0.99, trace.toString());
      if (Double.isNaN(jump) && mean > 0.5) jump = sd;
    }
    assertTrue(jump > 0.11 && jump <= 0.13, "jump at sd " + jump + ":" + trace);
  }

  @Test
  void raisingOneThresholdStopsTheCascadeAtTheInstigator() throws Exception {
    assertEquals(0.01, finalActiveShare("granovetter-riot-broken.yaml"), 1e-12);
  }
}
