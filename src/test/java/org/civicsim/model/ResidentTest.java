package org.civicsim.model;

import static org.civicsim.model.ModelRuns.SMALL;
import static org.civicsim.model.ModelRuns.scenario;
import static org.civicsim.model.ModelRuns.started;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Residents' rules, checked on the real model. */
class ResidentTest {

  @Test
  void aResidentIgnoredThreeTimesStopsTakingPart() {
    CivicModel m = started(scenario(SMALL, "community_development.enabled=false"), 0);
    Population p = m.population();
    Arrays.fill(p.ignored, (byte) 3);
    for (int w = 0; w < 40; w++) m.schedule.step(m); // inside year 0: nobody is forgiven yet
    for (int i = 0; i < p.n; i++) {
      assertTrue(p.lastCivic[i] < 0, "resident " + i + " took part in week " + p.lastCivic[i]);
    }
  }

  @Test
  void residentsNotIgnoredKeepTakingPart() {
    CivicModel m = started(scenario(SMALL, "community_development.enabled=false"), 0);
    Population p = m.population();
    Arrays.fill(p.ignored, (byte) 0);
    for (int w = 0; w < 40; w++) m.schedule.step(m);
    long civic = 0;
    for (short t : p.lastCivic) if (t >= 0) civic++;
    assertTrue(civic > p.n / 20, "only " + civic + " took part");
  }

  @Test
  void aVisitFromAnIntermediaryReengagesAResidentWhoGaveUp() {
    CivicModel m =
        started(
            scenario(
                SMALL,
                "community_development.workers_per_10k=50",
                "community_development.support_share=0"),
            0);
    Population p = m.population();
    Arrays.fill(p.ignored, (byte) 3);
    for (int w = 0; w < 20; w++) m.schedule.step(m);
    long reengaged = 0;
    for (int i = 0; i < p.n; i++) if (p.ignored[i] == 0 && p.lastContact[i] >= 0) reengaged++;
    assertTrue(reengaged > 100, "re-engaged " + reengaged);
  }

  @Test
  void burnoutTakesAResidentOutForTheConfiguredWeeks() {
    CivicModel m =
        started(scenario(SMALL, "behaviour.burnout_load=0.01", "behaviour.burnout_weeks=30"), 0);
    m.schedule.step(m);
    Population p = m.population();
    short[] until = p.burntOutUntil.clone();
    long out = 0;
    for (short t : until) if (t > m.now() + 20) out++;
    assertTrue(out > 0, "nobody burnt out with a load limit of 0.01");
    for (int w = 0; w < 5; w++) {
      m.schedule.step(m);
      for (int i = 0; i < p.n; i++) {
        if (until[i] > m.now()) assertEquals(Activity.NONE, p.activity[i], "resident " + i);
      }
    }
  }

  @Test
  void closingAFacilityLowersTrustInItsWardOnly() {
    CivicModel m = started(scenario(SMALL), 0);
    Population p = m.population();
    float[] before = p.trust.clone();
    int f = Services.index(3, ServiceType.LIBRARIES);
    m.closeFacility(f);
    Wards w = m.wards();
    for (int i = 0; i < p.n; i++) {
      if (p.ward[i] == 3) assertTrue(p.trust[i] < before[i] || before[i] == 0, "resident " + i);
      else assertEquals(before[i], p.trust[i], 0.0, "resident " + i + " outside the ward");
    }
    assertEquals(Services.CLOSED, m.services().operator[f]);
    assertTrue(w.size(3) > 0);
  }
}
