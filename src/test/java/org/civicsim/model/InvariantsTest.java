package org.civicsim.model;

import static org.civicsim.model.ModelRuns.SMALL;
import static org.civicsim.model.ModelRuns.scenario;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.civicsim.metrics.MetricNames;
import org.civicsim.metrics.MetricSink;
import org.civicsim.metrics.Observer;
import org.civicsim.scenario.Scenario;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What must hold every week of every run: population conserved, budgets never negative, spend equal
 * to the sum of its lines, every share, skill, trust and coverage in [0, 1], facilities by operator
 * adding up, each group's count of members the residents in it. Checked on extreme but valid
 * settings and on scenarios drawn at random from the keys' allowed ranges.
 */
class InvariantsTest {

  /** Runs the scenario week by week, checking everything after each week. */
  static void runChecked(Scenario s, int weeks) {
    CivicModel m = ModelRuns.started(s, 0);
    int n = m.population().n;
    check(m, n, s);
    for (int w = 0; w < weeks; w++) {
      m.schedule.step(m);
      check(m, n, s);
    }
    m.finish();
  }

  static void check(CivicModel m, int n, Scenario s) {
    String at = s.name() + " week " + m.week() + ": ";
    Population p = m.population();
    assertEquals(n, p.n, at + "population changed");
    for (int i = 0; i < n; i++) {
      assertTrue(in01(p.skills[i]) && in01(p.trust[i]), at + "resident " + i + " skills/trust");
      assertTrue(p.voice[i] >= 0 && Float.isFinite(p.voice[i]), at + "resident " + i + " voice");
      assertTrue(
          p.activity[i] >= Activity.NONE && p.activity[i] <= Activity.COPRODUCTION,
          at + "activity");
      int g = p.group[i];
      assertTrue(
          g < 0 || (g < m.groups().slots() && m.groups().alive[g]),
          at + "resident in a dead group");
    }
    for (Council c : m.councils()) {
      assertTrue(c.budget() >= 0, at + "negative budget");
      double sum = 0;
      for (double x : c.spentByLine()) {
        assertTrue(x >= 0 && Double.isFinite(x), at + "negative or infinite spend line");
        sum += x;
      }
      assertEquals(
          sum,
          c.spentThisWeek(),
          1e-9 * Math.max(1, sum),
          at + "spend is not the sum of its lines");
      assertTrue(c.cdWorkers() >= 0 && c.coaches() >= 0, at + "negative staff");
    }
    Services sv = m.services();
    for (int w = 0; w < m.wards().count; w++) {
      int total =
          sv.count(w, Services.COUNCIL)
              + sv.count(w, Services.COMMUNITY)
              + sv.count(w, Services.CLOSED);
      assertEquals(ServiceType.COUNT, total, at + "ward " + w + " facilities by operator");
      for (int q = 0; q < 5; q++)
        assertTrue(in01(sv.coverageByQuintile[w * 5 + q]), at + "coverage");
    }
    for (double c : sv.coverage) assertTrue(in01(c), at + "facility coverage " + c);
    // A group's members are counted as residents join and leave: the count is the residents in it,
    // and a member's lapse week lies in the 27 weeks after the last week run.
    int[] inGroup = new int[m.groups().slots()];
    int last = m.now();
    for (int i = 0; i < n; i++) {
      int g = p.group[i];
      if (g < 0) {
        assertEquals(Population.NO_LAPSE, p.lapseWeek[i], at + "resident " + i + " lapse week");
        continue;
      }
      inGroup[g]++;
      assertTrue(
          p.lapseWeek[i] > last && p.lapseWeek[i] <= Math.max(last, 0) + GroupLife.LAPSE_WEEKS + 1,
          at + "member " + i + " lapses in week " + p.lapseWeek[i]);
    }
    for (int g = 0; g < m.groups().slots(); g++) {
      if (m.groups().alive[g]) assertTrue(m.groups().members[g] >= 0, at + "negative members");
      assertEquals(inGroup[g], m.groups().members[g], at + "group " + g + " members");
    }
    List<String> bad = new ArrayList<>();
    new Observer(m)
        .observe(
            new MetricSink() {
              @Override
              public void group(int step, int metric, int group, double v) {
                String name = MetricNames.METRICS.get(metric);
                if (!Double.isFinite(v))
                  bad.add(name + "/" + MetricNames.GROUPS.get(group) + "=" + v);
                boolean share =
                    name.startsWith("participation")
                        || name.equals("coproduction")
                        || name.equals("coverage")
                        || name.equals("trust_mean")
                        || name.equals("active_share")
                        || name.equals("voice_gini");
                if (share && !in01(v))
                  bad.add(name + "/" + MetricNames.GROUPS.get(group) + "=" + v);
                if (!share && !name.equals("coverage_gap") && v < 0) bad.add(name + "=" + v);
              }

              @Override
              public void ward(int step, int metric, int ward, double v) {
                if (!Double.isFinite(v))
                  bad.add(MetricNames.METRICS.get(metric) + " ward " + ward + "=" + v);
              }
            },
            true);
    assertTrue(bad.isEmpty(), at + bad);
  }

