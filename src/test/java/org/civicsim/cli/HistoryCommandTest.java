package org.civicsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.civicsim.history.HistoryCharts;
import org.civicsim.history.ObservedData;
import org.civicsim.io.ResultFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code civicsim history} end to end in this JVM, on a tiny run of the baseline. */
class HistoryCommandTest {
  private final InProcess cli = new InProcess();
  @TempDir Path dir;

  private int tinyHistory(Path out, String... more) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "history",
                "scenarios/baseline.yaml",
                "--replicates",
                "2",
                "--threads",
                "2",
                "--set",
                "steps=104",
                "--set",
                "borough.residents=300",
                "--set",
                "borough.wards=5",
                "--out",
                out.toString()));
    args.addAll(List.of(more));
    return cli.run(args.toArray(String[]::new));
  }

  @Test
  void aTinyRunIsSetBesideEveryObservedFigureFitFirstThenCheck() throws Exception {
    Path out = dir.resolve("run");
    assertEquals(ExitCode.OK, tinyHistory(out), cli.err());
    String table = cli.out();
    assertTrue(Files.isRegularFile(out.resolve(ResultFiles.METRICS)), "the usual results");
    int fit = table.indexOf("\nfit: ");
    int check = table.indexOf("\ncheck: ");
    assertTrue(fit > 0 && check > fit, table);
    assertTrue(table.matches("(?s).*\\s(IN|OUT)\\s+Citizenship Survey 2010/11.*"), table);
    // One council: the measures between councils cannot be computed, and say why.
    assertTrue(table.contains("n/a (needs at least two councils in places.csv)"), table);

    List<String> rows = Files.readAllLines(out.resolve(ResultFiles.HISTORY));
    int figures = ObservedData.read(Path.of(ObservedData.DEFAULT_FILE)).size();
    assertEquals(ResultFiles.HISTORY_HEADER, rows.get(0));
    assertEquals(figures, rows.size() - 1, "one row per observed figure");
    assertTrue(
        rows.get(1).startsWith("participation_formal,2010,fit,0.25,0.23,0.27,"), rows.get(1));
    assertTrue(rows.get(1).matches(".*,2,(true|false),Citizenship Survey 2010/11"), rows.get(1));
    assertTrue(
        Files.isRegularFile(out.resolve(HistoryCharts.FOLDER).resolve("participation_formal.png")));

    // The same folder read back with --from gives the same history.
    String first = Files.readString(out.resolve(ResultFiles.HISTORY));
    assertEquals(ExitCode.OK, cli.run("history", "--from", out.toString()), cli.err());
    assertEquals(first, Files.readString(out.resolve(ResultFiles.HISTORY)));
  }

  @Test
  void aMistakeInTheObservedFileIsBadInputNamingFileLineAndColumnAndRunsNothing() throws Exception {
    Path observed =
        Files.writeString(
            dir.resolve("observed.csv"),
            String.join(",", ObservedData.COLUMNS)
                + "\nparticipation_formal,2010,0.25,0.23,0.27,fit,S,C,n\n"
                + "participation_formal,twenty-ten,0.25,0.23,0.27,fit,S,C,n\n");
    Path out = dir.resolve("never");
    assertEquals(ExitCode.BAD_INPUT, tinyHistory(out, "--observed", observed.toString()));
    assertTrue(
        cli.err().contains(observed + ":3: column year: 'twenty-ten' is not a year"), cli.err());
    assertFalse(InProcess.STACK_FRAME.matcher(cli.err()).find(), cli.err());
    assertFalse(Files.exists(out), "nothing is run when the observed figures are wrong");
  }

  @Test
  void fromAFolderWithoutARunIsBadInput() {
    assertEquals(ExitCode.BAD_INPUT, cli.run("history", "--from", dir.toString()));
    assertTrue(cli.err().contains("no metrics.csv"), cli.err());
    assertEquals(
        ExitCode.BAD_INPUT, cli.run("history", "--from", dir.toString(), "--set", "steps=4"));
    assertTrue(cli.err().contains("--from reads a finished run"), cli.err());
  }

  @Test
  void helpForHistoryShowsItsOptionsAndExamples() {
    assertEquals(ExitCode.OK, cli.run("help", "history"));
    for (String option : new String[] {"--replicates", "--seed", "--threads", "--out", "--from"}) {
      assertTrue(cli.out().contains(option), option);
    }
    assertTrue(cli.out().contains("./civicsim history --from results/base"));
    assertEquals(ExitCode.OK, cli.run("--help"));
    assertTrue(cli.out().contains("history [SCENARIO]"));
  }
}
