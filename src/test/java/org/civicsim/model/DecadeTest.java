package org.civicsim.model;

import static org.civicsim.model.ModelRuns.SMALL;
import static org.civicsim.model.ModelRuns.scenario;
import static org.civicsim.model.StylisedFactsTest.assertPositive;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.civicsim.metrics.MetricNames;
import org.civicsim.metrics.Observer;
import org.civicsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * The council's decade as England lived it (docs/ODD.md sections 7.14-7.16): budgets cut on every
 * head, hours before buildings, closures a few at a time, transfer before closure, coverage that
 * shows who loses, councils and places that differ in deprivation, a burn-in that has settled.
 */
class DecadeTest {
  private static final int N = 6;

  /** Deep cuts at once: 40% in the first year, so every council must close something. */
  private static final String[] DEEP = {
    "council.cuts.real_terms_per_year=0.4",
    "council.cuts.years=1",
    "council.cut_strategy=salami-slice"
  };

  /** 4,000 residents in 20 wards for three years. */
  private static final String BOROUGH =
      SMALL
          .replace("steps: 78", "steps: 156")
          .replace("{residents: 2000, wards: 10}", "{residents: 4000, wards: 20}");

  @Test
  void aCouncilClosesAtMostAFewFacilitiesAYear() {
    Scenario s = scenario(BOROUGH, DEEP);
    int closedInAll = 0;
    for (int r = 0; r < 3; r++) {
      CivicModel m = ModelRuns.started(s, r);
      Services sv = m.services();
      int[] before = leftCouncil(sv, m.wards().count);
      for (int year = 1; year <= 3; year++) {
        for (int w = 0; w < 52; w++) m.schedule.step(m);
        int[] now = leftCouncil(sv, m.wards().count);
        for (ServiceType t : ServiceType.all()) {
          int k = t.ordinal();
          // closure_capacity 0.1 of 20 facilities: two a year at most for each service.
          assertTrue(
              now[k] - before[k] <= 2,
              t.key() + " lost " + (now[k] - before[k]) + " in year " + year);
          closedInAll += now[k] - before[k];
        }
        before = now;
      }
      m.finish();
    }
    assertTrue(closedInAll > 0, "a 40% cut closed nothing: the review never ran");
  }

  @Test
  void aLibraryThatACapableGroupOffersToRunIsTransferredNotClosed() {
    // Any group that works at all can take a facility over, and the council offers every one.
    Scenario s =
        scenario(
            BOROUGH, with(with(DEEP, "council.asset_transfer=true"), "groups.takeover_capacity=0"));
    int transferred = 0;
    for (int r = 0; r < 3; r++) {
      CivicModel m = ModelRuns.started(s, r);
      for (int w = 0; w < 105; w++) m.schedule.step(m);
      Services sv = m.services();
      CommunityGroups g = m.groups();
      for (int w = 0; w < m.wards().count; w++) {
        int f = Services.index(w, ServiceType.LIBRARIES);
        if (sv.operator[f] == Services.COMMUNITY) transferred++;
        if (sv.operator[f] != Services.CLOSED) continue;
        for (int k = 0; k < g.inWard(w); k++) {
          int id = g.groupOf(w, k);
          // A group runs one facility (an anchor three); only a group at its limit may let one
          // close.
          assertTrue(
              g.facilities[id] >= (g.anchor[id] ? 3 : 1) || g.capacity[id] <= 0,
              "ward " + w + "'s library closed though group " + id + " could run it");
        }
      }
      m.finish();
    }
    assertTrue(transferred > 0, "no library was transferred under a 40% cut");
  }

  @Test
  void aCutToAServiceThePoorestUseMostLowersQ1CoverageMoreThanQ5s() {
    CivicModel m = ModelRuns.started(scenario(BOROUGH), 0);
    Services sv = m.services();
    int wards = m.wards().count;
    double[] before = quintileCoverage(sv, wards);
    for (int w = 0; w < wards; w++) {
      int f = Services.index(w, ServiceType.CHILDRENS_CENTRES);
      sv.councilHours[f] *= 0.5;
    }
    sv.updateCoverage();
    double[] after = quintileCoverage(sv, wards);
    double q1 = before[0] - after[0];
    double q5 = before[4] - after[4];
    assertTrue(
        q1 > 0 && q1 > 2 * q5, "halving children's centres' hours cost q1 " + q1 + " and q5 " + q5);
    m.finish();
  }

