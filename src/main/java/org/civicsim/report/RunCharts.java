package org.civicsim.report;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYSeries;

/**
 * The charts of one run, or of several runs overlaid: participation by income quintile, voice
 * (Gini, share by quintile, Lorenz curves), coverage and its gap, facilities by operator, and
 * council spend with CD workers. Every time chart shows the mean over replicates with a 95% band.
 */
public final class RunCharts {
  /** The folder of charts inside a run folder. */
  public static final String FOLDER = "charts";

  private static final String[] QUINTILES = {"q1", "q2", "q3", "q4", "q5"};
  private static final String[] OPERATORS = {
    "services_council", "services_community", "services_closed"
  };

  private final List<RunData> runs;
  private final List<String> labels;

  /** Charts of {@code runs}: one run drawn by group, several overlaid, the first as reference. */
  public RunCharts(List<RunData> runs) {
    if (runs.isEmpty()) {
      throw new IllegalArgumentException("no runs to chart");
    }
    this.runs = List.copyOf(runs);
    this.labels = labels(runs);
  }

  /**
   * Draws the charts of the run in {@code runFolder} into {@code runFolder/charts}, whole or not at
   * all: they are drawn into a hidden folder that is renamed to {@code charts} when every chart is
   * written (and removed when one fails). Returns the chart files.
   */
  public static List<Path> writeInto(Path runFolder) throws IOException {
    RunCharts charts = new RunCharts(List.of(RunData.read(runFolder)));
    Path partial = runFolder.resolve("." + FOLDER + ".partial");
    Path done = runFolder.resolve(FOLDER);
    deleteTree(partial);
    Files.createDirectories(partial);
    try {
      charts.write(partial);
      deleteTree(done);
      Files.move(partial, done, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      deleteTree(partial);
    }
    try (Stream<Path> list = Files.list(done)) {
      return list.sorted().toList();
    }
  }

  /** Names of the runs as charts label them: the scenario, or with the folder when names repeat. */
  static List<String> labels(List<RunData> runs) {
    List<String> out = new ArrayList<>();
    for (RunData r : runs) {
      long same = runs.stream().filter(o -> o.scenario().equals(r.scenario())).count();
      out.add(same > 1 ? r.scenario() + " (" + folderName(r) + ")" : r.scenario());
    }
    return out;
  }

  private static String folderName(RunData r) {
    Path name = r.folder().toAbsolutePath().normalize().getFileName();
    return name == null ? r.folder().toString() : name.toString();
  }

  /** The labels of the runs, in order. */
  public List<String> labels() {
    return labels;
  }

  /** Writes every chart as a PNG into {@code dir}; returns the files in the order drawn. */
  public List<Path> write(Path dir) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Map.Entry<String, JFreeChart> e : charts().entrySet()) {
      Path file = dir.resolve(e.getKey() + ".png");
      Charts.save(e.getValue(), file);
      files.add(file);
    }
    return files;
  }

  /** Every chart by file name (without .png), in reading order. */
  public Map<String, JFreeChart> charts() {
    Map<String, JFreeChart> out = new LinkedHashMap<>();
    out.put("participation", participation());
    out.put("participation_kinds", participationKinds());
    out.put("voice_gini", overTime("voice_gini", "all"));
    out.put("voice_share", voiceShare());
    out.put("voice_lorenz", voiceLorenz());
    out.put("coverage", overTime("coverage", "all", "q1", "q5"));
    out.put("coverage_gap", overTime("coverage_gap", "all"));
    out.put("services", services());
    out.put("council_spend", councilSpend());
    out.put("trust", overTime("trust_mean", "all", "q1", "q5"));
    return out;
  }

  private boolean single() {
    return runs.size() == 1;
  }

  /** The caption: which scenario and seed, and how lines and bands are computed. */
  String caption() {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < runs.size(); i++) {
      RunData r = runs.get(i);
      s.append(i == 0 ? (single() ? "Scenario " : "Runs: ") : "; ")
          .append(labels.get(i))
          .append(", seed ")
          .append(r.seed() == null ? "unknown" : r.seed())
          .append(", ")
          .append(r.replicates())
          .append(r.replicates() == 1 ? " replicate" : " replicates");
    }
    s.append(". Lines: mean over replicates; bands: 95% confidence interval of the mean.");
    return s.toString();
  }

  private JFreeChart participation() {
    if (single()) {
      return chart(
          "participation_any",
          "Any participation by income quintile",
          lines("participation_any", QUINTILES));
    }
    return chart(
        "participation_any",
        "Any participation: all residents (solid) and the poorest fifth (dashed)",
        lines("participation_any", "all", "q1"));
  }

  private JFreeChart participationKinds() {
    String[] kinds = {
      "participation_formal", "participation_informal", "participation_civic", "coproduction"
    };
    if (single()) {
      List<Charts.Line> lines = new ArrayList<>();
      for (int k = 0; k < kinds.length; k++) {
        lines.add(
            line(
                runs.get(0),
                kinds[k],
                "all",
                MetricLabels.of(kinds[k]).title(),
                OkabeIto.series(k),
                false));
      }
      return Charts.overTime(
          "Participation by kind, all residents", "Share of adults (%)", true, lines, caption());
    }
    return chart(
        "participation_formal",
        "Formal volunteering (solid) and civic participation (dashed), all residents",
        pair("participation_formal", "participation_civic"));
  }

  private JFreeChart voiceShare() {
    List<Charts.Line> lines =
        single() ? lines("voice_share", QUINTILES) : lines("voice_share", "q1", "q5");
    JFreeChart c =
        Charts.overTime(
            single()
                ? "Voice relative to population share, by income quintile"
                : "Voice relative to population share: poorest (solid) and richest fifth (dashed)",
            MetricLabels.of("voice_share").axis(),
            false,
            lines,
            caption());
    Charts.reference(c, 1.0, "heard in proportion");
    return c;
  }

  private JFreeChart services() {
    if (single()) {
      List<Charts.Line> lines = new ArrayList<>();
      String[] names = {"Run by the council", "Run by community groups", "Closed"};
      for (int k = 0; k < OPERATORS.length; k++) {
        lines.add(line(runs.get(0), OPERATORS[k], "all", names[k], OkabeIto.series(k), false));
      }
      return Charts.overTime("Facilities by operator", "Facilities", false, lines, caption());
    }
    return chart(
        "services_community",
        "Facilities run by community groups (solid) and closed (dashed)",
        pair("services_community", "services_closed"));
  }

  /**
   * Council spend (all lines together) over CD workers. The results hold the total only: spend by
   * budget line would need a per-line output from the run, which the metrics contract lacks.
   */
  private JFreeChart councilSpend() {
    List<Charts.Line> spend = new ArrayList<>();
    List<Charts.Line> workers = new ArrayList<>();
    for (int i = 0; i < runs.size(); i++) {
      Color c = single() ? OkabeIto.series(0) : OkabeIto.series(i);
      String who = single() ? "" : labels.get(i) + ": ";
      spend.add(
          line(
              runs.get(i),
              "council_spend",
              "all",
              who + "spend, all lines (GBP per week)",
              c,
              false));
      workers.add(
          line(
              runs.get(i),
              "cd_workers",
              "all",
              who + "CD workers",
              single() ? OkabeIto.series(1) : c,
              true));
    }
    return Charts.stacked(
        "Council spend and community-development workers",
        List.of("Spend (GBP per week)", "CD workers (people)"),
        List.of(false, false),
        List.of(spend, workers),
        caption()
            + " Spend is the total of all budget lines: the results do not break it down by line.");
  }

  /**
   * Lorenz curves of voice at the last recorded week over income quintiles (each a fifth of
   * residents) and, for one run, over wards. The residents' own voice is not in the results, so
   * these coarser curves stand in for it, and the caption gives the residents' Gini for comparison.
   */
  private JFreeChart voiceLorenz() {
    List<XYSeries> curves = new ArrayList<>();
    List<Color> colours = new ArrayList<>();
    StringBuilder gini = new StringBuilder();
    for (int i = 0; i < runs.size(); i++) {
      RunData r = runs.get(i);
      String who = single() ? "" : labels.get(i) + ", ";
      double[] share = new double[QUINTILES.length];
      for (int q = 0; q < QUINTILES.length; q++) {
        share[q] = Interval.of(r.finalValues("voice_share", QUINTILES[q])).mean();
      }
      double[] fifths = {1, 1, 1, 1, 1};
      Lorenz byQuintile = Lorenz.of(fifths, share);
      curves.add(
          series(who + "income quintiles (Gini " + fmt(byQuintile.gini()) + ")", byQuintile));
      colours.add(OkabeIto.series(single() ? 0 : i));
      gini.append(gini.length() == 0 ? "" : "; ")
          .append(single() ? "" : labels.get(i) + " ")
          .append(fmt(Interval.of(r.finalValues("voice_gini", "all")).mean()));
      if (single()) {
        Lorenz byWard = wardLorenz(r);
        if (byWard != null) {
          curves.add(series("wards (Gini " + fmt(byWard.gini()) + ")", byWard));
          colours.add(OkabeIto.series(1));
        }
      }
    }
    return Charts.lorenz(
        "Lorenz curve of voice at week "
            + runs.get(0).finalStep()
            + ", by quintile"
            + (single() ? " and ward" : ""),
        curves,
        colours,
        caption()
            + " Curves over groups of residents (mean voice share over replicates): the residents'"
            + " own voice is not in the results, so these understate inequality; the residents'"
            + " voice_gini is "
            + gini
            + ".");
  }

  /** The Lorenz curve over wards from per-ward voice_share (averaged over replicates), or null. */
  static Lorenz wardLorenz(RunData r) {
    double[][] wards = r.wardsAtEnd("voice_share");
    double[] pop = r.wardPopulation();
    if (wards == null || wards.length == 0 || pop == null || pop.length != wards[0].length) {
      return null;
    }
    double[] mean = new double[pop.length];
    double[] column = new double[wards.length];
    for (int w = 0; w < pop.length; w++) {
      for (int k = 0; k < wards.length; k++) {
        column[k] = wards[k][w];
      }
      mean[w] = Interval.of(column).mean();
    }
    return Lorenz.of(pop, mean);
  }

  private static XYSeries series(String name, Lorenz l) {
    XYSeries s = new XYSeries(name, false, true);
    for (int k = 0; k < l.residents().length; k++) {
      s.add(100 * l.residents()[k], 100 * l.voice()[k]);
    }
    return s;
  }

  private JFreeChart overTime(String metric, String... groups) {
    String title = MetricLabels.of(metric).title();
    if (groups.length > 1) {
      title +=
          single() ? " by group" : ": " + MetricLabels.group(groups[0]) + " (solid), others dashed";
    }
    return chart(
        metric,
        title,
        single()
            ? lines(metric, groups)
            : lines(metric, groups[0], groups.length > 1 ? groups[1] : null));
  }

  private JFreeChart chart(String metric, String title, List<Charts.Line> lines) {
    MetricLabels.Label l = MetricLabels.of(metric);
    return Charts.overTime(title, l.axis(), l.share(), lines, caption());
  }

  /**
   * For one run, a line per group; for several, a line per run for the first group (solid) and the
   * second group, if any (dashed).
   */
  private List<Charts.Line> lines(String metric, String... groups) {
    List<Charts.Line> out = new ArrayList<>();
    if (single()) {
      for (int g = 0; g < groups.length; g++) {
        out.add(
            line(
                runs.get(0),
                metric,
                groups[g],
                MetricLabels.group(groups[g]),
                OkabeIto.series(g),
                false));
      }
      return out;
    }
    for (int i = 0; i < runs.size(); i++) {
      for (int g = 0; g < groups.length && g < 2; g++) {
        if (groups[g] == null) {
          continue;
        }
        out.add(
            line(
                runs.get(i),
                metric,
                groups[g],
                labels.get(i) + ", " + MetricLabels.group(groups[g]),
                OkabeIto.series(i),
                g == 1));
      }
    }
    return out;
  }

  /** For several runs: two metrics of group all, the first solid, the second dashed. */
  private List<Charts.Line> pair(String first, String second) {
    List<Charts.Line> out = new ArrayList<>();
    for (int i = 0; i < runs.size(); i++) {
      out.add(
          line(
              runs.get(i),
              first,
              "all",
              labels.get(i) + ", " + MetricLabels.of(first).title(),
              OkabeIto.series(i),
              false));
      out.add(
          line(
              runs.get(i),
              second,
              "all",
              labels.get(i) + ", " + MetricLabels.of(second).title(),
              OkabeIto.series(i),
              true));
    }
    return out;
  }

  private static Charts.Line line(
      RunData r, String metric, String group, String label, Color c, boolean dashed) {
    return new Charts.Line(label, c, r.steps(), r.band(metric, group), dashed);
  }

  static String fmt(double v) {
    return Double.isNaN(v) ? "n/a" : String.format(java.util.Locale.ROOT, "%.3f", v);
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
