package org.civicsim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civicsim.model.pb.Completion;
import org.civicsim.model.pb.CountingRule;
import org.civicsim.model.pb.Satisfaction;
import org.junit.jupiter.api.Test;

/**
 * The counting rules on 51 real elections from Pabulib (src/test/resources/pabulib/README.md): the
 * same winners as an independent count checked against the reference library pabutools, and
 * Wieliczka's real 2023 outcome under the rule it was counted by.
 */
class PabulibCountingTest {
  static Path folder() throws Exception {
    return Path.of(PabulibCountingTest.class.getResource("/pabulib/expected.csv").toURI())
        .getParent();
  }

  @Test
  void everyRuleFundsTheProjectsThePublishedCountFunds() throws Exception {
    List<String> rows = Files.readAllLines(folder().resolve("expected.csv"));
    assertEquals("file,rule,satisfaction,selected", rows.get(0));
    Map<String, PabulibFile> files = new HashMap<>();
    List<String> mismatches = new ArrayList<>();
    for (String row : rows.subList(1, rows.size())) {
      String[] f = row.split(",", -1);
      PabulibFile file = files.get(f[0]);
      if (file == null) {
        file = Pabulib.read(folder().resolve(f[0]));
        files.put(f[0], file);
      }
      CountingRule rule = CountingRule.named(f[1], Satisfaction.named(f[2]), Completion.NONE);
      List<String> expected = f[3].isEmpty() ? List.of() : Arrays.asList(f[3].split(" "));
      List<String> counted = rule.count(file.election()).ids();
      if (!counted.equals(expected)) {
        mismatches.add(
            f[0] + " " + f[1] + " " + f[2] + ": expected " + expected + ", counted " + counted);
      }
    }
    assertEquals(204, rows.size() - 1, "rows of expected.csv");
    assertEquals(51, files.size(), "elections in expected.csv");
    assertTrue(
        mismatches.isEmpty(),
        mismatches.size() + " counts differ:\n" + String.join("\n", mismatches));
  }

  @Test
  void wieliczkaGreenBudgetByEqualSharesWithAdd1IsWhatTheCityFunded() throws Exception {
    Path path;
    try (var files = Files.list(folder())) {
      path =
          files
              .filter(p -> p.getFileName().toString().contains("wieliczka"))
              .findFirst()
              .orElseThrow();
    }
    PabulibFile file = Pabulib.read(path);
    List<String> selected = new ArrayList<>();
    for (int r = 0; r < file.projects().rows().size(); r++) {
      if ("1".equals(file.projects().value(r, "selected").trim())) {
        selected.add(file.projects().value(r, "project_id"));
      }
    }
    selected.sort(null);
    assertEquals(30, selected.size(), "projects Wieliczka funded");
    CountingRule rule = CountingRule.named("equal-shares", Satisfaction.COST, Completion.ADD1);
    assertEquals(selected, rule.count(file.election()).ids());
  }
}
