package org.civicsim.report;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.civicsim.io.FileTrees;
import org.jfree.chart.JFreeChart;

/**
 * The charts of one run, or of several runs overlaid: participation by income quintile, voice
 * (Gini, share by quintile, the residents' Lorenz curve at the final week), coverage and its gap,
 * facilities by operator, and council spend by budget line with CD workers. Every chart shows the
 * mean over replicates with a 95% band.
 */
public final class RunCharts {
  /** The folder of charts inside a run folder. */
  public static final String FOLDER = "charts";

  static final String[] QUINTILES = {"q1", "q2", "q3", "q4", "q5"};
  private static final String[] OPERATORS = {
    "services_council", "services_community", "services_closed"
  };

  final List<RunData> runs;
  final List<String> labels;

  /**
   * ChartKinds of {@code runs}: one run drawn by group, several overlaid, the first as reference.
   */
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
    FileTrees.delete(partial);
    Files.createDirectories(partial);
    try {
      charts.write(partial);
      FileTrees.delete(done);
      Files.move(partial, done, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      FileTrees.delete(partial);
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
      ChartKinds.save(e.getValue(), file);
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
    LorenzCharts lorenz = new LorenzCharts(this);
    out.put(
        "voice_lorenz", all(RunData::hasLorenz) ? lorenz.residentLorenz() : lorenz.voiceLorenz());
    out.put("coverage", overTime("coverage", "all", "q1", "q5"));
    out.put("coverage_gap", overTime("coverage_gap", "all"));
    out.put("services", services());
    SpendCharts spend = new SpendCharts(this);
    if (all(RunData::hasSpendByLine)) {
      out.put("council_spend", single() ? spend.spendByLine() : spend.councilSpend());
      if (!single()) {
        out.put("council_spend_lines", spend.spendLinesAtEnd());
      }
    } else {
      out.put("council_spend", spend.councilSpend());
    }
    out.put("trust", overTime("trust_mean", "all", "q1", "q5"));
    return out;
  }

  boolean single() {
    return runs.size() == 1;
  }

  boolean all(java.util.function.Predicate<RunData> p) {
    return runs.stream().allMatch(p);
  }

  /** The caption: which scenario and seed, and how lines and bands are computed. */
  String caption() {
    if (all(RunData::overPosterior)) {
      return caption(
          "Lines: mean over posterior draws and replicates; bands: 95% posterior interval (the"
              + " draws' means).");
    }
    return caption("Lines: mean over replicates; bands: 95% confidence interval of the mean.");
  }

  /** The caption naming the runs, then {@code how} the values are summarised. */
  String caption(String how) {
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
    return s.append(". ").append(how).toString();
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
      List<ChartKinds.Line> lines = new ArrayList<>();
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
      return ChartKinds.overTime(
          "Participation by kind, all residents", "Share of adults (%)", true, lines, caption());
    }
    return chart(
        "participation_formal",
        "Formal volunteering (solid) and civic participation (dashed), all residents",
        pair("participation_formal", "participation_civic"));
  }

  private JFreeChart voiceShare() {
    List<ChartKinds.Line> lines =
        single() ? lines("voice_share", QUINTILES) : lines("voice_share", "q1", "q5");
    JFreeChart c =
        ChartKinds.overTime(
            single()
                ? "Voice relative to population share, by income quintile"
                : "Voice relative to population share: poorest (solid) and richest fifth (dashed)",
            MetricLabels.of("voice_share").axis(),
            false,
            lines,
            caption());
    ChartKinds.reference(c, 1.0, "heard in proportion");
    return c;
  }

  private JFreeChart services() {
    if (single()) {
      List<ChartKinds.Line> lines = new ArrayList<>();
      String[] names = {"Run by the council", "Run by community groups", "Closed"};
      for (int k = 0; k < OPERATORS.length; k++) {
        lines.add(line(runs.get(0), OPERATORS[k], "all", names[k], OkabeIto.series(k), false));
      }
      return ChartKinds.overTime("Facilities by operator", "Facilities", false, lines, caption());
    }
    return chart(
        "services_community",
        "Facilities run by community groups (solid) and closed (dashed)",
        pair("services_community", "services_closed"));
  }

  JFreeChart overTime(String metric, String... groups) {
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

  private JFreeChart chart(String metric, String title, List<ChartKinds.Line> lines) {
    MetricLabels.Label l = MetricLabels.of(metric);
    return ChartKinds.overTime(title, l.axis(), l.share(), lines, caption());
  }

  /**
   * For one run, a line per group; for several, a line per run for the first group (solid) and the
   * second group, if any (dashed).
   */
  private List<ChartKinds.Line> lines(String metric, String... groups) {
    List<ChartKinds.Line> out = new ArrayList<>();
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
  private List<ChartKinds.Line> pair(String first, String second) {
    List<ChartKinds.Line> out = new ArrayList<>();
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

  static ChartKinds.Line line(
      RunData r, String metric, String group, String label, Color c, boolean dashed) {
    return new ChartKinds.Line(label, c, r.steps(), r.band(metric, group), dashed);
  }

  static String fmt(double v) {
    return Double.isNaN(v) ? "n/a" : String.format(java.util.Locale.ROOT, "%.3f", v);
  }
}
