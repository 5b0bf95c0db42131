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
      assertEquals(Charts.WIDTH, image.getWidth(), name);
      assertEquals(Charts.HEIGHT, image.getHeight(), name);
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
    Lorenz wards = RunCharts.wardLorenz(data);
    assertEquals(5, wards.residents().length);
    assertEquals(1.0, wards.voice()[4], 1e-9);
    assertTrue(wards.gini() >= 0 && wards.gini() < 1, "Gini " + wards.gini());
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
