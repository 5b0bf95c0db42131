package org.civicsim.model;

import static org.civicsim.model.ModelRuns.SMALL;
import static org.civicsim.model.ModelRuns.scenario;
import static org.civicsim.model.ModelRuns.stream;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.civicsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** All randomness derives from the scenario seed. */
class DeterminismTest {

  @Test
  void theSameSeedGivesIdenticalMetrics() {
    Scenario s = scenario(SMALL, "steps=30");
    assertIdentical(stream(s, 0), stream(s, 0));
  }

  /** Residents are stepped in blocks of whole wards: twelve wards of 2,500 make four blocks. */
  @Test
  void oneThreadOrThreeGiveIdenticalMetrics() {
    Scenario s = scenario(SMALL, "steps=20", "borough.residents=30000", "borough.wards=12");
    assertIdentical(stream(s, 0, 1), stream(s, 0, 3));
  }

  /**
   * Boroughs are built and visited side by side, each from a stream of its own: four boroughs of
   * one block each, with CD workers and organisers visiting in every one.
   */
  @Test
  void boroughsSideBySideGiveIdenticalMetricsOnOneThreadOrThree() {
    Scenario s =
        scenario(
            SMALL,
            "steps=20",
            "borough.count=4",
            "borough.residents=3000",
            "borough.wards=4",
            "community_development.organisers_per_10k=2");
    assertIdentical(stream(s, 0, 1), stream(s, 0, 3));
  }

  @Test
  void anotherReplicateOrSeedDiffers() {
    Scenario s = scenario(SMALL, "steps=30");
    assertNotEquals(stream(s, 0), stream(s, 1));
    assertNotEquals(stream(s, 0), stream(scenario(SMALL, "steps=30", "seed=12"), 0));
  }

  private static void assertIdentical(List<Double> a, List<Double> b) {
    assertEquals(a.size(), b.size());
    for (int k = 0; k < a.size(); k++) {
      assertEquals(
          Double.doubleToLongBits(a.get(k)), Double.doubleToLongBits(b.get(k)), "value " + k);
    }
  }

  @Test
  void replicateSeedsAreDistinct() {
    java.util.Set<Long> seen = new java.util.HashSet<>();
    for (int r = 0; r < 10_000; r++) seen.add(Seeds.replicate(42, r));
    assertEquals(10_000, seen.size());
  }
}
