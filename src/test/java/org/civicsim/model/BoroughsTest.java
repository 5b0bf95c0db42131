package org.civicsim.model;

import static org.civicsim.model.ModelRuns.scenario;
import static org.civicsim.model.ModelRuns.started;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Several boroughs side by side, each with its own council, wards, budget path and policies. */
class BoroughsTest {

  private static final String TWO =
      """
      name: two
      steps: 60
      behaviour: {burn_in_weeks: 8}
      borough: {residents: 1000, wards: 5}
      council: {cuts: {real_terms_per_year: 0.2, years: 1}}
      boroughs:
        - name: cutting
          set: {council.cut_strategy: protect-statutory}
        - name: sheltered
          set: {council.cuts.real_terms_per_year: 0.0, borough.residents: 1500}
      """;

  @Test
  void eachBoroughHasItsOwnCouncilWardsAndBudgetPath() {
    CivicModel m = started(scenario(TWO), 0);
    for (int w = 0; w < 60; w++) m.schedule.step(m);
    assertEquals(2, m.councils().size());
    assertEquals(2500, m.population().n);
    assertEquals(10, m.wards().count);
    Council cutting = m.councils().get(0);
    Council sheltered = m.councils().get(1);
    assertEquals(1000, cutting.residents);
    assertEquals(1500, sheltered.residents);
    assertTrue(cutting.budget < 0.85 * cutting.budget0, "the cutting borough's budget fell");
    assertEquals(sheltered.budget0, sheltered.budget, 1e-6 * sheltered.budget0);
  }

  @Test
  void deprivedBoroughsFaceDeeperCutsWithAGradient() {
    CivicModel m =
        started(
            scenario(
                "name: england\nsteps: 0\nborough: {residents: 500, wards: 2, count: 3}\n"
                    + "council: {cuts: {real_terms_per_year: 0.05, deprivation_gradient: 0.3}}\n"),
            0);
    assertEquals(0.035, m.councils().get(0).cutRate(), 1e-12);
    assertEquals(0.05, m.councils().get(1).cutRate(), 1e-12);
    assertEquals(0.065, m.councils().get(2).cutRate(), 1e-12);
  }
}
