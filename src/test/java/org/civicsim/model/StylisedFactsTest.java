package org.civicsim.model;

import static org.civicsim.model.ModelRuns.SMALL;
import static org.civicsim.model.ModelRuns.replicates;
import static org.civicsim.model.ModelRuns.scenario;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.apache.commons.math3.distribution.TDistribution;
import org.civicsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * The stylised facts of the Big Society debate, as the model shows them (docs/validation.md). Arms
 * share seeds replicate by replicate (common random numbers), so each claim is a 95% interval on
 * the mean of paired differences.
 */
class StylisedFactsTest {
  private static final int N = 6;

  /** Three years, 4,000 residents: long enough for cuts to close facilities. */
  private static final String LONG =
      SMALL.replace("steps: 78", "steps: 156").replace("residents: 2000", "residents: 4000");

  private static final String[] CUTS = {
    "council.cuts.real_terms_per_year=0.3",
    "council.cuts.years=2",
    "community_development.enabled=false"
  };
  private static final String[] NO_CUTS = {
    "council.cuts.real_terms_per_year=0", "community_development.enabled=false"
  };

  @Test
  void salamiSliceCutsWidenTheCoverageGapBetweenRichAndPoor() {
    double[] cut = gap(LONG, with(CUTS, "council.cut_strategy=salami-slice"));
    double[] none = gap(LONG, with(NO_CUTS, "council.cut_strategy=salami-slice"));
    assertPositive(minus(cut, none), "coverage_gap rise under salami-slice cuts");
  }

  /**
   * Protecting care no longer makes the cuts pro-poor: care is protected relatively, not shielded,
   * its need goes on growing, and the services the poorest use most (children's centres, youth) are
   * cut like the rest, so the poorest lose most in total (Hastings et al. 2015, 2017).
   */
  @Test
  void protectingCareStillWidensTheGapBetweenRichAndPoor() {
    double[] cut = gap(LONG, with(CUTS, "council.cut_strategy=protect-statutory"));
    double[] none = gap(LONG, with(NO_CUTS, "council.cut_strategy=protect-statutory"));
    assertPositive(minus(cut, none), "coverage_gap rise under protect-statutory cuts");
  }

  @Test
  void cuttingCdWorkersLowersParticipationOfThePoorestMoreThanOfTheRichest() {
    Scenario kept = scenario(SMALL, "community_development.workers_per_10k=10");
    Scenario cut = scenario(SMALL, "community_development.workers_per_10k=0");
    double[] q1 =
        minus(
            replicates(kept, N, "participation_any", "q1"),
            replicates(cut, N, "participation_any", "q1"));
    double[] q5 =
        minus(
            replicates(kept, N, "participation_any", "q5"),
            replicates(cut, N, "participation_any", "q5"));
    assertPositive(minus(q1, q5), "loss of q1 participation minus loss of q5");
  }

  /**
   * A participatory budget whose ballot is open to every adult draws people who take no other part
   * (Dundee Decides: over 75% first-time voters), so it spreads voice rather than concentrating it,
   * even with no intermediaries. Where the loud can still win is the count: {@link PbProcessTest}
   * shows greedy counting without intermediaries sending less of the pot to the more deprived wards
   * than equal shares with them.
   */
  @Test
  void aParticipatoryBudgetOpenToEveryAdultSpreadsVoiceEvenWithoutIntermediaries() {
    String off = "community_development.enabled=false";
    double[] fall =
        minus(
            gini(scenario(SMALL, off)),
            gini(
                scenario(
                    SMALL,
                    "council.decision_mode=participatory-budgeting",
                    "council.pb_share=0.05",
                    off)));
    assertPositive(fall, "voice_gini fall under PB without intermediaries");
  }

