package org.civicsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.civicsim.metrics.MetricNames;
import org.civicsim.scenario.Scenario;
import org.civicsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * Granovetter (1978), as a special case of the real model, from the shipped validation
 * scenarios: thresholds 0..99 as counts on a complete network of 100 give a riot of all 100;
 * raising the threshold-1 resident to 2 stops it at the instigator.
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

  @Test
  void raisingOneThresholdStopsTheCascadeAtTheInstigator() throws Exception {
    assertEquals(0.01, finalActiveShare("granovetter-riot-broken.yaml"), 1e-12);
  }
}
