package org.civicsim.model.pb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The counting rules on elections small enough to count by hand. */
class CountingRulesTest {
  private static final CountingRule GREEDY = new Greedy(Satisfaction.COST);
  private static final CountingRule GREEDY_PER_POUND = new Greedy(Satisfaction.CARDINALITY);
  private static final CountingRule EQUAL_SHARES =
      new EqualShares(Satisfaction.COST, Completion.NONE);
  private static final CountingRule EQUAL_SHARES_ADD1 =
      new EqualShares(Satisfaction.COST, Completion.ADD1);

  /** {@code count} voters who all approve {@code ids}. */
  private static List<List<String>> bloc(int count, String... ids) {
    return new ArrayList<>(Collections.nCopies(count, List.of(ids)));
  }

  private static List<List<String>> plus(List<List<String>> a, List<List<String>> b) {
    List<List<String>> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  @Test
  void theLargestBlocTakesEverythingUnderGreedyButEqualSharesFundsTheMinoritysProject() {
    // Six voters want a1, a2, a3; four want b. Each project costs 30 of a budget of 100.
    Election election =
        Election.of(
            100,
            List.of(
                new Project("a1", 30),
                new Project("a2", 30),
                new Project("a3", 30),
                new Project("b", 30)),
            plus(bloc(6, "a1", "a2", "a3"), bloc(4, "b")));
    assertEquals(List.of("a1", "a2", "a3"), GREEDY.count(election).ids());
    // Each voter holds 10: the six spend their 60 on two projects, the four their 40 on b.
    assertEquals(List.of("a1", "a2", "b"), EQUAL_SHARES.count(election).ids());
    assertEquals(
        List.of("a1", "a2", "b"),
        new EqualShares(Satisfaction.CARDINALITY, Completion.NONE).count(election).ids());
  }

  @Test
  void greedyPerPoundPrefersCheapProjectsWithManyApprovalsPerPound() {
    Election election =
        Election.of(
            100,
            List.of(new Project("big", 100), new Project("small", 20)),
            plus(bloc(5, "big"), bloc(3, "small")));
    assertEquals(List.of("big"), GREEDY.count(election).ids());
    assertEquals(List.of("small"), GREEDY_PER_POUND.count(election).ids());
  }

  @Test
  void tiesGoToTheProjectWhoseIdSortsFirstAsText() {
    // "10" sorts before "9" as text, though not as a number.
    List<Project> projects = List.of(new Project("9", 60), new Project("10", 60));
    Election election = Election.of(100, projects, bloc(2, "9", "10"));
    for (CountingRule rule :
        List.of(
            GREEDY,
            GREEDY_PER_POUND,
            EQUAL_SHARES,
            new EqualShares(Satisfaction.CARDINALITY, Completion.NONE))) {
      assertEquals(List.of("10"), rule.count(election).ids(), rule.toString());
    }
  }

  @Test
  void aProjectNobodyApprovesIsNeverBoughtByEqualShares() {
    Election election =
        Election.of(
            100,
            List.of(new Project("wanted", 50), new Project("unwanted", 10)),
            bloc(2, "wanted"));
    assertEquals(List.of("wanted"), EQUAL_SHARES.count(election).ids());
    assertEquals(List.of("wanted"), EQUAL_SHARES_ADD1.count(election).ids());
    assertEquals(List.of("unwanted", "wanted"), GREEDY.count(election).ids());
  }

  /** A budget of 100 and two voters, one for a (costing 60), one for b. */
  private static Election oneVoterEach(long costOfB) {
    return Election.of(
        100,
        List.of(new Project("a", 60), new Project("b", costOfB)),
        List.of(List.of("a"), List.of("b")));
  }

  @Test
  void add1SpendsWhatEqualSharesLeavesWhenARaisedShareStillFits() {
    // Each voter holds 50: a (60) is beyond its one supporter until shares reach 60.
    Election election = oneVoterEach(40);
    assertEquals(List.of("b"), EQUAL_SHARES.count(election).ids());
    assertEquals(List.of("a", "b"), EQUAL_SHARES_ADD1.count(election).ids());
  }

  @Test
  void add1KeepsTheLastOutcomeWithinTheBudget() {
    // At shares of 60 both a and b are bought, for 110 of 100: the outcome before is kept.
    assertEquals(List.of("b"), EQUAL_SHARES_ADD1.count(oneVoterEach(50)).ids());
  }

  @Test
  void anElectionWithNoBallotsFundsNothingByEqualShares() {
    Election election = Election.of(100, List.of(new Project("a", 10)), List.of());
    assertEquals(List.of(), EQUAL_SHARES_ADD1.count(election).ids());
  }

  @Test
  void aRuleIsNamedAsOnTheCommandLine() {
    assertEquals(
        "equal shares, cardinality satisfaction, add1 completion",
        CountingRule.named("equal-shares", Satisfaction.named("cardinality"), Completion.ADD1)
            .toString());
    IllegalArgumentException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class,
            () -> CountingRule.named("borda", Satisfaction.COST, Completion.NONE));
    assertEquals("unknown rule 'borda'; choose greedy or equal-shares", e.getMessage());
  }
}
