package org.civicsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.civicsim.scenario.ResolvedValue;
import org.civicsim.scenario.Scenario;
import org.civicsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code civicsim new}: a copy of a working, commented scenario to start from. */
class NewCommandTest {
  private static final Path BASELINE = Path.of("scenarios/baseline.yaml");

  private final InProcess cli = new InProcess();
  @TempDir Path dir;

  private List<Path> files() throws Exception {
    try (Stream<Path> list = Files.list(dir)) {
      return list.sorted().toList();
    }
  }

  @Test
  void theCopyKeepsEveryLineAndCommentOfTheBaselineButItsNameAndDescription() throws Exception {
    Path copy = dir.resolve("deep-cuts.yaml");
    assertEquals(
        ExitCode.OK,
        cli.run("new", "deep-cuts", "--from", BASELINE.toString(), "--out", copy.toString()),
        cli.err());
    List<String> before = Files.readAllLines(BASELINE);
    List<String> after = Files.readAllLines(copy);
    assertEquals(before.size(), after.size());
    int changed = 0;
    for (int i = 0; i < before.size(); i++) {
      String was = before.get(i);
      String is = after.get(i);
      if (was.startsWith("name:")) {
        assertEquals("name: deep-cuts", is);
        changed++;
      } else if (was.startsWith("description:")) {
        assertEquals(
            "description: \"Copied from "
                + BASELINE
                + ": Austerity with no extra community"
                + " support, 2010-2020.\"",
            is);
        changed++;
      } else {
        assertEquals(was, is, "line " + (i + 1));
      }
    }
    assertEquals(2, changed);
    assertTrue(after.stream().anyMatch(l -> l.startsWith("# Baseline: austerity 2010-2020")));
  }

  @Test
  void theCopyLoadsAsTheSameScenarioUnderItsNewName() throws Exception {
    Path copy = dir.resolve("mine.yaml");
    assertEquals(
        ExitCode.OK,
        cli.run(
            "new",
            "mine",
            "--from",
            BASELINE.toString(),
            "--out",
            copy.toString(),
            "--description",
            "Deeper cuts: 5% a year"));
    Scenario s = ScenarioLoader.load(copy, List.of());
    assertEquals("mine", s.name());
    assertEquals("Deeper cuts: 5% a year", s.description());
    assertEquals(values(BASELINE), values(copy));
  }

  /** Every value in effect but the name and description, as key=value. */
  private static List<String> values(Path file) throws Exception {
    return ScenarioLoader.explain(file, List.of()).stream()
        .filter(v -> !v.key().equals("name") && !v.key().equals("description"))
        .map(v -> v.key() + "=" + v.valueText())
        .toList();
  }

  @Test
  void theNamesTrailingCommentStaysInItsColumn() throws Exception {
    Path source =
        Files.writeString(
            dir.resolve("src.yaml"),
            "name: lambeth-pb            # the results folder\n"
                + "description: 'Lambeth''s PB' # for the manifest\n"
                + "steps: 52\n");
    Path copy = dir.resolve("copy.yaml");
    assertEquals(
        ExitCode.OK,
        cli.run("new", "pb", "--from", source.toString(), "--out", copy.toString()),
        cli.err());
    assertEquals(
        "name: pb                    # the results folder\n"
            + "description: \"Copied from "
            + source
            + ": Lambeth's PB\" # for the manifest\n"
            + "steps: 52\n",
        Files.readString(copy));
  }

  @Test
  void anExistingFileIsNeverReplacedWithoutForce() throws Exception {
    Path existing = Files.writeString(dir.resolve("mine.yaml"), "precious work\n");
    String[] args = {"new", "mine", "--from", BASELINE.toString(), "--out", existing.toString()};
    assertEquals(ExitCode.BAD_INPUT, cli.run(args));
    assertEquals(
        existing + " already exists; choose another name, or add --force to replace it\n",
        cli.err());
    assertEquals("precious work\n", Files.readString(existing));
    assertEquals(List.of(existing), files(), "nothing else written");
    String[] forced = {
      "new", "mine", "--from", BASELINE.toString(), "--out", existing.toString(), "--force"
    };
    assertEquals(ExitCode.OK, cli.run(forced));
    assertEquals("mine", ScenarioLoader.load(existing, List.of()).name());
  }

