package org.civicsim.model;

import static org.civicsim.model.ModelRuns.SMALL;
import static org.civicsim.model.ModelRuns.scenario;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.civicsim.metrics.Gini;
import org.civicsim.metrics.MetricNames;
import org.civicsim.metrics.MetricSink;
import org.civicsim.metrics.Observer;
import org.civicsim.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The observer's figures for every group and every ward are those counted straight from the
 * residents: it sums in parallel tasks and reads each resident's ward, quintile and minority status
 * packed into its sort keys, and either could put a resident in the wrong place.
 */
class ObserverTest {
  private static final int M = MetricNames.METRICS.size();
  private static final int G = MetricNames.GROUPS.size();
  private static final int GINI = MetricNames.VOICE_GINI;
  private static final int ANY = MetricNames.PARTICIPATION_ANY;
  private static final int TRUST = MetricNames.TRUST_MEAN;

  /** Three boroughs of unequal wards, so ward numbers run past one borough. */
  private static final Scenario THREE =
      scenario(SMALL, "borough.count=3", "borough.residents=1500", "borough.wards=7", "steps=40");

  @ParameterizedTest
  @ValueSource(ints = {1, 3})
  void everyGroupAndWardIsCountedFromItsOwnResidents(int threads) {
    CivicModel m = new CivicModel(THREE, Seeds.replicate(THREE.seed(), 0));
    m.setThreads(threads);
    m.start();
    for (int w = 0; w < THREE.steps(); w++) m.schedule.step(m);
    Population p = m.population();
    int wards = m.wards().count;
    double[][] groups = new double[M][G];
    double[][] byWard = new double[M][wards];
    new Observer(m)
        .observe(
            new MetricSink() {
              @Override
              public void group(int step, int metric, int group, double value) {
                groups[metric][group] = value;
              }

              @Override
              public void ward(int step, int metric, int ward, double value) {
                byWard[metric][ward] = value;
              }
            },
            true);

    int last = m.week() - 1;
    boolean someVoice = false;
    for (int g = 0; g < G; g++) {
      int group = g;
      int[] members = residents(p, i -> inGroup(p, i, group));
      assertTrue(members.length > 0, MetricNames.GROUPS.get(g) + " has residents");
      someVoice |= gini(p, members) > 0;
      String what = MetricNames.GROUPS.get(g);
      assertEquals(gini(p, members), groups[GINI][g], 1e-12, what + " voice_gini");
      assertEquals(anyShare(p, members, last), groups[ANY][g], 1e-12, what + " participation_any");
      assertEquals(meanTrust(p, members), groups[TRUST][g], 1e-12, what + " trust_mean");
    }
    assertTrue(someVoice, "forty weeks give residents some voice to spread");
    for (int w = 0; w < wards; w++) {
      int ward = w;
      int[] members = residents(p, i -> p.ward[i] == ward);
      assertEquals(gini(p, members), byWard[GINI][w], 1e-12, "ward " + w + " voice_gini");
      assertEquals(anyShare(p, members, last), byWard[ANY][w], 1e-12, "ward " + w + " any");
      assertEquals(meanTrust(p, members), byWard[TRUST][w], 1e-12, "ward " + w + " trust");
    }
    m.finish();
  }

  @Test
  void residentsOfEqualVoiceStillCountInTheirOwnGroups() {
    // Before anyone has acted every voice is nought: one long tie for the sort to keep in order.
    Scenario s = scenario(SMALL, "behaviour.burn_in_weeks=0");
    CivicModel m = new CivicModel(s, Seeds.replicate(s.seed(), 0));
    m.start();
    double[][] groups = new double[M][G];
    new Observer(m).observe(ModelRuns.capture(groups), false);
    for (int g = 0; g < G; g++) assertEquals(0, groups[GINI][g], 0, MetricNames.GROUPS.get(g));
    m.finish();
  }

  private static boolean inGroup(Population p, int i, int g) {
    if (g == MetricNames.ALL) return true;
    if (g == MetricNames.MINORITY) return p.minority(i);
    if (g == MetricNames.MAJORITY) return !p.minority(i);
    return MetricNames.quintileGroup(p.quintile[i]) == g;
  }

  private static int[] residents(Population p, java.util.function.IntPredicate in) {
    return java.util.stream.IntStream.range(0, p.n).filter(in).toArray();
  }

  private static double gini(Population p, int[] members) {
    float[] v = new float[members.length];
    for (int k = 0; k < members.length; k++) v[k] = Math.max(0f, p.voice[members[k]]);
    Arrays.sort(v);
    return Gini.ofSorted(v, 0, v.length);
  }

  /** Share active in any way (formal, informal, civic, co-production) in the last four weeks. */
  private static double anyShare(Population p, int[] members, int last) {
    int any = 0;
    for (int i : members) {
      if (last - p.lastFormal[i] < 4
          || last - p.lastInformal[i] < 4
          || last - p.lastCoproduction[i] < 4
          || last - p.lastCivic[i] < 4) {
        any++;
      }
    }
    return members.length == 0 ? 0 : any / (double) members.length;
  }

  private static double meanTrust(Population p, int[] members) {
    double sum = 0;
    for (int i : members) sum += p.trust[i];
    return members.length == 0 ? 0 : sum / members.length;
  }
}
