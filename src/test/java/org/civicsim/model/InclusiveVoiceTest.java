package org.civicsim.model;

import static org.civicsim.model.ModelRuns.SMALL;
import static org.civicsim.model.ModelRuns.scenario;
import static org.civicsim.model.ModelRuns.started;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Under consultation the loudest wards get more than their need; inclusive voice, counting every
 * part of the community in proportion to its size, brings the split back towards need.
 */
class InclusiveVoiceTest {

  /** Sum over wards of |money share - need share| after a budget cycle where only q5 has voice. */
  private static double distanceFromNeed(boolean inclusive) {
    CivicModel m =
        started(
            scenario(
                SMALL,
                "council.decision_mode=consultation",
                "council.inclusive_voice=" + inclusive),
            0);
    Population p = m.population();
    for (int i = 0; i < p.n; i++)
      p.voice[i] = p.quintile[i] == 4 ? 10f : (p.quintile[i] == 0 ? 0.1f : 1f);
    Council c = m.councils().get(0);
    c.budgetCycle(1);
    double d = 0;
    for (int j = 0; j < c.wardMoneyShare.length; j++)
      d += Math.abs(c.wardMoneyShare[j] - c.wardNeedShare[j]);
    return d;
  }

  @Test
  void inclusiveVoiceSharesMoneyCloserToNeedWhenTheRichAreLoudest() {
    double loud = distanceFromNeed(false);
    double inclusive = distanceFromNeed(true);
    assertTrue(loud > 0.05, "consultation should follow the loud: distance " + loud);
    assertTrue(inclusive < loud / 2, "inclusive " + inclusive + " vs loud " + loud);
  }
}