  @Test
  void theSourceItselfIsNeverReplaced() throws Exception {
    Path source = Files.writeString(dir.resolve("a.yaml"), "name: a\nsteps: 52\n");
    assertEquals(
        ExitCode.BAD_INPUT,
        cli.run("new", "b", "--from", source.toString(), "--out", source.toString(), "--force"));
    assertTrue(cli.err().contains("is the scenario being copied"), cli.err());
    assertEquals("name: a\nsteps: 52\n", Files.readString(source));
  }

  @Test
  void aNameWithOtherThanLettersDigitsHyphensAndUnderscoresIsRefused() throws Exception {
    for (String bad : new String[] {"deep cuts", "../deep", "deep-cuts.yaml", "cuts/8pc", "é"}) {
      assertEquals(ExitCode.BAD_INPUT, cli.run("new", bad, "--from", BASELINE.toString()), bad);
      assertTrue(cli.err().contains("may hold only letters, digits, - and _"), cli.err());
      assertFalse(InProcess.STACK_FRAME.matcher(cli.err()).find(), cli.err());
    }
    assertEquals(ExitCode.BAD_INPUT, cli.run("new", "deep-cuts.yaml"));
    assertTrue(cli.err().contains("write the name without .yaml"), cli.err());
    assertEquals(List.of(), files());
  }

  @Test
  void aBrokenSourceIsReportedLikeValidateAndNothingIsWritten() throws Exception {
    Path broken =
        Files.writeString(
            dir.resolve("broken.yaml"), "name: broken\nsteps: 52\ncouncil:\n  pb_shar: 0.01\n");
    Path copy = dir.resolve("copy.yaml");
    assertEquals(
        ExitCode.BAD_INPUT,
        cli.run("new", "copy", "--from", broken.toString(), "--out", copy.toString()));
    assertTrue(cli.err().contains(broken + ":4:3: council.pb_shar: unknown key"), cli.err());
    assertTrue(cli.err().contains("council.pb_share"), cli.err());
    assertFalse(InProcess.STACK_FRAME.matcher(cli.err()).find(), cli.err());
    assertEquals(List.of(broken), files(), "no copy and no temporary file");
    assertEquals("", cli.out());
  }

  @Test
  void aMissingSourceNamesWhereItLooked() {
    assertEquals(ExitCode.BAD_INPUT, cli.run("new", "x", "--from", "basline"));
    assertTrue(
        cli.err()
            .startsWith(
                "cannot read basline: no such file (looked for basline and "
                    + Path.of("scenarios", "basline.yaml")
                    + ")"),
        cli.err());
    assertTrue(cli.err().contains("baseline"), "the scenarios there are listed: " + cli.err());
  }

  @Test
  void aBareNameMeansTheScenarioOfThatNameInScenarios() throws Exception {
    assertEquals(BASELINE, NewCommand.source("baseline"));
    assertEquals(BASELINE, NewCommand.source("baseline.yaml"));
    assertEquals(BASELINE, NewCommand.source("scenarios/baseline.yaml"));
  }

  @Test
  void theNextStepsArePrinted() throws Exception {
    Path copy = dir.resolve("next.yaml");
    assertEquals(
        ExitCode.OK,
        cli.run("new", "next", "--from", BASELINE.toString(), "--out", copy.toString()));
    assertEquals(
        "created "
            + copy
            + ", a copy of "
            + BASELINE
            + "\nnext: edit "
            + copy
            + ", then\n  ./civicsim validate "
            + copy
            + "\n  ./civicsim explain "
            + copy
            + " --changed\n  ./civicsim run "
            + copy
            + "\n",
        cli.out());
  }

  @Test
  void helpShowsTheOptionsWithExamples() {
    assertEquals(ExitCode.OK, cli.run("help", "new"));
    for (String s : new String[] {"--from", "--out", "--description", "--force"}) {
      assertTrue(cli.out().contains(s), s);
    }
    assertTrue(cli.out().contains("./civicsim new deep-cuts --from baseline"), cli.out());
  }

  @Test
  void theDescriptionSaysWhereTheCopyCameFrom() throws Exception {
    Path source = Files.writeString(dir.resolve("bare.yaml"), "name: bare\n");
    Path copy = dir.resolve("copy.yaml");
    assertEquals(
        ExitCode.OK,
        cli.run("new", "copy", "--from", source.toString(), "--out", copy.toString()),
        cli.err());
    Scenario s = ScenarioLoader.load(copy, List.of());
    assertEquals("Copied from " + source + ".", s.description());
    List<ResolvedValue> values = ScenarioLoader.explain(copy, List.of());
    assertEquals(copy + ":2", values.get(1).source(), "the description was added below the name");
  }
}
