package org.civicsim.model;

import static org.civicsim.model.ModelRuns.SMALL;
import static org.civicsim.model.ModelRuns.scenario;
import static org.civicsim.model.ModelRuns.started;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.civicsim.scenario.BoroughPolicy;
import org.civicsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** A change of policy while running (the visualiser's sliders) takes effect at the next budget. */
class PolicyChangeTest {

  @Test
  void aDeeperCutTakesEffectFromTheNextBudgetCycleOnly() {
    Scenario s =
        scenario(
            SMALL,
            "council.cuts.real_terms_per_year=0",
            "community_development.workers_per_10k=20");
    Scenario deeper =
        scenario(
            SMALL,
            "council.cuts.real_terms_per_year=0.3",
            "community_development.workers_per_10k=0");
    CivicModel m = started(s, 0);
    Council c = m.councils().get(0);
    double budget0 = c.budget();
    assertEquals(4, c.cdWorkers());
    for (int w = 0; w < 10; w++) m.schedule.step(m);
    BoroughPolicy next = deeper.locals().get(0);
    m.changePolicy(0, next);
    assertEquals(52, m.nextBudgetWeek());
    for (int w = 10; w < 52; w++) m.schedule.step(m);
    assertEquals(budget0, c.budget(), 1e-9, "changed before the budget cycle");
    assertEquals(4, c.cdWorkers());
    m.schedule.step(m); // week 52: the budget cycle
    assertTrue(c.budget() < 0.75 * budget0, "budget " + c.budget() + " of " + budget0);
    assertEquals(0, c.cdWorkers());
    assertEquals(next, m.policy(0));
  }
}
