package org.civicsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tutorial of docs/scenarios.md through the packaged jar, in a folder laid out like the
 * project: copy the baseline with new, check it, explain it, and the mistakes along the way.
 */
class StudentCommandsIT {
  private static final Path ROOT = Path.of(System.getProperty("civicsim.root", "."));

  @TempDir Path work;

  @BeforeEach
  void project() throws Exception {
    Files.createDirectory(work.resolve("scenarios"));
    Files.copy(ROOT.resolve("scenarios/baseline.yaml"), work.resolve("scenarios/baseline.yaml"));
  }

  private JarProcess.Result civicsim(String... args) throws Exception {
    return JarProcess.run(work, args);
  }

  @Test
  void newCopiesABareNamedScenarioIntoScenariosAndSaysWhatToDoNext() throws Exception {
    JarProcess.Result r = civicsim("new", "deep-cuts", "--from", "baseline");
    assertEquals(0, r.code(), r.err());
    assertEquals(
        "created scenarios/deep-cuts.yaml, a copy of scenarios/baseline.yaml\n"
            + "next: edit scenarios/deep-cuts.yaml, then\n"
            + "  ./civicsim validate scenarios/deep-cuts.yaml\n"
            + "  ./civicsim explain scenarios/deep-cuts.yaml --changed\n"
            + "  ./civicsim run scenarios/deep-cuts.yaml\n",
        r.out());
    Path copy = work.resolve("scenarios/deep-cuts.yaml");
    List<String> before = Files.readAllLines(work.resolve("scenarios/baseline.yaml"));
    List<String> after = Files.readAllLines(copy);
    assertEquals(before.subList(0, 3), after.subList(0, 3), "the header comments");
    assertEquals(before.subList(5, before.size()), after.subList(5, after.size()));
    assertEquals("name: deep-cuts", after.get(3));

    Files.writeString(
        copy,
        Files.readString(copy)
            .replace("real_terms_per_year: 0.0645", "real_terms_per_year: 0.052"));
    JarProcess.Result valid = civicsim("validate", "scenarios/deep-cuts.yaml");
    assertEquals("scenarios/deep-cuts.yaml: ok\n", valid.out());
    JarProcess.Result changed = civicsim("explain", "scenarios/deep-cuts.yaml", "--changed");
    assertEquals(0, changed.code(), changed.err());
    assertTrue(
        changed
            .out()
            .lines()
            .anyMatch(
                l ->
                    l.matches(
                        "\\* council\\.cuts\\.real_terms_per_year +0\\.052 +0\\.05 +file line 35"
                            + " .*")),
        changed.out());

    JarProcess.Result again = civicsim("new", "deep-cuts", "--from", "baseline");
    assertEquals(2, again.code());
    assertTrue(again.err().contains("scenarios/deep-cuts.yaml already exists"), again.err());
    assertTrue(Files.readString(copy).contains("0.052"), "the edited copy is kept");
  }

  @Test
  void newRefusesABrokenSourceAndWritesNothing() throws Exception {
    Files.writeString(work.resolve("scenarios/broken.yaml"), "name: broken\nstpes: 52\n");
    JarProcess.Result r = civicsim("new", "fixed", "--from", "broken");
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().contains("scenarios/broken.yaml:2:1: stpes: unknown key"), r.err());
    assertFalse(InProcess.STACK_FRAME.matcher(r.err()).find(), r.err());
    assertFalse(Files.exists(work.resolve("scenarios/fixed.yaml")));
  }

  @Test
  void explainListsEveryValueAndABrokenFileIsBadInput() throws Exception {
    JarProcess.Result r =
        civicsim("explain", "scenarios/baseline.yaml", "--set", "council.pb_share=0.01");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().matches("(?s)scenarios/baseline\\.yaml: \\d+ values in effect.*"), r.out());
    assertTrue(
        r.out()
            .lines()
            .anyMatch(l -> l.matches("\\* council\\.pb_share +0\\.01 +0 +--set +share 0-1")),
        r.out());
    Files.writeString(work.resolve("typo.yaml"), "name: t\nborough:\n  wrads: 4\n");
    JarProcess.Result bad = civicsim("explain", "typo.yaml");
    assertEquals(2, bad.code());
    assertTrue(bad.err().contains("typo.yaml:3:3: borough.wrads"), bad.err());
    assertFalse(InProcess.STACK_FRAME.matcher(bad.err()).find(), bad.err());
  }

  @Test
  void helpListsTheNewCommands() throws Exception {
    JarProcess.Result r = civicsim("--help");
    assertEquals(0, r.code());
    assertTrue(r.out().contains("explain SCENARIO"), r.out());
    assertTrue(r.out().contains("new NAME --from"), r.out());
    JarProcess.Result unknown = civicsim("explian");
    assertEquals(2, unknown.code());
    assertTrue(unknown.err().contains("explain, new"), unknown.err());
  }
}
