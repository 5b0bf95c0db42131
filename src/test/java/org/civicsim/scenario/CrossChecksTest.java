package org.civicsim.scenario;

import static org.civicsim.scenario.Loading.FILE;
import static org.civicsim.scenario.Loading.assertProblem;
import static org.civicsim.scenario.Loading.load;
import static org.civicsim.scenario.Loading.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Keys that are each valid but contradict one another. */
class CrossChecksTest {

  @Test
  void aParticipatoryBudgetNeedsACouncil() {
    Problem p = only("council:\n  enabled: false\n  pb_share: 0.01\n");
    assertProblem(p, FILE, 3, 3, "council.pb_share", "council.enabled is false");
  }

  @Test
  void aParticipatoryBudgetNeedsNoParticularDecisionMode() throws Exception {
    Scenario s = load("council: {pb_share: 0.01, decision_mode: consultation}\n");
    assertEquals(0.01, s.council().pbShare());
  }

  @Test
  void anInnovationFundNeedsACouncil() {
    Problem p =
        only("council: {enabled: false}\nincentives:\n  innovation_fund: {per_resident: 2.3}\n");
    assertProblem(p, FILE, 3, 21, "incentives.innovation_fund.per_resident", "paid by the council");
  }

  @Test
  void initialActiveAsAShareOrACountNotBoth() {
    Problem p = only("residents:\n  initial_active: 0.1\n  initial_active_count: 5\n");
    assertProblem(p, FILE, 3, 3, "residents.initial_active_count", "not both");
  }

  @Test
  void noMoreSeedsThanResidents() {
    Problem p =
        only("borough: {residents: 100, wards: 2}\nresidents:\n  initial_active_count: 101\n");
    assertProblem(
        p, FILE, 3, 3, "residents.initial_active_count", "at most borough.residents (100)");
  }

  @Test
  void aUniformDistributionNeedsMinAtMostMax() {
    Problem p = only("residents:\n  threshold: {distribution: uniform, min: 0.6, max: 0.2}\n");
    assertProblem(p, FILE, 2, 38, "residents.threshold.min", "must not be above");
  }

  @Test
  void aWholeNumberUniformNeedsWholeEnds() {
    Problem p =
        only("residents:\n  threshold:\n    distribution: uniform_int\n    min: 0\n    max: 2.5\n");
    assertProblem(
        p, FILE, 5, 5, "residents.threshold.max", "whole number for distribution uniform_int");
  }

  @Test
  void tiesMustBeFewerThanResidentsUnlessComplete() throws Exception {
    Problem p = only("borough: {residents: 10, wards: 1}\nnetwork: {mean_degree: 10}\n");
    assertProblem(p, FILE, 2, 11, "network.mean_degree", "less than borough.residents (10)");
    assertEquals(
        10,
        load("borough: {residents: 10, wards: 1}\nnetwork: {type: complete}\n")
            .borough()
            .residents());
  }

  @Test
  void noMoreWardsThanResidents() {
    Problem p = only("borough:\n  residents: 15\n  wards: 16\n");
    assertProblem(p, FILE, 3, 3, "borough.wards", "at most borough.residents (15); got 16");
  }

  @Test
  void aRunMustFitInMemory() {
    Problem p = only("borough: {count: 2, residents: 60000000}\n");
    assertProblem(
        p, FILE, 1, 11, "borough.count", "120000000 residents in all", "at most 100000000");
  }
}
