package org.civicsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.civicsim.scenario.KeyReference;
import org.civicsim.scenario.Schema;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code civicsim explain}: what a scenario would run with, and where each value came from. */
class ExplainCommandTest {
  private static final Pattern STACK_FRAME = Pattern.compile("(?m)^\\s+at [a-z]+\\.");

  @TempDir Path dir;
  private Path small;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

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

  private int main(String... args) {
    PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
    PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
    return new Main(o, e).execute(args);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  /** The table line of {@code key}, split into its columns (the mark, if any, first). */
  private List<String> row(String key) {
    List<String> rows =
        out().lines().filter(l -> l.length() > 2 && l.substring(2).startsWith(key + " ")).toList();
    assertEquals(1, rows.size(), () -> key + " should be on exactly one line of:\n" + out());
    return List.of(rows.get(0).trim().split("\\s{2,}|(?<=^\\*) "));
  }

  private static boolean marked(List<String> row) {
    return row.get(0).equals(ExplainCommand.CHANGED);
  }

  @Test
  void aKeyWrittenInTheFileShowsItsLineAndIsMarkedWhenItDiffersFromTheDefault() {
    assertEquals(ExitCode.OK, main("explain", small.toString()));
    assertEquals(
        List.of("*", "borough.residents", "3000", "20000", "file line 5", "residents"),
        row("borough.residents"));
    assertEquals(List.of("*", "steps", "104", "520", "file line 3", "weeks"), row("steps"));
  }

  @Test
  void aKeyWrittenWithItsDefaultValueShowsItsLineButIsNotMarked() {
    assertEquals(ExitCode.OK, main("explain", small.toString()));
    assertEquals(
        List.of("borough.wards", "20", "20", "file line 6", "wards"), row("borough.wards"));
  }

  @Test
  void aKeyLeftOutShowsItsDefaultAsTheSource() {
    assertEquals(ExitCode.OK, main("explain", small.toString()));
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
        main(
            "explain",
            small.toString(),
            "--set",
            "council.cuts.real_terms_per_year=0.08",
            "--set",
            "borough.residents=5000"));
    assertEquals(
        List.of("*", "council.cuts.real_terms_per_year", "0.08", "0.05", "--set", "share 0-1 per year"),
        row("council.cuts.real_terms_per_year"));
    assertEquals("--set", row("borough.residents").get(4), "--set wins over the file");
    out.reset();
    assertEquals(
        ExitCode.BAD_INPUT,
        main("explain", small.toString(), "--set", "council.cuts.real_terms_per_year=1.5"));
    assertTrue(err().contains("council.cuts.real_terms_per_year"), err());
    assertTrue(err().contains("between 0 and 1"), err());
    assertEquals("", out());
  }

  @Test
  void everySchemaKeyAppearsExactlyOnceAndSectionsAreSeparatedByBlankLines() {
    assertEquals(ExitCode.OK, main("explain", small.toString()));
    for (Schema.Key k : Schema.keys()) {
      if (!k.key().contains("[]")) {
        row(k.key());
      }
    }
    List<String> lines = out().lines().toList();
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
        main("explain", small.toString(), "--changed", "--set", "council.pb_share=0.01"));
    assertTrue(out().startsWith(small + ": 4 of "), out());
    assertTrue(marked(row("name")));
    assertTrue(marked(row("steps")));
    assertTrue(marked(row("borough.residents")));
    assertEquals("--set", row("council.pb_share").get(4));
    assertFalse(out().contains("borough.wards"), out());
    assertFalse(out().contains("council.tax_share"), out());
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
    assertEquals(ExitCode.OK, main("explain", two.toString()));
    assertEquals(
        List.of("*", "boroughs[north].council.pb_share", "0.01", "0", "file line 4", "share 0-1"),
        row("boroughs[north].council.pb_share"));
  }

  @Test
  void aBrokenScenarioGivesEveryProblemAndExitCode2WithoutATrace() throws Exception {
    Path broken =
        Files.writeString(
            dir.resolve("broken.yaml"),
            "name: broken\nsteps: -4\nborough:\n  residnts: 300\n");
    assertEquals(ExitCode.BAD_INPUT, main("explain", broken.toString()));
    assertTrue(err().contains(broken + ":2:"), err());
    assertTrue(err().contains(broken + ":4:"), err());
    assertTrue(err().contains("did you mean borough.residents?"), err());
    assertFalse(STACK_FRAME.matcher(err()).find(), err());
    assertEquals("", out());
  }

  @Test
  void aMissingFileOrNoFileIsBadInput() {
    assertEquals(ExitCode.BAD_INPUT, main("explain", "scenarios/nothere.yaml"));
    assertEquals("cannot read scenarios/nothere.yaml: no such file\n", err());
    err.reset();
    assertEquals(ExitCode.BAD_INPUT, main("explain"));
    assertTrue(err().contains("explain needs a scenario file"), err());
    assertTrue(err().contains("usage: civicsim explain"), err());
  }

  @Test
  void referencePrintsTheKeyReference() {
    assertEquals(ExitCode.OK, main("explain", "--reference"));
    assertEquals(KeyReference.markdown(), out());
    assertEquals(ExitCode.BAD_INPUT, main("explain", "--reference", small.toString()));
  }

  @Test
  void helpShowsTheOptionsWithExamples() {
    assertEquals(ExitCode.OK, main("help", "explain"));
    String help = out();
    for (String s : new String[] {"--set", "--changed", "--reference", "file line"}) {
      assertTrue(help.contains(s), s);
    }
    assertTrue(help.contains("./civicsim explain scenarios/baseline.yaml --changed"), help);
    out.reset();
    assertEquals(ExitCode.OK, main("--help"));
    assertTrue(out().contains("\n  explain SCENARIO "), out());
    assertTrue(out().contains("\n  new NAME --from "), out());
  }
}
