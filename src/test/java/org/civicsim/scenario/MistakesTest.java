package org.civicsim.scenario;

import static org.civicsim.scenario.Loading.FILE;
import static org.civicsim.scenario.Loading.assertProblem;
import static org.civicsim.scenario.Loading.only;
import static org.civicsim.scenario.Loading.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Students copy and edit scenario files: each kind of mistake is named at its line and column, with
 * what is allowed and the default.
 */
class MistakesTest {

  @Test
  void anUnknownKeySuggestsTheNearestKey() {
    Problem p = only("name: x\nstepz: 100\n");
    assertProblem(
        p, FILE, 2, 1, "stepz", "unknown key \"stepz\" at the top level", "did you mean steps?");
  }

  @Test
  void aTypoInANestedKeySuggestsTheKeyInThatSection() {
    Problem p = only("council:\n  cuts:\n    real_terms_per_yaer: 0.05\n");
    assertProblem(
        p,
        FILE,
        3,
        5,
        "council.cuts.real_terms_per_yaer",
        "in council.cuts",
        "did you mean council.cuts.real_terms_per_year?");
  }

  @Test
  void aKeyValidInAnotherSectionIsSuggestedThere() {
    Problem p = only("borough:\n  residents: 5000\n  pb_share: 0.01\n");
    assertProblem(
        p, FILE, 3, 3, "borough.pb_share", "in borough", "did you mean council.pb_share?");
  }

  @Test
  void anUnknownKeyWithNothingCloseListsTheAllowedKeys() {
    Problem p = only("output:\n  zzzzzzzzzz: 1\n");
    assertProblem(
        p, FILE, 2, 3, "output.zzzzzzzzzz", "the keys allowed here are record_every, wards");
  }

  @Test
  void textWhereANumberBelongsNamesTheRangeUnitAndDefault() {
    Problem p = only("council:\n  cuts: {real_terms_per_year: five}\n");
    assertProblem(
        p,
        FILE,
        2,
        31,
        "council.cuts.real_terms_per_year",
        "must be a number between 0 and 1 (share 0-1 per year); got \"five\". Default 0.05.");
  }

  @Test
  void aFractionWhereAWholeNumberBelongs() {
    Problem p = only("network:\n  mean_degree: 2.5\n");
    assertProblem(
        p,
        FILE,
        2,
        16,
        "network.mean_degree",
        "must be a whole number between 0 and 1000 (ties)",
        "got 2.5",
        "Default 10.");
  }

  @Test
  void negativeResidentsAreOutOfRange() {
    Problem p = only("borough:\n  residents: -5\n");
    assertProblem(
        p,
        FILE,
        2,
        14,
        "borough.residents",
        "must be a whole number between 1 and 100000000",
        "got -5",
        "Default 20000.");
  }

  @Test
  void aShareAboveOneIsOutOfRange() {
    Problem p = only("borough: {minority_share: 1.5}\n");
    assertProblem(
        p,
        FILE,
        1,
        27,
        "borough.minority_share",
        "must be a number between 0 and 1 (share 0-1); got 1.5. Default 0.2.");
  }

  @Test
  void aBadChoiceListsTheAllowedValues() {
    Problem p = only("council:\n  decision_mode: pb\n");
    assertProblem(
        p,
        FILE,
        2,
        18,
        "council.decision_mode",
        "must be one of top-down, consultation, participatory-budgeting, community-commissioning",
        "got \"pb\"",
        "Default top-down.");
  }

  @Test
  void aChoiceSpelledWithTheWrongSeparatorIsCorrected() {
    Problem p = only("network: {type: ward_small_world}\n");
    assertProblem(p, FILE, 1, 17, "network.type", "did you mean ward-small-world?");
  }

  @Test
  void somethingOtherThanTrueOrFalseForASwitch() {
    Problem p = only("council:\n  enabled: yes\n");
    assertProblem(p, FILE, 2, 12, "council.enabled", "must be true or false; got \"yes\"");
  }

  @Test
  void aDuplicateKeyNamesTheFirst() {
    Problem p = only("name: x\nsteps: 100\nseed: 1\nsteps: 200\n");
    assertProblem(p, FILE, 4, 1, "steps", "duplicate key", "already set at line 2");
  }

  @Test
  void aTabIsReportedWhereItIs() {
    Problem p = only("council:\n  cuts:\n  \tyears: 3\n");
    assertProblem(p, FILE, 3, 3, null, "tab character", "spaces, not tabs");
  }

  @Test
  void anAliasIsRefused() {
    List<Problem> all = problems("seed: &s 3\nreplicates: *s\n");
    assertProblem(all.get(0), FILE, 1, 7, null, "anchors (&name) are not allowed");
    assertProblem(all.get(1), FILE, 2, 13, null, "aliases (*s) are not allowed");
    assertEquals(2, all.size(), Loading.describe(all));
  }

