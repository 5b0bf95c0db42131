package org.civicsim.model;

import static org.civicsim.model.ModelRuns.SMALL;
import static org.civicsim.model.ModelRuns.scenario;
import static org.civicsim.model.ModelRuns.started;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The four network generators: mean degree, symmetry, no self-ties, and where ties fall. */
class NetworkTest {

  @ParameterizedTest
  @ValueSource(strings = {"erdos-renyi", "watts-strogatz", "ward-small-world"})
  void tiesAreSymmetricWithoutSelfTiesNearTheMeanDegree(String type) {
    CivicModel m = started(scenario(SMALL, "network.type=" + type, "network.mean_degree=10"), 0);
    Ties t = m.ties();
    int n = m.population().n;
    for (int i = 0; i < n; i++) {
      for (int k = t.start(i); k < t.end(i); k++) {
        int j = t.target(k);
        assertTrue(j != i, "self-tie at " + i);
        boolean back = false;
        for (int x = t.start(j); x < t.end(j); x++) back |= t.target(x) == i;
        assertTrue(back, type + ": tie " + i + "->" + j + " has no way back");
      }
    }
    double mean = t.stored() / (double) n;
    assertTrue(mean > 9.0 && mean <= 10.0, type + " mean degree " + mean);
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.0, 0.05})
  void wardSmallWorldKeepsTiesInTheWardButForTheRewired(double rewiring) {
    CivicModel m =
        started(
            scenario(SMALL, "network.type=ward-small-world", "network.rewiring=" + rewiring), 0);
    Ties t = m.ties();
    Population p = m.population();
    long across = 0;
    for (int i = 0; i < p.n; i++) {
      for (int k = t.start(i); k < t.end(i); k++) if (p.ward[t.target(k)] != p.ward[i]) across++;
    }
    double share = across / (double) t.stored();
    if (rewiring == 0) assertEquals(0.0, share);
    // A rewired tie goes to anyone in the borough: 9 in 10 of them land in another of 10 wards.
    else assertEquals(rewiring * 0.9, share, 0.01, "share across wards");
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.0, 1.0})
  void homophilyTiesResidentsToNeighboursOfTheirOwnIncome(double homophily) {
    CivicModel m =
        started(
            scenario(
                SMALL,
                "network.type=ward-small-world",
                "network.rewiring=0",
                "network.homophily=" + homophily),
            0);
    Ties t = m.ties();
    Population p = m.population();
    long same = 0;
    for (int i = 0; i < p.n; i++) {
      for (int k = t.start(i); k < t.end(i); k++)
        if (p.quintile[t.target(k)] == p.quintile[i]) same++;
    }
    double share = same / (double) t.stored();
    if (homophily == 1.0) assertTrue(share > 0.8, "same-quintile share " + share);
    else assertTrue(share < 0.5, "same-quintile share " + share);
  }

  /**
   * Each borough is drawn from a stream of its own, the first from the model's: the first of three
   * boroughs has the draws and ties a lone borough has, and the others their own. (Its wards'
   * deprivation differs among several, so incomes and skills do; free hours and motivation, drawn
   * in place after residents are sorted, do not.)
   */
  @ParameterizedTest
  @ValueSource(strings = {"erdos-renyi", "watts-strogatz", "ward-small-world"})
  void theFirstBoroughIsBuiltAsALoneOneAndTheOthersApart(String type) {
    String[] settings = {"network.type=" + type, "borough.residents=600", "borough.wards=3"};
    CivicModel alone = started(scenario(SMALL, settings), 0);
    CivicModel three = started(scenario(SMALL, append(settings, "borough.count=3")), 0);
    int n = alone.population().n;
    assertEquals(3 * n, three.population().n);
    for (int b = 0; b < 3; b++) {
      boolean same = true;
      for (int i = 0; i < n; i++) {
        int j = b * n + i;
        same &=
            alone.population().motivation[i] == three.population().motivation[j]
                && alone.population().freeHours[i] == three.population().freeHours[j]
                && alone.ties().degree(i) == three.ties().degree(j);
        for (int k = 0; same && k < alone.ties().degree(i); k++) {
          same =
              alone.ties().target(alone.ties().start(i) + k) + b * n
                  == three.ties().target(three.ties().start(j) + k);
        }
      }
      if (b == 0) assertTrue(same, type + ": the first borough is built as a lone one");
      else assertTrue(!same, type + ": borough " + b + " is drawn apart from the first");
    }
  }

  private static String[] append(String[] a, String b) {
    String[] r = java.util.Arrays.copyOf(a, a.length + 1);
    r[a.length] = b;
    return r;
  }

  @ParameterizedTest
  @ValueSource(strings = {"erdos-renyi", "watts-strogatz", "ward-small-world"})
  void tiesNeverCrossBoroughs(String type) {
    CivicModel m =
        started(
            scenario(
                SMALL,
                "network.type=" + type,
                "borough.count=3",
                "borough.residents=600",
                "borough.wards=3"),
            0);
    Ties t = m.ties();
    Population p = m.population();
    int[] borough = m.wards().borough;
    for (int i = 0; i < p.n; i++) {
      for (int k = t.start(i); k < t.end(i); k++) {
        assertEquals(
            borough[p.ward[i]], borough[p.ward[t.target(k)]], "tie " + i + " across boroughs");
      }
    }
  }
}
