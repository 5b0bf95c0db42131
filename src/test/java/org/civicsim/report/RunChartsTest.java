package org.civicsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.civicsim.cli.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every run leaves pictures: a tiny run's folder holds its charts, legible and whole. */
class RunChartsTest {
  static final List<String> CHARTS =
      List.of(
          "council_spend.png",
          "coverage.png",
          "coverage_gap.png",
          "participation.png",
          "participation_kinds.png",
          "services.png",
          "trust.png",
          "voice_gini.png",
          "voice_lorenz.png",
          "voice_share.png");

  @TempDir static Path work;
  static Path run;

  /** A run of two replicates, 16 weeks and 600 residents, through the command line. */
  static Path tinyRun(Path dir, String name, String... extra) throws IOException {
    Path scenario = dir.resolve(name + ".yaml");
    Files.writeString(
        scenario,
        "name: " + name + "\nsteps: 16\nreplicates: 2\nborough: {residents: 600, wards: 4}\n");
    Path out = dir.resolve(name);
    List<String> args =
        new java.util.ArrayList<>(
            List.of("run", scenario.toString(), "--out", out.toString(), "-q", "--threads", "2"));
    args.addAll(List.of(extra));
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        new Main(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err))
            .execute(args.toArray(String[]::new));
    assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
    return out;
  }

  @BeforeAll
  static void runOnce() throws IOException {
    run = tinyRun(work, "tiny");
  }

  @Test
  void aRunWritesEveryChartIntoItsChartsFolder() throws IOException {
    try (Stream<Path> list = Files.list(run.resolve("charts"))) {
      assertEquals(CHARTS, list.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void noPartialChartsAreLeftBehind() throws IOException {
    try (Stream<Path> list = Files.list(run)) {
      assertFalse(list.anyMatch(p -> p.getFileName().toString().startsWith(".")));
    }
  }

  @Test
  void everyChartIsAFullSizedPictureInSeveralColours() throws IOException {
    for (String name : CHARTS) {
      BufferedImage image = ImageIO.read(run.resolve("charts").resolve(name).toFile());
      assertEquals(ChartKinds.WIDTH, image.getWidth(), name);
      assertEquals(ChartKinds.HEIGHT, image.getHeight(), name);
      assertTrue(distinctColours(image) > 50, name + " looks blank: " + distinctColours(image));
    }
  }

  @Test
  void chartsCanBeDrawnAgainFromTheFolderAlone() throws IOException {
    Path copy = work.resolve("again");
    Files.createDirectories(copy);
    for (String f : List.of("metrics.csv", "metrics-wards.csv", "manifest.json")) {
      Files.copy(run.resolve(f), copy.resolve(f));
    }
    List<Path> files = RunCharts.writeInto(copy);
    assertEquals(CHARTS.size(), files.size());
  }

  @Test
  void theCaptionNamesTheScenarioAndSeed() throws IOException {
    String caption = new RunCharts(List.of(RunData.read(run))).caption();
    assertTrue(caption.contains("tiny, seed 42, 2 replicates"), caption);
  }

  @Test
  void theLorenzCurveOverWardsWeighsEachOfTheFourWardsByItsResidents() throws IOException {
    RunData data = RunData.read(run);
    assertEquals(
        List.of(150.0, 150.0, 150.0, 150.0),
        java.util.Arrays.stream(data.wardPopulation()).boxed().toList());
    Lorenz wards = LorenzCharts.wardLorenz(data);
    assertEquals(5, wards.residents().length);
    assertEquals(1.0, wards.voice()[4], 1e-9);
    assertTrue(wards.gini() >= 0 && wards.gini() < 1, "Gini " + wards.gini());
  }

  @Test
  void spendByLineIsATidyFileWhoseLinesAddUpToCouncilSpend() throws IOException {
    List<String> spend = Files.readAllLines(run.resolve("spend.csv"));
    assertEquals("scenario,replicate,seed,step,council,line,value", spend.get(0));
    java.util.Map<String, Double> byWeek = new java.util.TreeMap<>();
    Set<String> lines = new HashSet<>();
    for (String row : spend.subList(1, spend.size())) {
      String[] f = row.split(",");
      assertEquals(7, f.length, row);
      assertEquals("tiny", f[0]);
      assertEquals("borough-1", f[4]);
      lines.add(f[5]);
      byWeek.merge(f[1] + "," + f[3], Double.parseDouble(f[6]), Double::sum);
    }
    assertEquals(Set.copyOf(org.civicsim.metrics.MetricNames.SPEND_LINES), lines);
    int checked = 0;
    for (String row : Files.readAllLines(run.resolve("metrics.csv"))) {
      String[] f = row.split(",");
      if (f[4].equals("council_spend") && f[5].equals("all")) {
        double total = Double.parseDouble(f[6]);
        // Each value is written to 6 significant digits.
        assertEquals(total, byWeek.get(f[1] + "," + f[3]), 1e-5 * total, row);
        checked++;
      }
    }
    assertEquals(byWeek.size(), checked);
    assertEquals(2 * 5, checked, "two replicates recorded at weeks 0, 4, 8, 12 and 16");
  }

  @Test
  void theLorenzFileHoldsEachReplicatesCurveFromNoOneToEveryone() throws IOException {
    List<String> rows = Files.readAllLines(run.resolve("voice-lorenz.csv"));
    assertEquals("scenario,replicate,seed,population_share,voice_share", rows.get(0));
    assertEquals(1 + 2 * 101, rows.size());
    for (int r = 0; r < 2; r++) {
      double before = -1;
      for (int k = 0; k <= 100; k++) {
        String[] f = rows.get(1 + r * 101 + k).split(",");
        assertEquals(String.valueOf(r), f[1]);
        double x = Double.parseDouble(f[3]);
        double y = Double.parseDouble(f[4]);
        assertEquals(k / 100.0, x, 1e-9);
        assertTrue(y >= before, "falls at " + rows.get(1 + r * 101 + k));
        assertTrue(y <= x + 1e-6, "above the line of equality: " + rows.get(1 + r * 101 + k));
        before = y;
      }
      assertEquals(0.0, Double.parseDouble(rows.get(1 + r * 101).split(",")[4]));
      assertEquals(1.0, Double.parseDouble(rows.get(1 + r * 101 + 100).split(",")[4]));
    }
    RunData data = RunData.read(run);
    assertTrue(data.hasLorenz());
    assertEquals(2, data.lorenz().length);
    assertEquals(101, data.lorenzShares().length);
  }

  @Test
  void theSpendChartDrawsEveryLineThatSpendsAndTheLorenzChartGivesTheGini() throws IOException {
    var charts = new RunCharts(List.of(RunData.read(run))).charts();
    Set<String> spend = legend(charts.get("council_spend"));
    assertTrue(spend.contains("Statutory care"), spend.toString());
    assertTrue(spend.contains("Discretionary services"), spend.toString());
    assertTrue(spend.contains("CD workers (people)"), spend.toString());
    Set<String> lorenz = legend(charts.get("voice_lorenz"));
    assertTrue(lorenz.contains("Equal voice for everyone"), lorenz.toString());
    assertTrue(
        lorenz.stream().anyMatch(l -> l.startsWith("Residents (Gini 0.")), lorenz.toString());
  }

  @Test
  void runsWithoutSpendOrLorenzFilesStillGetEveryChart() throws IOException {
    Path copy = work.resolve("older");
    Files.createDirectories(copy);
    for (String f : List.of("metrics.csv", "manifest.json")) {
      Files.copy(run.resolve(f), copy.resolve(f));
    }
    RunData data = RunData.read(copy);
    assertFalse(data.hasSpendByLine());
    assertFalse(data.hasLorenz());
    Set<String> lorenz = legend(new RunCharts(List.of(data)).charts().get("voice_lorenz"));
    assertTrue(lorenz.stream().anyMatch(l -> l.startsWith("income quintiles")), lorenz.toString());
    assertEquals(CHARTS.size(), RunCharts.writeInto(copy).size());
  }

  private static Set<String> legend(org.jfree.chart.JFreeChart chart) {
    Set<String> out = new HashSet<>();
    var items = chart.getPlot().getLegendItems();
    for (int i = 0; i < items.getItemCount(); i++) {
      out.add(items.get(i).getLabel());
    }
    return out;
  }

  static int distinctColours(BufferedImage image) {
    Set<Integer> seen = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        seen.add(image.getRGB(x, y));
      }
    }
    return seen.size();
  }
}
