package org.civicsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.civicsim.io.ResultFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  private static final Pattern STACK_FRAME = Pattern.compile("(?m)^\\s+at [a-z]+\\.");

  @TempDir Path dir;
  private Path tiny;
  private Path typo;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

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

  @Test
  void helpShowsTheCommandsAndExamples() {
    assertEquals(ExitCode.OK, main("--help"));
    assertTrue(out().contains("usage: civicsim COMMAND"));
    assertTrue(out().contains("validate FILE..."));
  }

  @Test
  void helpForRunShowsEveryOptionWithAnExampleToCopy() {
    assertEquals(ExitCode.OK, main("help", "run"));
    String help = out();
    for (String option :
        new String[] {"--replicates", "--seed", "--steps", "--out", "--threads", "--set"}) {
      assertTrue(help.contains(option), option);
    }
    assertTrue(help.contains("--set council.cuts.real_terms_per_year=0.08"));
    out.reset();
    assertEquals(ExitCode.OK, main("run", "-h"));
    assertEquals(help, out());
  }

  @Test
  void versionNamesTheProgram() {
    assertEquals(ExitCode.OK, main("--version"));
    assertTrue(out().startsWith("civicsim "));
  }

  @Test
  void noCommandShowsHelpAsAnError() {
    assertEquals(ExitCode.BAD_INPUT, main());
    assertTrue(err().contains("usage: civicsim COMMAND"));
  }

  @Test
  void anUnknownOptionIsBadInput() {
    assertEquals(ExitCode.BAD_INPUT, main("run", tiny.toString(), "--replicate", "3"));
    assertTrue(err().contains("--replicate"), err());
    assertTrue(err().contains("usage: civicsim run"), err());
    assertFalse(STACK_FRAME.matcher(err()).find(), err());
  }

  @Test
  void anUnknownCommandIsBadInput() {
    assertEquals(ExitCode.BAD_INPUT, main("rnu"));
    assertTrue(err().startsWith("unknown command 'rnu'"), err());
  }

  @Test
  void aMissingScenarioIsNamedAsTyped() {
    assertEquals(ExitCode.BAD_INPUT, main("run", "scenarios/x.yaml"));
    assertEquals("cannot read scenarios/x.yaml: no such file\n", err());
  }

  @Test
  void aTypoInAKeyNamesItsLineWritesNothingAndPrintsNoTrace() {
    Path outDir = dir.resolve("out");
    assertEquals(ExitCode.BAD_INPUT, main("run", typo.toString(), "--out", outDir.toString()));
    assertTrue(err().contains(":4:"), err());
    assertTrue(err().contains("residnts"), err());
    assertTrue(err().contains("docs/scenarios.md"), err());
    assertFalse(STACK_FRAME.matcher(err()).find(), err());
    assertFalse(Files.exists(outDir));
  }

  @Test
  void optionsAreCheckedLikeTheFile() {
    Path outDir = dir.resolve("out");
    int code = main("run", tiny.toString(), "--replicates", "0", "--out", outDir.toString());
    assertEquals(ExitCode.BAD_INPUT, code);
    assertTrue(err().contains("replicates"), err());
    assertFalse(Files.exists(outDir));
    assertEquals(ExitCode.BAD_INPUT, main("run", tiny.toString(), "--threads", "0"));
    assertEquals(ExitCode.BAD_INPUT, main("run", tiny.toString(), "--set", "steps"));
  }

  @Test
  void aRunWritesTheFourFilesAndPrintsTheHeadlineTable() throws Exception {
    Path outDir = dir.resolve("out");
    assertEquals(
        ExitCode.OK, main("run", tiny.toString(), "--out", outDir.toString(), "--threads", "2"));
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
    String table = out();
    assertTrue(table.contains("participation_formal"), table);
    assertTrue(table.contains("coverage"), table);
    assertTrue(table.lines().anyMatch(l -> l.startsWith("q5 ")), table);
    assertTrue(table.lines().anyMatch(l -> l.startsWith("all ")), table);
    assertTrue(table.trim().endsWith(outDir.toString()), table);
    assertTrue(err().contains("replicate 2/2 done"), err());
  }

  @Test
  void earlierResultsAreKeptUnlessOverwriteIsGiven() throws Exception {
    Path outDir = Files.createDirectory(dir.resolve("out"));
    Files.writeString(outDir.resolve(ResultFiles.METRICS), "precious");
    assertEquals(ExitCode.BAD_INPUT, main("run", tiny.toString(), "--out", outDir.toString()));
    assertTrue(err().contains("--overwrite"), err());
    assertEquals("precious", Files.readString(outDir.resolve(ResultFiles.METRICS)));
    assertEquals(
        ExitCode.OK,
        main("run", tiny.toString(), "--out", outDir.toString(), "--overwrite", "--quiet"));
    assertEquals(outDir.toString(), out().trim());
    assertTrue(
        Files.readString(outDir.resolve(ResultFiles.METRICS))
            .startsWith(ResultFiles.METRICS_HEADER));
  }

  @Test
  void anOutputFolderThatCannotBeCreatedIsBadInput() throws Exception {
    Path file = Files.writeString(dir.resolve("notes.txt"), "not a folder");
    String out = file.resolve("run").toString();
    assertEquals(ExitCode.BAD_INPUT, main("run", tiny.toString(), "--out", out, "--quiet"));
    assertTrue(err().startsWith("cannot create the folder " + out), err());
    assertFalse(STACK_FRAME.matcher(err()).find(), err());
  }

  @Test
  void validateListsEveryFileAndEveryProblem() {
    assertEquals(ExitCode.BAD_INPUT, main("validate", tiny.toString(), typo.toString()));
    assertTrue(out().contains(tiny + ": ok"), out());
    assertTrue(out().contains(typo + ":4:"), out());
    out.reset();
    assertEquals(ExitCode.OK, main("validate", tiny.toString()));
    assertEquals(tiny + ": ok\n", out());
  }
}
