package org.civicsim.scenario;

import static org.civicsim.scenario.Loading.FILE;
import static org.civicsim.scenario.Loading.assertProblem;
import static org.civicsim.scenario.Loading.load;
import static org.civicsim.scenario.Loading.only;
import static org.civicsim.scenario.Loading.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Several boroughs side by side: identical copies, or named ones with their own changes. */
class BoroughsTest {

  @Test
  void twoNamedBoroughsDecideDifferently() throws Exception {
    Scenario s =
        load(
            "name: two\n"
                + "council: {pb_share: 0.01}\n"
                + "boroughs:\n"
                + "  - name: lambeth\n"
                + "    set:\n"
                + "      council.decision_mode: participatory-budgeting\n"
                + "      borough.residents: 5000\n"
                + "  - name: wandsworth\n"
                + "    set: {council.decision_mode: consultation, council.cuts.years: 8}\n");
    assertEquals(2, s.locals().size());
    BoroughPolicy lambeth = s.locals().get(0);
    BoroughPolicy wandsworth = s.locals().get(1);
    assertEquals("lambeth", lambeth.name());
    assertEquals(Council.DecisionMode.PARTICIPATORY_BUDGETING, lambeth.council().decisionMode());
    assertEquals(5000, lambeth.borough().residents());
    assertEquals(5, lambeth.council().cuts().years());
    assertEquals(0.01, lambeth.council().pbShare());
    assertEquals("wandsworth", wandsworth.name());
    assertEquals(Council.DecisionMode.CONSULTATION, wandsworth.council().decisionMode());
    assertEquals(20000, wandsworth.borough().residents());
    assertEquals(8, wandsworth.council().cuts().years());
    assertEquals(0.0, lambeth.borough().deprivation());
    assertEquals(1.0, wandsworth.borough().deprivation());
    assertEquals(25000, s.totalResidents());
    assertEquals(Council.DecisionMode.TOP_DOWN, s.council().decisionMode());
  }

  @Test
  void identicalBoroughsSpreadDeprivationEvenly() throws Exception {
    Scenario s = load("borough: {count: 3, residents: 1000, wards: 4}\n");
    assertEquals(
        List.of("borough-1", "borough-2", "borough-3"),
        s.locals().stream().map(BoroughPolicy::name).toList());
    assertEquals(
        List.of(0.0, 0.5, 1.0), s.locals().stream().map(l -> l.borough().deprivation()).toList());
    assertEquals(3000, s.totalResidents());
    assertSame(s.council(), s.locals().get(2).council());
  }

  @Test
  void aDeprivationGivenIsKept() throws Exception {
    Scenario s = load("borough: {count: 2, deprivation: 0.9}\n");
    assertEquals(
        List.of(0.9, 0.9), s.locals().stream().map(l -> l.borough().deprivation()).toList());
  }

  @Test
  void aBoroughsOwnDeprivationIsKept() throws Exception {
    Scenario s =
        load(
            "boroughs:\n"
                + "  - {name: a, set: {borough.deprivation: 0.2}}\n"
                + "  - {name: b}\n"
                + "  - {name: c}\n");
    assertEquals(
        List.of(0.2, 0.5, 1.0), s.locals().stream().map(l -> l.borough().deprivation()).toList());
  }

  @Test
  void aBadValueInSetPointsAtItsLineAndNamesTheBorough() {
    Problem p = only("boroughs:\n  - name: north\n    set:\n      council.decision_mode: pb\n");
    assertProblem(
        p,
        FILE,
        4,
        30,
        "boroughs[north].council.decision_mode",
        "must be one of top-down",
        "got \"pb\"");
  }

  @Test
  void anUnknownKeyInSetIsSuggested() {
    Problem p =
        only("boroughs:\n  - name: north\n    set:\n      council.decison_mode: consultation\n");
    assertProblem(
        p,
        FILE,
        4,
        7,
        "boroughs[north].set",
        "unknown key \"council.decison_mode\"",
        "did you mean council.decision_mode?");
  }

  @Test
  void onlyLocalSectionsCanBeSetPerBorough() {
    Problem p = only("boroughs:\n  - name: north\n    set: {network.type: complete}\n");
    assertProblem(
        p,
        FILE,
        3,
        11,
        "boroughs[north].set",
        "\"network.type\" cannot be set per borough",
        "borough., council., community_development., groups. and incentives.");
  }

  @Test
  void namesMustBeGivenAndUnique() {
    List<Problem> all =
        problems("boroughs:\n  - name: north\n  - name: north\n  - set: {borough.wards: 3}\n");
    assertEquals(2, all.size(), Loading.describe(all));
    assertProblem(all.get(0), FILE, 3, 5, "boroughs[1].name", "already used by boroughs[0]");
    assertProblem(all.get(1), FILE, 4, 5, "boroughs[2].name", "every borough needs a name");
  }

  @Test
  void countAndNamedBoroughsTogetherAreAnError() {
    Problem p = only("borough: {count: 3}\nboroughs:\n  - name: a\n  - name: b\n");
    assertProblem(p, FILE, 1, 11, "borough.count", "use one or the other");
  }

  @Test
  void aCheckBetweenKeysIsMadeForEachBoroughsOwnValues() {
    Problem p =
        only("boroughs:\n  - name: tiny\n    set: {borough.residents: 15}\n  - name: big\n");
    assertProblem(
        p, FILE, 3, 11, "boroughs[tiny].borough.wards", "at most borough.residents (15); got 20");
  }
}
