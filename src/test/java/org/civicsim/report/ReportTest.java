package org.civicsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.civicsim.cli.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code civicsim report} compares runs and reports on sweeps, from their folders alone. */
class ReportTest {
  @TempDir static Path work;
  static Path cuts;
  static Path noCuts;

  @BeforeAll
  static void twoRuns() throws IOException {
    cuts = RunChartsTest.tinyRun(work, "cuts");
    noCuts = RunChartsTest.tinyRun(work, "nocuts", "--set", "council.cuts.real_terms_per_year=0.0");
  }

  private static int civicsim(ByteArrayOutputStream err, String... args) {
    return new Main(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err))
        .execute(args);
  }

  @Test
  void twoRunsGiveAnHtmlAndMarkdownReportWithTheirChartsOverlaid() throws IOException {
    Path out = work.resolve("report");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertEquals(
        0,
        civicsim(err, "report", cuts.toString(), noCuts.toString(), "--out", out.toString()),
        err.toString(StandardCharsets.UTF_8));
    try (Stream<Path> list = Files.list(out.resolve("charts"))) {
      List<String> expected = new java.util.ArrayList<>(RunChartsTest.CHARTS);
      expected.add(1, "council_spend_lines.png"); // several runs: spend by line side by side
      assertEquals(expected, list.map(p -> p.getFileName().toString()).sorted().toList());
    }
    String md = Files.readString(out.resolve("report.md"));
    assertTrue(md.contains("| group | cuts | nocuts | nocuts − cuts |"), md);
    assertTrue(md.contains("| line | cuts | nocuts | nocuts − cuts |"), md);
    assertTrue(md.contains("![Any participation"), md);
    String html = Files.readString(out.resolve("report.html"));
    assertTrue(html.contains("src=\"data:image/png;base64,"), "images embedded");
    assertFalse(html.contains("src=\"charts/"), "the HTML travels alone");
    try (Stream<Path> list = Files.list(work)) {
      assertTrue(
          list.noneMatch(p -> p.getFileName().toString().startsWith(".report")),
          "no staging folder left");
    }
  }

  @Test
  void theTableGivesEveryGroupOfEveryMetricWithItsInterval() throws IOException {
    Report report = Report.of(List.of(cuts, noCuts));
    Path out = work.resolve("table");
    report.write(out);
    String md = Files.readString(out.resolve("report.md"));
    for (String metric : org.civicsim.metrics.MetricNames.METRICS) {
      assertTrue(md.contains("### " + metric + " "), metric);
    }
    double[] v = report.runs().get(0).finalValues("participation_any", "q1");
    String cell = Report.format(MeanInterval.of(v), false);
    assertTrue(md.contains("| q1 | " + cell + " |"), cell);
  }

  @Test
  void aDifferenceIsSignedStarredWhenResolvedAndNeverMinusZero() {
    assertEquals(
        "0.000 [-0.010, +0.010]", Report.format(new MeanInterval(-1e-5, -0.01, 0.01, 3), true));
    assertEquals(
        "+0.050 [+0.020, +0.080] *", Report.format(new MeanInterval(0.05, 0.02, 0.08, 3), true));
    assertEquals(
        "-1,250 [-2,000, -500] *", Report.format(new MeanInterval(-1250, -2000, -500, 3), true));
    assertEquals("0.452", Report.format(new MeanInterval(0.452, Double.NaN, Double.NaN, 1), false));
  }

  @Test
  void aFolderOfRunFoldersIsReadAsThoseRuns() throws IOException {
    Path parent = work.resolve("results-of-cuts");
    Files.createDirectories(parent);
    Path copy = parent.resolve("20260101-000000-s42");
    Files.createDirectories(copy);
    for (String f : List.of("metrics.csv", "manifest.json")) {
      Files.copy(cuts.resolve(f), copy.resolve(f));
    }
    assertEquals(1, Report.of(List.of(parent)).runs().size());
  }

  @Test
  void aFolderWithoutResultsIsBadInput() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertEquals(2, civicsim(err, "report", work.resolve("nothing-here").toString()));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("no such folder"));
  }

  @Test
  void aSweepGivesEachMetricsResponseToEachParameterAndItsSensitivityBars() throws IOException {
    Path sweep = fakeSweep(work.resolve("sweep"));
    Path out = work.resolve("sweep-report");
    Report.of(List.of(sweep)).write(out);
    Path charts = out.resolve("charts");
    assertTrue(
        Files.exists(
            charts.resolve("sweep1_council_cuts_real_terms_per_year_participation_any.png")));
    assertTrue(Files.exists(charts.resolve("sweep1_sensitivity_participation_any.png")));
    String md = Files.readString(out.resolve("report.md"));
    assertTrue(md.contains("response to each varied parameter"), md);
    assertTrue(md.contains("sensitivity indices"), md);
  }

  /**
   * A sweep folder in the announced format: runs.csv, and metrics.csv with the run's columns plus
   * run, point and one column per varied key; sensitivity.csv in the wide form.
   */
  static Path fakeSweep(Path dir) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(
        dir.resolve("runs.csv"),
        "run,point,replicate,seed,council.cuts.real_terms_per_year\n0,0,0,1,0.0\n");
    StringBuilder m =
        new StringBuilder(
            "scenario,run,point,council.cuts.real_terms_per_year,replicate,seed,step,metric,"
                + "group,value\n");
    int run = 0;
    for (int point = 0; point < 4; point++) {
      double cut = 0.02 * point;
      for (int rep = 0; rep < 3; rep++, run++) {
        for (int step : new int[] {0, 52}) {
          double any = 0.45 - (step == 52 ? cut : 0) + 0.005 * rep;
          m.append(
              String.format(
                  Locale.ROOT,
                  "base,%d,%d,%s,%d,%d,%d,participation_any,all,%.4f%n",
                  run,
                  point,
                  cut,
                  rep,
                  100 + rep,
                  step,
                  any));
          m.append(
              String.format(
                  Locale.ROOT,
                  "base,%d,%d,%s,%d,%d,%d,coverage,all,%.4f%n",
                  run,
                  point,
                  cut,
                  rep,
                  100 + rep,
                  step,
                  1 - cut));
        }
      }
    }
    Files.writeString(dir.resolve("metrics.csv"), m.toString());
    Files.writeString(
        dir.resolve("sensitivity.csv"),
        "metric,group,parameter,S1,S1_conf,ST,ST_conf\n"
            + "participation_any,all,council.cuts.real_terms_per_year,0.8,0.1,0.9,0.1\n"
            + "participation_any,all,community_development.workers_per_10k,0.1,0.05,0.15,0.05\n");
    return dir;
  }
}
