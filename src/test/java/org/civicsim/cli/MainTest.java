package org.civicsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.civicsim.io.ResultFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

  private final InProcess cli = new InProcess();
  @TempDir Path dir;
  private Path tiny;
  private Path typo;

  @BeforeEach
  void scenarios() throws Exception {
    tiny =
        Files.writeString(
            dir.resolve("tiny.yaml"),
            "name: tiny\nsteps: 4\nreplicates: 2\nborough: {residents: 300, wards: 3}\n");
    typo =
        Files.writeString(
            dir.resolve("typo.yaml"),
            "name: tiny\nsteps: 4\nborough:\n  residnts: 300\n  wards: 3\n");
  }

  @Test
  void helpShowsTheCommandsAndExamples() {
    assertEquals(ExitCode.OK, cli.run("--help"));
    assertTrue(cli.out().contains("usage: civicsim COMMAND"));
    assertTrue(cli.out().contains("validate FILE..."));
  }

  @Test
  void helpForRunShowsEveryOptionWithAnExampleToCopy() {
    assertEquals(ExitCode.OK, cli.run("help", "run"));
    String help = cli.out();
    for (String option :
        new String[] {"--replicates", "--seed", "--steps", "--out", "--threads", "--set"}) {
      assertTrue(help.contains(option), option);
    }
    assertTrue(help.contains("--set council.cuts.real_terms_per_year=0.08"));
    assertEquals(ExitCode.OK, cli.run("run", "-h"));
    assertEquals(help, cli.out());
  }

  @Test
  void versionNamesTheProgram() {
    assertEquals(ExitCode.OK, cli.run("--version"));
    assertTrue(cli.out().startsWith("civicsim "));
  }

  @Test
  void noCommandShowsHelpAsAnError() {
    assertEquals(ExitCode.BAD_INPUT, cli.run());
    assertTrue(cli.err().contains("usage: civicsim COMMAND"));
  }

  @Test
  void anUnknownOptionIsBadInput() {
    assertEquals(ExitCode.BAD_INPUT, cli.run("run", tiny.toString(), "--replicate", "3"));
    assertTrue(cli.err().contains("--replicate"), cli.err());
    assertTrue(cli.err().contains("usage: civicsim run"), cli.err());
    assertFalse(InProcess.STACK_FRAME.matcher(cli.err()).find(), cli.err());
  }

  @Test
  void anUnknownCommandIsBadInput() {
    assertEquals(ExitCode.BAD_INPUT, cli.run("rnu"));
    assertTrue(cli.err().startsWith("unknown command 'rnu'"), cli.err());
  }

  @Test
  void aMissingScenarioIsNamedAsTyped() {
    assertEquals(ExitCode.BAD_INPUT, cli.run("run", "scenarios/x.yaml"));
    assertEquals("cannot read scenarios/x.yaml: no such file\n", cli.err());
  }

  @Test
  void aTypoInAKeyNamesItsLineWritesNothingAndPrintsNoTrace() {
    Path outDir = dir.resolve("out");
    assertEquals(ExitCode.BAD_INPUT, cli.run("run", typo.toString(), "--out", outDir.toString()));
    assertTrue(cli.err().contains(":4:"), cli.err());
    assertTrue(cli.err().contains("residnts"), cli.err());
    assertTrue(cli.err().contains("docs/scenarios.md"), cli.err());
    assertFalse(InProcess.STACK_FRAME.matcher(cli.err()).find(), cli.err());
    assertFalse(Files.exists(outDir));
  }

  @Test
  void optionsAreCheckedLikeTheFile() {
    Path outDir = dir.resolve("out");
    int code = cli.run("run", tiny.toString(), "--replicates", "0", "--out", outDir.toString());
    assertEquals(ExitCode.BAD_INPUT, code);
    assertTrue(cli.err().contains("replicates"), cli.err());
    assertFalse(Files.exists(outDir));
    assertEquals(ExitCode.BAD_INPUT, cli.run("run", tiny.toString(), "--threads", "0"));
    assertEquals(ExitCode.BAD_INPUT, cli.run("run", tiny.toString(), "--set", "steps"));
  }

  @Test
  void aRunWritesTheFourFilesAndPrintsTheHeadlineTable() throws Exception {
    Path outDir = dir.resolve("out");
    assertEquals(
        ExitCode.OK, cli.run("run", tiny.toString(), "--out", outDir.toString(), "--threads", "2"));
    for (String f :
        new String[] {
          ResultFiles.METRICS,
          ResultFiles.METRICS_WARDS,
          ResultFiles.SPEND,
          ResultFiles.VOICE_LORENZ,
          ResultFiles.SUMMARY,
          ResultFiles.MANIFEST
        }) {
      assertTrue(Files.isRegularFile(outDir.resolve(f)), f);
    }
    String table = cli.out();
    assertTrue(table.contains("participation_formal"), table);
    assertTrue(table.contains("coverage"), table);
    assertTrue(table.lines().anyMatch(l -> l.startsWith("q5 ")), table);
    assertTrue(table.lines().anyMatch(l -> l.startsWith("all ")), table);
    assertTrue(table.trim().endsWith(outDir.toString()), table);
    assertTrue(cli.err().contains("replicate 2/2 done"), cli.err());
  }

  @Test
  void earlierResultsAreKeptUnlessOverwriteIsGiven() throws Exception {
    Path outDir = Files.createDirectory(dir.resolve("out"));
    Files.writeString(outDir.resolve(ResultFiles.METRICS), "precious");
    assertEquals(ExitCode.BAD_INPUT, cli.run("run", tiny.toString(), "--out", outDir.toString()));
    assertTrue(cli.err().contains("--overwrite"), cli.err());
    assertEquals("precious", Files.readString(outDir.resolve(ResultFiles.METRICS)));
    assertEquals(
        ExitCode.OK,
        cli.run("run", tiny.toString(), "--out", outDir.toString(), "--overwrite", "--quiet"));
    assertEquals(outDir.toString(), cli.out().trim());
    assertTrue(
        Files.readString(outDir.resolve(ResultFiles.METRICS))
            .startsWith(ResultFiles.METRICS_HEADER));
  }

  @Test
  void anOutputFolderThatCannotBeCreatedIsBadInput() throws Exception {
    Path file = Files.writeString(dir.resolve("notes.txt"), "not a folder");
    String out = file.resolve("run").toString();
    assertEquals(ExitCode.BAD_INPUT, cli.run("run", tiny.toString(), "--out", out, "--quiet"));
    assertTrue(cli.err().startsWith("cannot create the folder " + out), cli.err());
    assertFalse(InProcess.STACK_FRAME.matcher(cli.err()).find(), cli.err());
  }

  @Test
  void validateListsEveryFileAndEveryProblem() {
    assertEquals(ExitCode.BAD_INPUT, cli.run("validate", tiny.toString(), typo.toString()));
    assertTrue(cli.out().contains(tiny + ": ok"), cli.out());
    assertTrue(cli.out().contains(typo + ":4:"), cli.out());
    assertEquals(ExitCode.OK, cli.run("validate", tiny.toString()));
    assertEquals(tiny + ": ok\n", cli.out());
  }
}