  @Test
  void offeringFacilitiesToGroupsKeepsMoreOpenAndMoreSoInLessDeprivedWardsUnlessSupported() {
    String[] cuts = {"council.cuts.real_terms_per_year=0.3", "council.cuts.years=2"};
    String transfer = "council.asset_transfer=true";
    double[][] closed = openByDeprivation(with(cuts, "community_development.enabled=false"));
    double[][] offered =
        openByDeprivation(with(with(cuts, "community_development.enabled=false"), transfer));
    double[][] supported =
        openByDeprivation(
            with(
                with(
                    with(cuts, "community_development.workers_per_10k=20"),
                    "community_development.support_share=0.8"),
                transfer));
    assertPositive(
        minus(plus(offered[0], offered[1]), plus(closed[0], closed[1])),
        "facilities kept open by transfer");
    assertPositive(
        minus(offered[0], offered[1]), "less deprived minus more deprived wards, unsupported");
    assertPositive(
        minus(minus(offered[0], offered[1]), minus(supported[0], supported[1])),
        "how much support narrows that difference");
  }

  @Test
  void creditsRaiseParticipationWithDiminishingReturns() {
    double[] zero =
        replicates(scenario(SMALL, "incentives.credits_per_hour=0"), N, "participation_any", "all");
    double[] two =
        replicates(scenario(SMALL, "incentives.credits_per_hour=2"), N, "participation_any", "all");
    double[] eight =
        replicates(scenario(SMALL, "incentives.credits_per_hour=8"), N, "participation_any", "all");
    assertPositive(minus(two, zero), "rise from no credits to GBP 2 an hour");
    assertPositive(minus(eight, two), "rise from GBP 2 to GBP 8 an hour");
    double[] perPoundLow = scale(minus(two, zero), 1 / 2.0);
    double[] perPoundHigh = scale(minus(eight, two), 1 / 6.0);
    assertPositive(minus(perPoundLow, perPoundHigh), "first pounds do more than later pounds");
  }

  private static double[] gap(String yaml, String[] overrides) {
    return replicates(scenario(yaml, overrides), N, "coverage_gap", "all");
  }

  private static double[] gini(Scenario s) {
    return replicates(s, N, "voice_gini", "all");
  }

  /**
   * Facilities open (council- or community-run) at the end, {less deprived half, more deprived
   * half}.
   */
  private static double[][] openByDeprivation(String[] overrides) {
    Scenario s = scenario(LONG, overrides);
    double[][] open = new double[2][N];
    for (int r = 0; r < N; r++) {
      CivicModel m = ModelRuns.started(s, r);
      for (int w = 0; w < s.steps(); w++) m.schedule.step(m);
      Services sv = m.services();
      Wards wd = m.wards();
      for (int w = 0; w < wd.count; w++) {
        for (ServiceType t : ServiceType.values()) {
          if (t.statutory() || sv.operator[Services.index(w, t)] == Services.CLOSED) continue;
          open[wd.deprivation[w] < 0.5 ? 0 : 1][r]++;
        }
      }
    }
    return open;
  }

  static void assertPositive(double[] paired, String what) {
    double mean = Arrays.stream(paired).average().orElse(0);
    double var =
        Arrays.stream(paired).map(x -> (x - mean) * (x - mean)).sum() / (paired.length - 1);
    double t = new TDistribution(paired.length - 1).inverseCumulativeProbability(0.975);
    double low = mean - t * Math.sqrt(var / paired.length);
    // The figures docs/validation.md quotes: `mvn -B test
    // -Dtest='StylisedFactsTest,PbProcessTest'`.
    System.out.printf(
        "measured: %s: mean %.4f [%.4f, %.4f], n %d%n",
        what, mean, low, mean + t * Math.sqrt(var / paired.length), paired.length);
    assertTrue(
        low > 0,
        what
            + ": mean "
            + mean
            + ", 95% CI low "
            + low
            + ", paired differences "
            + Arrays.toString(paired));
  }

  private static String[] with(String[] a, String b) {
    String[] r = Arrays.copyOf(a, a.length + 1);
    r[a.length] = b;
    return r;
  }

  static double[] minus(double[] a, double[] b) {
    double[] r = new double[a.length];
    for (int k = 0; k < a.length; k++) r[k] = a[k] - b[k];
    return r;
  }

  private static double[] plus(double[] a, double[] b) {
    double[] r = new double[a.length];
    for (int k = 0; k < a.length; k++) r[k] = a[k] + b[k];
    return r;
  }

  private static double[] scale(double[] a, double f) {
    double[] r = new double[a.length];
    for (int k = 0; k < a.length; k++) r[k] = a[k] * f;
    return r;
  }
}
