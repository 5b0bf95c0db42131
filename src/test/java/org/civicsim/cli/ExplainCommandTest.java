package org.civicsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.civicsim.scenario.KeyReference;
import org.civicsim.scenario.Schema;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code civicsim explain}: what a scenario would run with, and where each value came from. */
class ExplainCommandTest {

  private final InProcess cli = new InProcess();
  @TempDir Path dir;
  private Path small;

  @BeforeEach
  void scenario() throws Exception {
    small =
        Files.writeString(
            dir.resolve("small.yaml"),
            "# a small borough\n"
                + "name: small\n"
                + "steps: 104\n"
                + "borough:\n"
                + "  residents: 3000   # about a ward\n"
                + "  wards: 20         # the default, written out\n");
  }

  /** The table line of {@code key}, split into its columns (the mark, if any, first). */
  private List<String> row(String key) {
    List<String> rows =
        cli.out()
            .lines()
            .filter(l -> l.length() > 2 && l.substring(2).startsWith(key + " "))
            .toList();
    assertEquals(1, rows.size(), () -> key + " should be on exactly one line of:\n" + cli.out());
    return List.of(rows.get(0).trim().split("\\s{2,}|(?<=^\\*) "));
  }

  private static boolean marked(List<String> row) {
    return row.get(0).equals(ExplainCommand.CHANGED);
  }

  @Test
  void aKeyWrittenInTheFileShowsItsLineAndIsMarkedWhenItDiffersFromTheDefault() {
    assertEquals(ExitCode.OK, cli.run("explain", small.toString()));
    assertEquals(
        List.of("*", "borough.residents", "3000", "20000", "file line 5", "residents"),
        row("borough.residents"));
    assertEquals(List.of("*", "steps", "104", "520", "file line 3", "weeks"), row("steps"));
  }

  @Test
  void aKeyWrittenWithItsDefaultValueShowsItsLineButIsNotMarked() {
    assertEquals(ExitCode.OK, cli.run("explain", small.toString()));
    assertEquals(
        List.of("borough.wards", "20", "20", "file line 6", "wards"), row("borough.wards"));
  }

  @Test
  void aKeyLeftOutShowsItsDefaultAsTheSource() {
    assertEquals(ExitCode.OK, cli.run("explain", small.toString()));
    assertEquals(
        List.of("council.tax_share", "0.25", "0.25", "default", "share 0-1"),
        row("council.tax_share"));
    assertEquals(
        List.of("borough.deprivation", "(not set)", "(not set)", "default", "0-1"),
        row("borough.deprivation"));
  }

  @Test
  void anOverrideShowsSetAsTheSourceAndIsCheckedLikeTheFile() {
    assertEquals(
        ExitCode.OK,
        cli.run(
            "explain",
            small.toString(),
            "--set",
            "council.cuts.real_terms_per_year=0.08",
            "--set",
            "borough.residents=5000"));
    assertEquals(
        List.of(
            "*", "council.cuts.real_terms_per_year", "0.08", "0.05", "--set", "share 0-1 per year"),
        row("council.cuts.real_terms_per_year"));
    assertEquals("--set", row("borough.residents").get(4), "--set wins over the file");
    assertEquals(
        ExitCode.BAD_INPUT,
        cli.run("explain", small.toString(), "--set", "council.cuts.real_terms_per_year=1.5"));
    assertTrue(cli.err().contains("council.cuts.real_terms_per_year"), cli.err());
    assertTrue(cli.err().contains("between 0 and 1"), cli.err());
    assertEquals("", cli.out());
  }

  @Test
  void everySchemaKeyAppearsExactlyOnceAndSectionsAreSeparatedByBlankLines() {
    assertEquals(ExitCode.OK, cli.run("explain", small.toString()));
    for (Schema.Key k : Schema.keys()) {
      if (!k.key().contains("[]")) {
        row(k.key());
      }
    }
    List<String> lines = cli.out().lines().toList();
    String previous = null;
    for (int i = 3; i < lines.size(); i++) {
      String key = lines.get(i).isBlank() ? null : lines.get(i).substring(2).split(" ")[0];
      if (key != null && previous != null) {
        String section = KeyReference.sectionOf(key);
        boolean blankBefore = lines.get(i - 1).isBlank();
        assertEquals(
            !section.equals(KeyReference.sectionOf(previous)),
            blankBefore,
            "a blank line before a new section only: " + lines.get(i));
      }
      if (key != null) {
        previous = key;
      }
    }
  }

