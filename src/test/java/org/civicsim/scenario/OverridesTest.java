package org.civicsim.scenario;

import static org.civicsim.scenario.Loading.assertProblem;
import static org.civicsim.scenario.Loading.load;
import static org.civicsim.scenario.Loading.only;
import static org.civicsim.scenario.Loading.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Command-line {@code --set KEY=VALUE} changes win over the file and are checked like it. */
class OverridesTest {
  private static final String BASE = "name: x\ncouncil:\n  cuts: {real_terms_per_year: 0.05}\n";

  @Test
  void anOverrideReplacesTheFilesValue() throws Exception {
    Scenario s = load(BASE, "council.cuts.real_terms_per_year=0.08", "borough.residents=5000");
    assertEquals(0.08, s.council().cuts().realTermsPerYear());
    assertEquals(5000, s.borough().residents());
  }

  @Test
  void anOverrideCreatesSectionsTheFileLeftOut() throws Exception {
    Scenario s = load("name: x\n", "incentives.innovation_fund.per_resident=2.3", "steps=260");
    assertEquals(2.3, s.incentives().innovationFund().perResident());
    assertEquals(260, s.steps());
  }

  @Test
  void overrideValuesAreYamlScalarsOrFlowLists() throws Exception {
    Scenario s =
        load(
            "name: x\nborough: {residents: 3, wards: 1}\nnetwork: {mean_degree: 2}\n",
            "residents.thresholds=[0.1, 0.2,0.3]",
            "council.decision_mode=Participatory-Budgeting",
            "council.online=true",
            "description=cuts: deep, then none");
    assertEquals(List.of(0.1, 0.2, 0.3), s.residents().thresholds());
    assertEquals(Council.DecisionMode.PARTICIPATORY_BUDGETING, s.council().decisionMode());
    assertEquals(true, s.council().online());
    assertEquals("cuts: deep, then none", s.description());
  }

  @Test
  void anUnknownOverrideKeySuggestsTheNearest() {
    Problem p = only(BASE, "council.cuts.real_terms_per_yr=0.08");
    assertProblem(
        p,
        "--set",
        0,
        0,
        "council.cuts.real_terms_per_yr",
        "unknown key",
        "did you mean council.cuts.real_terms_per_year?");
  }

  @Test
  void anOverrideKeyInTheWrongSectionIsSuggestedWhereItBelongs() {
    Problem p = only(BASE, "borough.pb_share=0.01");
    assertProblem(p, "--set", 0, 0, "borough.pb_share", "did you mean council.pb_share?");
  }

  @Test
  void anOverrideValueOutOfRangeIsRefused() {
    Problem p = only(BASE, "council.cuts.real_terms_per_year=1.5");
    assertProblem(
        p,
        "--set",
        0,
        0,
        "council.cuts.real_terms_per_year",
        "must be a number between 0 and 1",
        "got 1.5",
        "Default 0.05.");
  }

  @Test
  void anOverrideOfTheWrongTypeIsRefused() {
    Problem p = only(BASE, "borough.residents=lots");
    assertProblem(p, "--set", 0, 0, "borough.residents", "must be a whole number", "got \"lots\"");
  }

  @Test
  void anOverrideWithoutAnEqualsSignIsMalformed() {
    Problem p = only(BASE, "council.pb_share 0.01");
    assertProblem(p, "--set", 0, 0, null, "is not KEY=VALUE", "council.pb_share=0.01");
  }

  @Test
  void anOverrideThatIsNotValidYamlIsRefused() {
    Problem p = only(BASE, "residents.thresholds=[0.1, 0.2");
    assertProblem(p, "--set", 0, 0, "residents.thresholds", "is not valid", "closing ']'");
  }

  @Test
  void fileProblemsComeFirstThenTheCommandLinesInOrder() {
    List<Problem> all = problems("name: x\nstepz: 3\n", "bogus=1", "steps=-1");
    assertEquals(3, all.size(), Loading.describe(all));
    assertEquals("stepz", all.get(0).key());
    assertEquals("bogus", all.get(1).key());
    assertEquals("steps", all.get(2).key());
  }

  @Test
  void overridesAreCheckedEvenWhenTheFileIsBroken() {
    List<Problem> all = problems("name: [x\n", "bogus=1");
    assertEquals(2, all.size(), Loading.describe(all));
    assertEquals("--set", all.get(1).file());
  }
}
