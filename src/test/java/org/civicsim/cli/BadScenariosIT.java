package org.civicsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * Every kind of mistake in src/test/resources/bad-scenarios/ (the table expected.csv gives the line
 * and key each message must name), through the packaged jar: exit 2, a message naming the file,
 * line and key, no stack trace, and no results folder.
 */
class BadScenariosIT {
  private static final Path CORPUS =
      Path.of(System.getProperty("civicsim.root", "."), "src/test/resources/bad-scenarios");

  @TempDir Path work;

  @ParameterizedTest(name = "{0}")
  @CsvFileSource(resources = "/bad-scenarios/expected.csv", numLinesToSkip = 1)
  void aBrokenScenarioIsBadInputNamingLineAndKeyAndWritesNothing(
      String file, Integer line, String key) throws Exception {
    Path scenario = CORPUS.resolve(file).toAbsolutePath();
    Path out = work.resolve("out");
    JarProcess.Result r = JarProcess.run(work, "run", scenario.toString(), "--out", out.toString());
    assertEquals(2, r.code(), r.err());
    // A file with no line to point at (empty, only comments, binary) is named alone.
    String where = line == null ? scenario + ":" : scenario + ":" + line + ":";
    assertTrue(r.err().contains(where), "no " + where + " in:\n" + r.err());
    if (key != null) assertTrue(r.err().contains(key + ":"), "no key " + key + " in:\n" + r.err());
    assertFalse(InProcess.STACK_FRAME.matcher(r.err()).find(), "a stack trace:\n" + r.err());
    assertFalse(Files.exists(out), "a results folder was made for a broken scenario");
    assertFalse(Files.exists(work.resolve("results")), "results/ was made for a broken scenario");
  }

  /**
   * The broken sweeps in bad-scenarios/sweeps/ (which start from the valid base.yaml there): exit
   * 2, exactly one message for the problem, naming the sweep file, line and key, no stack trace and
   * no results folder.
   */
  @ParameterizedTest(name = "{0}")
  @CsvFileSource(resources = "/bad-scenarios/sweeps/expected.csv", numLinesToSkip = 1)
  void aBrokenSweepIsBadInputNamingLineAndKeyAndWritesNothing(String file, int line, String key)
      throws Exception {
    Path sweep = CORPUS.resolve("sweeps").resolve(file).toAbsolutePath();
    Path out = work.resolve("out");
    JarProcess.Result r = JarProcess.run(work, "sweep", sweep.toString(), "--out", out.toString());
    assertEquals(2, r.code(), r.err());
    String where = sweep + ":" + line + ":";
    assertTrue(r.err().contains(where), "no " + where + " in:\n" + r.err());
    assertTrue(r.err().contains(key + ":"), "no key " + key + " in:\n" + r.err());
    assertEquals(
        1,
        r.err().lines().filter(l -> l.startsWith(sweep.toString())).count(),
        "one message for the one problem:\n" + r.err());
    assertFalse(InProcess.STACK_FRAME.matcher(r.err()).find(), "a stack trace:\n" + r.err());
    assertFalse(Files.exists(out), "a results folder was made for a broken sweep");
    assertFalse(Files.exists(work.resolve("results")), "results/ was made for a broken sweep");
  }
}