  @Test
  void aDeprivedCouncilStartsWithMoreSpendingPerHeadAndLosesMore() {
    String two =
        SMALL
            .replace("steps: 78", "steps: 520")
            .replace("{residents: 2000, wards: 10}", "{count: 2, residents: 2000, wards: 10}");
    Scenario s =
        scenario(
            two,
            "council.cuts.real_terms_per_year=0.026",
            "council.cuts.years=10",
            "council.cuts.deprivation_gradient=0.4");
    CivicModel m = ModelRuns.started(s, 0);
    m.schedule.step(m);
    Council affluent = m.councils().get(0);
    Council deprived = m.councils().get(1);
    double a0 = affluent.spentThisWeek() / affluent.residents();
    double d0 = deprived.spentThisWeek() / deprived.residents();
    for (int w = 1; w < 520; w++) m.schedule.step(m);
    double a10 = affluent.spentThisWeek() / affluent.residents();
    double d10 = deprived.spentThisWeek() / deprived.residents();
    assertTrue(d0 > 1.15 * a0, "spend per head at the start: deprived " + d0 + ", affluent " + a0);
    assertTrue(
        1 - d10 / d0 > 1 - a10 / a0 + 0.05,
        "loss of spend per head: deprived " + (1 - d10 / d0) + ", affluent " + (1 - a10 / a0));
    assertTrue(
        m.wards().boroughDecile[1] < m.wards().boroughDecile[0], "the deprived council's decile");
    m.finish();
  }

  @Test
  void participationInTheMostDeprivedWardsIsLowerThanInTheLeastWithIncomeHeldFixed() {
    Scenario s =
        scenario(BOROUGH.replace("steps: 156", "steps: 52"), "council.cuts.real_terms_per_year=0");
    double[] difference = new double[N];
    for (int r = 0; r < N; r++) {
      CivicModel m = ModelRuns.started(s, r);
      for (int w = 0; w < 52; w++) m.schedule.step(m);
      Population p = m.population();
      Wards wd = m.wards();
      double[] civic = new double[2];
      double[] count = new double[2];
      for (int i = 0; i < p.n; i++) {
        if (p.quintile[i] != 2) continue; // the middle fifth only: income held fixed
        double dep = wd.deprivation[p.ward[i]];
        int side = dep >= 0.8 ? 0 : (dep < 0.2 ? 1 : -1);
        if (side < 0) continue;
        count[side]++;
        if (m.now() - p.lastCivic[i] < 52) civic[side]++;
      }
      difference[r] = civic[1] / count[1] - civic[0] / count[0];
      m.finish();
    }
    assertPositive(
        difference, "civic participation of the middle fifth, least minus most deprived wards");
  }

  @Test
  void theFirstYearNoLongerDriftsAfterTheBurnIn() {
    Scenario s =
        scenario(
            SMALL.replace("behaviour: {burn_in_weeks: 26}", "").replace("steps: 78", "steps: 104"),
            "council.cuts.real_terms_per_year=0");
    int gini = MetricNames.METRICS.indexOf("voice_gini");
    int formal = MetricNames.METRICS.indexOf("participation_formal");
    double[] giniDrift = new double[N];
    double[] formalDrift = new double[N];
    for (int r = 0; r < N; r++) {
      CivicModel m = ModelRuns.started(s, r);
      double[][] start = new double[MetricNames.METRICS.size()][MetricNames.GROUPS.size()];
      double[][] later = new double[MetricNames.METRICS.size()][MetricNames.GROUPS.size()];
      new Observer(m).observe(ModelRuns.capture(start), false);
      for (int w = 0; w < 104; w++) m.schedule.step(m);
      new Observer(m).observe(ModelRuns.capture(later), false);
      giniDrift[r] = later[gini][0] - start[gini][0];
      formalDrift[r] = later[formal][0] - start[formal][0];
      m.finish();
    }
    double g = Arrays.stream(giniDrift).average().orElseThrow();
    double f = Arrays.stream(formalDrift).average().orElseThrow();
    // Before the three-year burn-in voice_gini fell by 0.1 over the first two years.
    assertTrue(
        Math.abs(g) < 0.03,
        "voice_gini moved " + g + " over two years: " + Arrays.toString(giniDrift));
    assertTrue(
        Math.abs(f) < 0.02,
        "participation_formal moved " + f + ": " + Arrays.toString(formalDrift));
  }

  /** Facilities of each service no longer run by the council (closed or transferred). */
  private static int[] leftCouncil(Services sv, int wards) {
    int[] n = new int[ServiceType.COUNT];
    for (int w = 0; w < wards; w++) {
      for (ServiceType t : ServiceType.all())
        if (sv.operator[Services.index(w, t)] != Services.COUNCIL) n[t.ordinal()]++;
    }
    return n;
  }

  /** Coverage of each quintile's needs, averaged over wards by residents. */
  private static double[] quintileCoverage(Services sv, int wards) {
    double[] c = new double[5];
    for (int w = 0; w < wards; w++)
      for (int q = 0; q < 5; q++) c[q] += sv.coverageByQuintile[w * 5 + q] / wards;
    return c;
  }

  private static String[] with(String[] a, String b) {
    String[] r = Arrays.copyOf(a, a.length + 1);
    r[a.length] = b;
    return r;
  }
}
