package org.civicsim.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.civicsim.scenario.Behaviour;
import org.civicsim.scenario.Scenario;
import org.civicsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each resident's weights (exp of the part of each utility that changes only on events) are kept up
 * to date by every rule that changes skills, trust or motivation, and by a change of policy: week
 * by week they equal the weights computed afresh from the residents, to the bit. The table of the
 * week's factor from ties and contact holds, for every degree, what the utility gives.
 */
class ResidentWeightsTest {

  private static Scenario small(String file, String... more) throws Exception {
    List<String> set =
        new ArrayList<>(
            List.of(
                "borough.residents=3000",
                "borough.wards=6",
                "behaviour.burn_in_weeks=8",
                "behaviour.burnout_load=0.08", // burnout within a short run
                "steps=60"));
    set.addAll(Arrays.asList(more));
    return ScenarioLoader.load(Path.of("scenarios", file), set);
  }

  @ParameterizedTest
  @CsvSource({
    "baseline.yaml, true",
    "community-organisers.yaml, true",
    "wandsworth-enabler.yaml, false" // no community-development workers
  })
  void visitsCivicActsBurnoutAndClosuresKeepTheWeights(String file, boolean visits)
      throws Exception {
    // A deep cut, so the second budget (week 52) closes facilities.
    Scenario s =
        small(file, "council.cuts.real_terms_per_year=0.4", "council.closure_threshold=0.9");
    CivicModel m = new CivicModel(s, Seeds.replicate(s.seed(), 0));
    m.setThreads(2);
    m.start();
    check(m, file + " after setup");
    for (int w = 0; w < s.steps(); w++) {
      m.schedule.step(m);
      check(m, file + " week " + w);
    }

    Population p = m.population();
    int visited = 0;
    int burntOut = 0;
    int ignored = 0;
    for (int i = 0; i < p.n; i++) {
      if (p.lastContact[i] != Population.NEVER_WEEK) visited++;
      if (p.burntOutUntil[i] != Population.NEVER_WEEK) burntOut++;
      if (p.ignored[i] > 0) ignored++;
    }
    int closed = 0;
    for (int at : m.services.closedAt) if (at > 0) closed++;
    assertTrue(
        (visited > 0) == visits && burntOut > 0 && ignored > 0 && closed > 0,
        file
            + ": visited "
            + visited
            + ", burnt out "
            + burntOut
            + ", ignored "
            + ignored
            + ", facilities closed after setup "
            + closed);
  }

  @Test
  void aNewPolicyRenewsEveryonesWeights() throws Exception {
    Scenario s = small("baseline.yaml", "council.cuts.real_terms_per_year=0");
    Scenario other =
        small(
            "baseline.yaml",
            "council.cuts.real_terms_per_year=0",
            "incentives.credits_per_hour=2", // formal volunteering and co-production earn credits
            "council.online=true"); // civic acts cost less time for those online
    CivicModel m = new CivicModel(s, Seeds.replicate(s.seed(), 0));
    m.start();
    for (int w = 0; w < 52; w++) m.schedule.step(m);
    double[] before = m.choice.weights().clone();
    m.changePolicy(0, other.locals().get(0));
    m.schedule.step(m); // week 52: the new policy is adopted
    check(m, "after the change of policy");
    double[] after = m.choice.weights();
    int changed = 0;
    for (int i = 0; i < m.population().n; i++) if (after[4 * i + 1] > before[4 * i + 1]) changed++;
    assertTrue(changed > 0.9 * m.population().n, changed + " formal weights rose with credits");
  }

  @Test
  void theTableOfTiesAndContactHoldsTheFactorForEveryDegree() throws Exception {
    Scenario s = small("baseline.yaml");
    CivicModel m = ModelRuns.started(s, 0);
    Behaviour b = s.behaviour();
    for (int degree = 0; degree <= ResidentChoice.TABLED_DEGREE; degree++) {
      for (int on = 0; on <= degree; on++) {
        for (boolean contact : new boolean[] {false, true}) {
          double share = degree == 0 ? 0 : on / (double) degree;
          double u = b.socialWeight() * share + (contact ? b.contactWeight() : 0);
          assertEquals(
              FastExp.exp(u),
              m.choice.socialFactor(degree, on, contact),
              0.0,
              on + " of " + degree + (contact ? " with contact" : ""));
        }
      }
    }
  }

  /** Every resident's weights equal those computed afresh (which leaves them unchanged). */
  private static void check(CivicModel m, String when) {
    double[] kept = m.choice.weights().clone();
    for (int i = 0; i < m.population().n; i++) m.choice.renew(i);
    assertArrayEquals(kept, m.choice.weights(), when);
  }
}
