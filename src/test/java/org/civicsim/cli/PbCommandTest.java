package org.civicsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code civicsim pb}: real elections counted from the command line. */
class PbCommandTest {
  private final InProcess cli = new InProcess();
  @TempDir Path dir;
  private String sadul;
  private String maciejow;

  @BeforeEach
  void files() throws Exception {
    Path folder = Path.of(getClass().getResource("/pabulib/expected.csv").toURI()).getParent();
    sadul = folder.resolve("poland_warszawa_2017_sadul.pb").toString();
    maciejow = folder.resolve("poland_zabrze_2020_maciejow.pb").toString();
  }

  @Test
  void idsGiveOneLinePerFileTheFileATabAndTheFundedIdsSortedAsText() {
    assertEquals(ExitCode.OK, cli.run("pb", sadul, maciejow, "--ids"));
    String n = System.lineSeparator();
    assertEquals(sadul + "\t1547 1549" + n + maciejow + "\tP0060" + n, cli.out());
    assertEquals("", cli.err());
  }

  @Test
  void equalSharesWithCardinalitySatisfactionIsChosenByName() {
    assertEquals(
        ExitCode.OK,
        cli.run("pb", "--rule", "equal-shares", "--satisfaction", "cardinality", sadul, "--ids"));
    assertEquals(sadul + "\t1549 2290" + System.lineSeparator(), cli.out());
  }

  @Test
  void theTableGivesTheBudgetTheFundedProjectsAndWhatTheySpend() {
    assertEquals(ExitCode.OK, cli.run("pb", maciejow));
    String out = cli.out();
    assertTrue(out.startsWith(maciejow + ": greedy, cost satisfaction"), out);
    assertTrue(out.contains("budget 150,000, 198 voters, 3 projects, 1 funded"), out);
    assertTrue(out.contains("project  cost"), out);
    assertTrue(out.contains("P0060    145,245  198"), out);
    assertTrue(out.contains("spent 145,245 of 150,000 (96.8% of the budget)"), out);
  }

  @Test
  void aBadFileIsBadInputNamingTheFileAndLine() throws Exception {
    Path bad =
        Files.writeString(
            dir.resolve("bad.pb"),
            "META\nkey;value\nbudget;100\nvote_type;approval\nPROJECTS\nproject_id;cost\n"
                + "1;50\nVOTES\nvoter_id;vote\n1;1,2\n");
    assertEquals(ExitCode.BAD_INPUT, cli.run("pb", sadul, bad.toString(), "--ids"));
    assertEquals("", cli.out());
    assertTrue(cli.err().startsWith(bad + ":10: the vote approves project '2'"), cli.err());
    assertFalse(InProcess.STACK_FRAME.matcher(cli.err()).find(), cli.err());
  }

  @Test
  void anUnknownRuleIsBadInputNamingTheChoices() {
    assertEquals(ExitCode.BAD_INPUT, cli.run("pb", sadul, "--rule", "borda"));
    assertTrue(cli.err().startsWith("unknown rule 'borda'; choose greedy or equal-shares"));
    assertTrue(cli.err().contains("usage: civicsim pb"), cli.err());
  }

  @Test
  void add1CompletionWithGreedyIsBadInput() {
    assertEquals(ExitCode.BAD_INPUT, cli.run("pb", sadul, "--completion", "add1"));
    assertTrue(cli.err().startsWith("completion add1 applies to equal-shares only"), cli.err());
  }

  @Test
  void helpForPbShowsEveryOptionWithExamples() {
    assertEquals(ExitCode.OK, cli.run("help", "pb"));
    for (String option : new String[] {"--rule", "--satisfaction", "--completion", "--ids"}) {
      assertTrue(cli.out().contains(option), option);
    }
    assertTrue(cli.out().contains("./civicsim pb "));
  }
}