  @Test
  void changedListsOnlyTheValuesThatDifferFromTheirDefaults() {
    assertEquals(
        ExitCode.OK,
        cli.run("explain", small.toString(), "--changed", "--set", "council.pb_share=0.01"));
    assertTrue(cli.out().startsWith(small + ": 4 of "), cli.out());
    assertTrue(marked(row("name")));
    assertTrue(marked(row("steps")));
    assertTrue(marked(row("borough.residents")));
    assertEquals("--set", row("council.pb_share").get(4));
    assertFalse(cli.out().contains("borough.wards"), cli.out());
    assertFalse(cli.out().contains("council.tax_share"), cli.out());
  }

  @Test
  void aBoroughsOwnChangeIsListedWithItsLine() throws Exception {
    Path two =
        Files.writeString(
            dir.resolve("two.yaml"),
            "name: two\n"
                + "boroughs:\n"
                + "  - name: north\n"
                + "    set: {council.pb_share: 0.01}\n"
                + "  - name: south\n");
    assertEquals(ExitCode.OK, cli.run("explain", two.toString()));
    assertEquals(
        List.of("*", "boroughs[north].council.pb_share", "0.01", "0", "file line 4", "share 0-1"),
        row("boroughs[north].council.pb_share"));
  }

  @Test
  void aBrokenScenarioGivesEveryProblemAndExitCode2WithoutATrace() throws Exception {
    Path broken =
        Files.writeString(
            dir.resolve("broken.yaml"), "name: broken\nsteps: -4\nborough:\n  residnts: 300\n");
    assertEquals(ExitCode.BAD_INPUT, cli.run("explain", broken.toString()));
    assertTrue(cli.err().contains(broken + ":2:"), cli.err());
    assertTrue(cli.err().contains(broken + ":4:"), cli.err());
    assertTrue(cli.err().contains("did you mean borough.residents?"), cli.err());
    assertFalse(InProcess.STACK_FRAME.matcher(cli.err()).find(), cli.err());
    assertEquals("", cli.out());
  }

  @Test
  void aMissingFileOrNoFileIsBadInput() {
    assertEquals(ExitCode.BAD_INPUT, cli.run("explain", "scenarios/nothere.yaml"));
    assertEquals("cannot read scenarios/nothere.yaml: no such file\n", cli.err());
    assertEquals(ExitCode.BAD_INPUT, cli.run("explain"));
    assertTrue(cli.err().contains("explain needs a scenario file"), cli.err());
    assertTrue(cli.err().contains("usage: civicsim explain"), cli.err());
  }

  @Test
  void referencePrintsTheKeyReference() {
    assertEquals(ExitCode.OK, cli.run("explain", "--reference"));
    assertEquals(KeyReference.markdown(), cli.out());
    assertEquals(ExitCode.BAD_INPUT, cli.run("explain", "--reference", small.toString()));
  }

  @Test
  void constantsPrintTheModelsConstants() {
    assertEquals(ExitCode.OK, cli.run("explain", "--constants"));
    assertEquals(org.civicsim.model.ConstantReference.tables(), cli.out());
    assertEquals(ExitCode.BAD_INPUT, cli.run("explain", "--constants", "--reference"));
  }

  @Test
  void helpShowsTheOptionsWithExamples() {
    assertEquals(ExitCode.OK, cli.run("help", "explain"));
    String help = cli.out();
    for (String s : new String[] {"--set", "--changed", "--reference", "file line"}) {
      assertTrue(help.contains(s), s);
    }
    assertTrue(help.contains("./civicsim explain scenarios/baseline.yaml --changed"), help);
    assertEquals(ExitCode.OK, cli.run("--help"));
    assertTrue(cli.out().contains("\n  explain SCENARIO "), cli.out());
    assertTrue(cli.out().contains("\n  new NAME --from "), cli.out());
  }
}
