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
import org.jfree.data.xy.XYSeries;

/**
 * The charts of one run, or of several runs overlaid: participation by income quintile, voice
 * (Gini, share by quintile, the residents' Lorenz curve at the final week), coverage and its gap,
 * facilities by operator, and council spend by budget line with CD workers. Every chart shows the
 * mean over replicates with a 95% band.
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
    out.put("voice_lorenz", all(RunData::hasLorenz) ? residentLorenz() : voiceLorenz());
    out.put("coverage", overTime("coverage", "all", "q1", "q5"));
    out.put("coverage_gap", overTime("coverage_gap", "all"));
    out.put("services", services());
    if (all(RunData::hasSpendByLine)) {
      out.put("council_spend", single() ? spendByLine() : councilSpend());
      if (!single()) {
        out.put("council_spend_lines", spendLinesAtEnd());
      }
    } else {
      out.put("council_spend", councilSpend());
    }
    out.put("trust", overTime("trust_mean", "all", "q1", "q5"));
    return out;
  }

  private boolean single() {
    return runs.size() == 1;
  }

  private boolean all(java.util.function.Predicate<RunData> p) {
    return runs.stream().allMatch(p);
  }

  /** A budget line's name as charts and reports show it. */
  static String lineLabel(String line) {
    return switch (line) {
      case "statutory" -> "Statutory care";
      case "discretionary" -> "Discretionary services";
      case "community_development" -> "Community development staff";
      case "grants" -> "Grants to groups";
      case "innovation_fund" -> "Innovation fund";
      case "credits" -> "Time credits";
      default -> line;
    };
  }

  /** The caption: which scenario and seed, and how lines and bands are computed. */
  String caption() {
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

  /**
   * One run's council spend by budget line (summed over councils) over its CD workers. Lines are
   * drawn on two panels by size, so that grants and staff are not flattened against services: those
   * whose largest weekly spend is under a tenth of the largest line's go on the second. Lines with
   * no spend at all are left out and named in the caption.
   */
  private JFreeChart spendByLine() {
    RunData r = runs.get(0);
    List<String> lines = r.spendLines();
    double[] peak = new double[lines.size()];
    double largest = 0;
    for (int k = 0; k < lines.size(); k++) {
      for (MeanInterval b : r.spendBand(lines.get(k))) {
        if (!Double.isNaN(b.mean())) {
          peak[k] = Math.max(peak[k], Math.abs(b.mean()));
        }
      }
      largest = Math.max(largest, peak[k]);
    }
    List<ChartKinds.Line> big = new ArrayList<>();
    List<ChartKinds.Line> small = new ArrayList<>();
    List<String> none = new ArrayList<>();
    for (int k = 0; k < lines.size(); k++) {
      String line = lines.get(k);
      if (peak[k] == 0) {
        none.add(lineLabel(line).toLowerCase(java.util.Locale.ROOT));
        continue;
      }
      int colour = org.civicsim.metrics.MetricNames.SPEND_LINES.indexOf(line);
      ChartKinds.Line l =
          new ChartKinds.Line(
              lineLabel(line),
              OkabeIto.series(colour < 0 ? k : colour),
              r.steps(),
              r.spendBand(line),
              false);
      (peak[k] >= 0.1 * largest ? big : small).add(l);
    }
    List<String> axes = new ArrayList<>();
    List<List<ChartKinds.Line>> panels = new ArrayList<>();
    if (!big.isEmpty()) {
      axes.add(small.isEmpty() ? "Spend (GBP per week)" : "Large lines (GBP/week)");
      panels.add(big);
    }
    if (!small.isEmpty()) {
      axes.add("Small lines (GBP/week)");
      panels.add(small);
    }
    axes.add("CD workers");
    panels.add(List.of(line(r, "cd_workers", "all", "CD workers (people)", OkabeIto.BLACK, true)));
    List<Boolean> percent = new ArrayList<>();
    for (int i = 0; i < panels.size(); i++) {
      percent.add(false);
    }
    return ChartKinds.stacked(
        "Council spend by budget line and community-development workers",
        axes,
        percent,
        panels,
        caption()
            + " Spend is summed over the councils; its lines add up to council_spend."
            + (none.isEmpty() ? "" : " No spend at all on " + String.join(", ", none) + "."));
  }

  /** Several runs' spend on each budget line at the last recorded week, side by side. */
  private JFreeChart spendLinesAtEnd() {
    org.jfree.data.category.DefaultCategoryDataset data =
        new org.jfree.data.category.DefaultCategoryDataset();
    List<String> lines = new ArrayList<>();
    for (RunData r : runs) {
      for (String line : r.spendLines()) {
        if (!lines.contains(line)) {
          lines.add(line);
        }
      }
    }
    for (int i = 0; i < runs.size(); i++) {
      RunData r = runs.get(i);
      for (String line : lines) {
        double[][] v = r.spend(line);
        double[] last = new double[v.length];
        for (int k = 0; k < v.length; k++) {
          last[k] = v[k][v[k].length - 1];
        }
        double mean = MeanInterval.of(last).mean();
        data.addValue(Double.isNaN(mean) ? 0 : mean, labels.get(i), lineLabel(line));
      }
    }
    return ChartKinds.bars(
        "Council spend by budget line at the last recorded week",
        "Budget line",
        "Mean spend (GBP per week)",
        data,
        caption(
            "Bars: mean over replicates, spend summed over each run's councils; the 95% intervals"
                + " are in the report's table."));
  }

  /**
   * Several runs' council spend (all lines together) over CD workers; spend by budget line is drawn
   * beside it at the last week ({@link #spendLinesAtEnd}), as six lines per run would not be
   * legible over time.
   */
  private JFreeChart councilSpend() {
    List<ChartKinds.Line> spend = new ArrayList<>();
    List<ChartKinds.Line> workers = new ArrayList<>();
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
    return ChartKinds.stacked(
        "Council spend and community-development workers",
        List.of("Spend (GBP per week)", "CD workers (people)"),
        List.of(false, false),
        List.of(spend, workers),
        caption()
            + (all(RunData::hasSpendByLine)
                ? " Spend is the total of all budget lines; see the chart of spend by line."
                : " Spend is the total of all budget lines: these results do not break it down"
                    + " by line (no spend.csv)."));
  }

  /**
   * The residents' Lorenz curve of voice at the final week: for each run the mean over replicates
   * of the cumulative share of voice at each population share, with its 95% band, and the run's
   * voice_gini (mean and 95% interval over replicates) in the legend.
   */
  private JFreeChart residentLorenz() {
    List<ChartKinds.Curve> curves = new ArrayList<>();
    for (int i = 0; i < runs.size(); i++) {
      RunData r = runs.get(i);
      double[][] v = r.lorenz();
      double[] x = r.lorenzShares();
      MeanInterval[] y = new MeanInterval[x.length];
      double[] column = new double[v.length];
      for (int k = 0; k < x.length; k++) {
        for (int rep = 0; rep < v.length; rep++) {
          column[rep] = v[rep][k];
        }
        y[k] = MeanInterval.of(column);
      }
      MeanInterval gini = MeanInterval.of(r.finalValues("voice_gini", "all"));
      String g =
          "Gini "
              + fmt(gini.mean())
              + (gini.hasInterval() ? " [" + fmt(gini.low()) + ", " + fmt(gini.high()) + "]" : "");
      boolean sameWeek = runs.stream().allMatch(o -> o.finalStep() == runs.get(0).finalStep());
      curves.add(
          new ChartKinds.Curve(
              (single() ? "Residents" : labels.get(i))
                  + (sameWeek ? "" : ", week " + r.finalStep())
                  + " ("
                  + g
                  + ")",
              OkabeIto.series(i),
              x,
              y));
    }
    return ChartKinds.lorenzBands(
        "Lorenz curve of residents' voice at week "
            + runs.get(0).finalStep()
            + (runs.stream().allMatch(o -> o.finalStep() == runs.get(0).finalStep())
                ? ""
                : " (first run)"),
        curves,
        caption(
            "Curves: mean over replicates of the cumulative share of voice at each population"
                + " share; bands: 95% confidence interval of the mean. Gini: voice_gini of all"
                + " residents, mean [95% interval] over replicates."));
  }

  /**
   * Lorenz curves of voice at the last recorded week over income quintiles (each a fifth of
   * residents) and, for one run, over wards: drawn for results without voice-lorenz.csv (written
   * before runs recorded the residents' curve), where these coarser curves stand in for it, and the
   * caption gives the residents' Gini for comparison.
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
        share[q] = MeanInterval.of(r.finalValues("voice_share", QUINTILES[q])).mean();
      }
      double[] fifths = {1, 1, 1, 1, 1};
      Lorenz byQuintile = Lorenz.of(fifths, share);
      curves.add(
          series(who + "income quintiles (Gini " + fmt(byQuintile.gini()) + ")", byQuintile));
      colours.add(OkabeIto.series(single() ? 0 : i));
      gini.append(gini.length() == 0 ? "" : "; ")
          .append(single() ? "" : labels.get(i) + " ")
          .append(fmt(MeanInterval.of(r.finalValues("voice_gini", "all")).mean()));
      if (single()) {
        Lorenz byWard = wardLorenz(r);
        if (byWard != null) {
          curves.add(series("wards (Gini " + fmt(byWard.gini()) + ")", byWard));
          colours.add(OkabeIto.series(1));
        }
      }
    }
    return ChartKinds.lorenz(
        "Lorenz curve of voice at week "
            + runs.get(0).finalStep()
            + ", by quintile"
            + (single() ? " and ward" : ""),
        curves,
        colours,
        caption()
            + " Curves over groups of residents (mean voice share over replicates): without"
            + " voice-lorenz.csv the residents' own curve cannot be drawn, and these understate"
            + " inequality; the residents' voice_gini is "
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
      mean[w] = MeanInterval.of(column).mean();
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

  private static ChartKinds.Line line(
      RunData r, String metric, String group, String label, Color c, boolean dashed) {
    return new ChartKinds.Line(label, c, r.steps(), r.band(metric, group), dashed);
  }

  static String fmt(double v) {
    return Double.isNaN(v) ? "n/a" : String.format(java.util.Locale.ROOT, "%.3f", v);
  }
}