  @Test
  void anEmptyFileSaysSo() {
    assertProblem(only(""), FILE, 0, 0, null, "the file is empty");
    assertProblem(only("# nothing but a comment\n\n"), FILE, 0, 0, null, "the file is empty");
  }

  @Test
  void aTopLevelListIsNotAScenario() {
    Problem p = only("- name: x\n- steps: 3\n");
    assertProblem(p, FILE, 1, 1, null, "the top level must be a section of keys", "got a list");
  }

  @Test
  void binaryGarbageIsRefusedWithoutAStackTrace() {
    Problem p = only("name: x\nst\u0000\u0001\u00ff\u0007eps: 3\n");
    assertProblem(p, FILE, 2, 3, null, "binary data");
  }

  @Test
  void anUnclosedBracketPointsAtWhereItOpened() {
    Problem p = only("name: x\nresidents:\n  thresholds: [0.1, 0.2\nsteps: 3\n");
    assertEquals(FILE, p.file());
    assertTrue(p.line() >= 3, p.format());
    assertTrue(p.message().contains("not valid YAML"), p.format());
    assertTrue(p.message().contains("starts at line 3, column 15"), p.format());
  }

  @Test
  void aSectionWrittenAsAValue() {
    Problem p = only("council: 5\n");
    assertProblem(p, FILE, 1, 10, "council", "must be a section of keys (enabled, initial_funding");
  }

  @Test
  void aWrongEntryInAListIsNamedByItsIndex() {
    Problem p =
        only(
            "borough: {residents: 3, wards: 1}\n"
                + "network: {mean_degree: 2}\n"
                + "residents:\n"
                + "  thresholds: [0.1, x, 0.3]\n");
    assertProblem(p, FILE, 4, 21, "residents.thresholds[1]", "must be a number; got \"x\"");
  }

  @Test
  void thresholdsMustMatchThePopulation() {
    Problem p =
        only(
            "borough: {residents: 4, wards: 1}\n"
                + "network: {mean_degree: 2}\n"
                + "residents:\n"
                + "  thresholds: [0.1, 0.2]\n");
    assertProblem(
        p,
        FILE,
        4,
        3,
        "residents.thresholds",
        "has 2 entries but borough.residents is 4",
        "one threshold per resident");
  }

  @Test
  void aMultiDocumentFileIsRefused() {
    Problem p = only("name: x\n---\nname: y\n");
    assertProblem(p, FILE, 3, 1, null, "a second YAML document");
  }

  @Test
  void everyProblemInAFileIsReportedAtOnce() {
    List<Problem> all =
        problems(
            "name: x\n"
                + "stepz: 100\n"
                + "borough:\n"
                + "  residents: -5\n"
                + "  minority_share: 1.5\n"
                + "council:\n"
                + "  cuts: {real_terms_per_year: five}\n"
                + "  decision_mode: pb\n"
                + "network:\n"
                + "  mean_degree: 2.5\n");
    assertEquals(6, all.size(), Loading.describe(all));
    int[] lines = all.stream().mapToInt(Problem::line).toArray();
    assertEquals(List.of(2, 4, 5, 7, 8, 10), java.util.Arrays.stream(lines).boxed().toList());
  }

  @Test
  void aCheckBetweenKeysIsLeftOutWhenOneOfThemIsAlreadyWrong() {
    List<Problem> all = problems("borough: {residents: -5}\nresidents: {thresholds: [0.1]}\n");
    assertEquals(1, all.size(), Loading.describe(all));
    assertEquals("borough.residents", all.get(0).key());
  }

  @Test
  void problemsFormatAsFileLineColumnKeyMessage() {
    Problem p = only("council:\n  cuts: {real_terms_per_year: five}\n");
    assertEquals(
        "scenarios/test.yaml:2:31: council.cuts.real_terms_per_year: must be a number between 0"
            + " and 1 (share 0-1 per year); got \"five\". Default 0.05.",
        p.format());
  }

  @Test
  void nothingButScenarioExceptionEscapes() {
    for (String garbage :
        List.of(
            "{",
            "]",
            ":",
            "? [a]\n: 1\n",
            "a: 'x",
            "a: \"\\q\"",
            "%YAML 9.9\n---\na: 1",
            "!!binary aGVsbG8=",
            "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]",
            "a: &a [*a]",
            "? |\n  x\n: 1\nname: 3")) {
      List<Problem> all = problems(garbage);
      assertFalse(all.isEmpty(), garbage);
      for (Problem p : all) {
        assertFalse(p.message().contains("Exception"), p.format());
        assertFalse(p.message().contains("internal error"), p.format());
      }
    }
  }
}