  private static boolean in01(double x) {
    return x >= 0 && x <= 1 && !Double.isNaN(x);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "a 100% cut in one"
            + " year|council.cuts.real_terms_per_year=1;council.cuts.years=1;council.cuts.profile=even",
        "no ties at all|network.mean_degree=0",
        "every resident in a minority|borough.minority_share=1",
        "wards with a single resident|borough.residents=40;borough.wards=40",
        "more wards than can be filled evenly|borough.residents=45;borough.wards=44",
        "one resident|borough.residents=1;borough.wards=1;network.type=complete",
        "no council, intermediaries or"
            + " groups|council.enabled=false;community_development.enabled=false;groups.enabled=false",
        "everything on at"
            + " once|council.decision_mode=participatory-budgeting;council.pb_share=0.5;council.asset_transfer=true;incentives.credits_per_hour=100;incentives.pledge_platform=true;incentives.innovation_fund.per_resident=1000;community_development.organisers_per_10k=100;community_development.coaches_per_10k=100;council.pooled_budget=1",
        "a complete network|network.type=complete;borough.residents=300",
        "growing taxes and no cuts|council.tax_change=0.5;council.cuts.real_terms_per_year=0",
      })
  void extremeButValidSettingsRunWithEveryInvariantHolding(String spec) {
    String[] parts = spec.split("\\|");
    String[] overrides = parts[1].split(";");
    String[] all = new String[overrides.length + 1];
    System.arraycopy(overrides, 0, all, 0, overrides.length);
    all[overrides.length] = "steps=60";
    runChecked(scenario(SMALL, all), 60);
  }

  /** Keys drawn at random within their allowed ranges (sizes kept small so the test is quick). */
  static List<Arguments> randomScenarios() {
    SplittableRandom r = new SplittableRandom(20261123);
    List<Arguments> out = new ArrayList<>();
    String[] modes = {
      "top-down", "consultation", "participatory-budgeting", "community-commissioning"
    };
    String[] strategies = {"salami-slice", "protect-statutory", "close-least-used", "cd-first"};
    String[] networks = {"complete", "erdos-renyi", "watts-strogatz", "ward-small-world"};
    for (int k = 0; k < 12; k++) {
      int residents = 1 + r.nextInt(1500);
      out.add(
          Arguments.of(
              "random-" + k,
              (Object)
                  new String[] {
                    "borough.residents=" + residents,
                    "borough.wards=" + (1 + r.nextInt(Math.min(residents, 30))),
                    "borough.count=" + (1 + r.nextInt(3)),
                    "borough.minority_share=" + f(r.nextDouble()),
                    "borough.segregation=" + f(r.nextDouble()),
                    "network.type=" + networks[r.nextInt(4)],
                    "network.mean_degree=" + r.nextInt(Math.max(1, Math.min(residents, 20))),
                    "network.rewiring=" + f(r.nextDouble()),
                    "council.initial_funding=" + f(5 * r.nextDouble()),
                    "council.cuts.real_terms_per_year=" + f(r.nextDouble()),
                    "council.cuts.years=" + r.nextInt(10),
                    "council.cut_strategy=" + strategies[r.nextInt(4)],
                    "council.decision_mode=" + modes[r.nextInt(4)],
                    "council.pb_share=" + f(0.5 * r.nextDouble()),
                    "council.asset_transfer=" + r.nextBoolean(),
                    "council.closure_threshold=" + f(r.nextDouble()),
                    "council.grants_share=" + f(0.5 * r.nextDouble()),
                    "community_development.workers_per_10k=" + f(100 * r.nextDouble()),
                    "community_development.organisers_per_10k=" + f(20 * r.nextDouble()),
                    "groups.initial_per_ward=" + f(10 * r.nextDouble()),
                    "groups.founding_rate=" + f(r.nextDouble()),
                    "incentives.credits_per_hour=" + f(100 * r.nextDouble()),
                    "behaviour.burnout_load=" + f(2 * r.nextDouble()),
                    "behaviour.burn_in_weeks=" + r.nextInt(30),
                    "steps=110",
                  }));
    }
    return out;
  }

  private static String f(double x) {
    return String.format(Locale.ROOT, "%.4f", x);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("randomScenarios")
  void randomValidScenariosKeepEveryInvariant(String name, String[] overrides) {
    runChecked(scenario(SMALL.replace("name: test", "name: " + name), overrides), 110);
  }
}
