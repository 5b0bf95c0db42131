package org.civicsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/scenarios.md is generated from the records the loader validates against. */
class KeyReferenceTest {
  private static final Path DOC = Path.of("docs/scenarios.md");

  @Test
  void docsScenariosMdIsUpToDateWithTheScenarioRecords() throws Exception {
    String expected = KeyReference.markdown();
    if (!Files.exists(DOC)) {
      fail(DOC + " is missing; generate it and commit it:\n    " + KeyReference.REGENERATE);
    }
    String actual = Files.readString(DOC);
    if (expected.equals(actual)) {
      return;
    }
    fail(
        DOC
            + " is out of date with the scenario records (a key, default, range or text changed)."
            + "\nRegenerate it and commit the result:\n    "
            + KeyReference.REGENERATE
            + "\n"
            + GeneratedDocs.firstDifference(expected, actual));
  }

  /** docs/ODD.md section 9 holds the same tables, between two markers. */
  @Test
  void theModelDescriptionListsEveryParameterAsTheCodeDoes() throws Exception {
    String odd = Files.readString(Path.of("docs/ODD.md"));
    String start = "<!-- generated: KeyReference.tables() -->\n";
    String end = "<!-- end generated -->";
    int a = odd.indexOf(start);
    int b = odd.indexOf(end);
    assertTrue(a >= 0 && b > a, "docs/ODD.md section 9 lost its markers");
    if (!odd.substring(a + start.length(), b).equals(KeyReference.tables())) {
      fail(
          "docs/ODD.md section 9 is out of date with the scenario records: regenerate"
              + " docs/scenarios.md ("
              + KeyReference.REGENERATE
              + ") and copy its tables, from"
              + " '### Top level' to the end, between the markers of docs/ODD.md section 9");
    }
  }

  @Test
  void everyKeyHasExactlyOneRowInTheReference() {
    List<String> lines = KeyReference.markdown().lines().toList();
    for (Schema.Key k : Schema.keys()) {
      long rows = lines.stream().filter(l -> l.startsWith("| `" + k.key() + "` |")).count();
      assertEquals(1, rows, k.key());
    }
  }

  @Test
  void aRowShowsTypeUnitDefaultRangeMeaningAndSource() {
    String row =
        KeyReference.markdown()
            .lines()
            .filter(l -> l.startsWith("| `council.cuts.real_terms_per_year` |"))
            .findFirst()
            .orElseThrow();
    Schema.Key k = KeyReference.key("council.cuts.real_terms_per_year");
    assertEquals(
        "| `council.cuts.real_terms_per_year` | a number | share 0-1 per year | `"
            + KeyReference.shownDefault(k)
            + "` | 0 to 1 | "
            + k.doc()
            + " | "
            + k.source()
            + " |",
        row);
  }

  @Test
  void thereIsOneTablePerSectionInTheOrderOfAFile() {
    List<String> headings =
        KeyReference.markdown().lines().filter(l -> l.startsWith("### ")).toList();
    assertEquals(
        List.of(
            "### Top level",
            "### `output`",
            "### `network`",
            "### `residents`",
            "### `behaviour`",
            "### `borough`",
            "### `council`",
            "### `community_development`",
            "### `groups`",
            "### `incentives`",
            "### `boroughs`"),
        headings);
  }

  @Test
  void defaultsAndRangesAreShownAsExplainShowsThem() {
    assertEquals("0.3", KeyReference.shownDefault(KeyReference.key("residents.skills_q1")));
    assertEquals("(not set)", KeyReference.shownDefault(KeyReference.key("borough.deprivation")));
    assertEquals("\"\"", KeyReference.shownDefault(KeyReference.key("description")));
    assertEquals("1 to 100000", KeyReference.range(KeyReference.key("replicates")));
    assertEquals("1 to 100000000", KeyReference.range(KeyReference.key("borough.residents")));
    assertEquals("at least 0", KeyReference.range(KeyReference.key("seed")));
    assertEquals("", KeyReference.range(KeyReference.key("network.type")));
  }

  @Test
  void sectionsAreTheFirstPartOfADottedKey() {
    assertEquals("council", KeyReference.sectionOf("council.cuts.years"));
    assertEquals("boroughs", KeyReference.sectionOf("boroughs[north].council.pb_share"));
    assertEquals("boroughs", KeyReference.sectionOf("boroughs"));
    assertEquals(KeyReference.TOP_LEVEL, KeyReference.sectionOf("steps"));
  }

  @Test
  void theTutorialShowsCommandsThatExist() {
    String doc = KeyReference.markdown();
    for (String command :
        new String[] {
          "./civicsim new deep-cuts --from baseline",
          "./civicsim validate scenarios/deep-cuts.yaml",
          "./civicsim explain scenarios/deep-cuts.yaml --changed",
          "./civicsim run scenarios/deep-cuts.yaml --out results/compare/deep-cuts",
          "summary.csv"
        }) {
      assertTrue(doc.contains(command), command);
    }
    assertTrue(doc.contains(KeyReference.REGENERATE));
  }
}
