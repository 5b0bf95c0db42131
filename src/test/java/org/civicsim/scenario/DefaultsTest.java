package org.civicsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A scenario file states only what differs from the calibrated defaults. */
class DefaultsTest {

  @Test
  void aFileWithOnlyANameRunsTheDefaults() throws Exception {
    Scenario s = Loading.load("name: x\n");
    assertEquals("x", s.name());
    assertEquals(520, s.steps());
    assertEquals(42L, s.seed());
    assertEquals(10, s.replicates());
    assertEquals(0.05, s.council().cuts().realTermsPerYear());
    assertEquals(Cuts.Profile.FRONT_LOADED, s.council().cuts().profile());
    assertEquals(Network.Type.WARD_SMALL_WORLD, s.network().type());
    assertEquals(10, s.network().meanDegree());
    assertEquals(Residents.Decision.LOGIT, s.residents().decision());
    assertEquals(Distribution.Kind.NORMAL, s.residents().threshold().distribution());
    assertEquals(0.12, s.residents().threshold().sd());
    assertNull(s.residents().thresholds());
    assertNull(s.residents().initialActiveCount());
    assertEquals(20000, s.borough().residents());
    assertEquals(Council.DecisionMode.TOP_DOWN, s.council().decisionMode());
    assertEquals(0.5, s.communityDevelopment().workersPer10k());
    assertEquals(2500.0, s.incentives().innovationFund().maxGrant());
    assertEquals(-3.4, s.behaviour().ascInformal());
    assertTrue(s.boroughs().isEmpty());
  }

  @Test
  void everyDefaultEqualsItsDeclaredText() throws Exception {
    List<ResolvedValue> values = ScenarioLoader.explain("name: x\n", Loading.FILE, List.of());
    for (Schema.Key k : Schema.keys()) {
      if (k.key().contains("[]") || k.key().equals("name")) {
        continue;
      }
      ResolvedValue v =
          values.stream().filter(r -> r.key().equals(k.key())).findFirst().orElseThrow();
      assertEquals(ResolvedValue.DEFAULT, v.source(), k.key());
      if (k.defaultText() == null) {
        assertEquals("(not set)", v.valueText(), k.key());
      } else if (Values.parseNumber(k.defaultText()) != null) {
        assertEquals(
            Values.parseNumber(k.defaultText()).doubleValue(),
            Values.parseNumber(v.valueText()).doubleValue(),
            k.key());
      } else {
        assertEquals(k.defaultText(), v.valueText(), k.key());
      }
    }
  }

  @Test
  void aSingleBoroughOfUnsetDeprivationSitsInTheMiddle() throws Exception {
    Scenario s = Loading.load("name: x\n");
    assertEquals(1, s.locals().size());
    assertEquals("borough-1", s.locals().get(0).name());
    assertEquals(0.5, s.locals().get(0).borough().deprivation());
    assertEquals(20000, s.totalResidents());
  }

  @Test
  void numbersMayBeWrittenAsStudentsWriteThem() throws Exception {
    Scenario s =
        Loading.load(
            "borough: {residents: 20_000, wards: 1e1}\n"
                + "council: {initial_funding: 1.2e0, cuts: {real_terms_per_year: .08}}\n"
                + "community_development: {worker_cost: 3.5e4}\n"
                + "residents: {thresholds: null}\n");
    assertEquals(20000, s.borough().residents());
    assertEquals(10, s.borough().wards());
    assertEquals(1.2, s.council().initialFunding());
    assertEquals(0.08, s.council().cuts().realTermsPerYear());
    assertEquals(35000.0, s.communityDevelopment().workerCost());
  }

  @Test
  void choicesIgnoreCase() throws Exception {
    Scenario s =
        Loading.load(
            "network: {type: Erdos-Renyi}\nresidents: {threshold: {distribution: UNIFORM_INT}}\n");
    assertEquals(Network.Type.ERDOS_RENYI, s.network().type());
    assertEquals(Distribution.Kind.UNIFORM_INT, s.residents().threshold().distribution());
  }

  @Test
  void theExampleScenarioFileLoads() throws Exception {
    Path file = Path.of("src/test/resources/scenario/threshold-complete.yaml");
    Scenario s = ScenarioLoader.load(file, List.of());
    assertEquals("threshold-complete", s.name());
    assertEquals(Network.Type.COMPLETE, s.network().type());
    assertEquals(Residents.Decision.THRESHOLD, s.residents().decision());
    assertEquals(List.of(0.0, 1.0, 2.0, 3.0, 4.0), s.residents().thresholds());
    assertEquals(Residents.ThresholdUnit.COUNT, s.residents().thresholdUnit());
    assertEquals(1L, s.residents().initialActiveCount());
    assertEquals(false, s.council().enabled());
  }
}
