package org.civicsim.gui;

import static org.civicsim.metrics.MetricNames.*;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JFrame;
import org.civicsim.model.Council;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.data.xy.XYSeries;
import sim.util.media.chart.TimeSeriesAttributes;
import sim.util.media.chart.TimeSeriesChartGenerator;

/**
 * The four live charts: participation by income quintile, voice, coverage and council spend by
 * budget line. Each point is one measured week; a comparison scenario's lines are dashed; a
 * vertical line marks the week a budget-simulator change takes effect.
 */
final class LiveCharts {
  /** Reads one value from a measured week and that week's spend by line (GBP a week). */
  interface Reading {
    double of(Snapshot s, double[] spend);
  }

  private record Line(
      TimeSeriesChartGenerator chart, XYSeries series, Reading reading, boolean compare) {}

  final TimeSeriesChartGenerator participation =
      chart("Participation by income quintile", "share who took part in the last 4 weeks (0-1)");
  final TimeSeriesChartGenerator voice =
      chart("Voice", "Gini (0 = equal) / share of voice vs population");
  final TimeSeriesChartGenerator coverage = chart("Service coverage", "share of need met (0-1)");
  final TimeSeriesChartGenerator spend = chart("Council spend by line", "GBP thousand a week");
  private final List<Line> lines = new ArrayList<>();

  private static TimeSeriesChartGenerator chart(String title, String yLabel) {
    TimeSeriesChartGenerator g = new TimeSeriesChartGenerator();
    g.setTitle(title);
    g.setXAxisLabel("week (from April 2010)");
    g.setYAxisLabel(yLabel);
    return g;
  }

  List<TimeSeriesChartGenerator> all() {
    return List.of(participation, voice, coverage, spend);
  }

  /** Empties the charts and adds the lines for a run, and for its comparison if named. */
  void reset(String name, String compareName) {
    lines.clear();
    for (TimeSeriesChartGenerator g : all()) {
      g.removeAllSeries();
      g.getChart().getXYPlot().clearDomainMarkers();
    }
    addLines("", false);
    if (compareName != null) addLines(" [" + compareName + "]", true);
  }

  private void addLines(String suffix, boolean compare) {
    for (int q = 0; q < 5; q++) {
      int g = quintileGroup(q);
      add(
          participation,
          "q" + (q + 1) + (q == 0 ? " (poorest)" : q == 4 ? " (richest)" : "") + suffix,
          Palette.SERIES[q],
          compare,
          (s, sp) -> s.group[PARTICIPATION_ANY][g]);
    }
    add(
        voice,
        "voice_gini (all)" + suffix,
        Palette.BLUE,
        compare,
        (s, sp) -> s.group[VOICE_GINI][ALL]);
    add(
        voice,
        "voice_share (q1)" + suffix,
        Palette.VERMILION,
        compare,
        (s, sp) -> s.group[VOICE_SHARE][quintileGroup(0)]);
    add(
        coverage,
        "coverage (all)" + suffix,
        Palette.BLUE,
        compare,
        (s, sp) -> s.group[COVERAGE][ALL]);
    add(
        coverage,
        "coverage_gap (q5 - q1)" + suffix,
        Palette.VERMILION,
        compare,
        (s, sp) -> s.group[COVERAGE_GAP][ALL]);
    for (int k = 0; k < Council.LINES.length; k++) {
      int line = k;
      add(
          spend,
          Council.LINES[k] + suffix,
          Palette.SERIES[(k + 1) % Palette.SERIES.length],
          compare,
          (s, sp) -> sp[line] / 1000);
    }
  }

  private void add(
      TimeSeriesChartGenerator g, String name, Color colour, boolean compare, Reading r) {
    XYSeries series = new XYSeries(name, false);
    TimeSeriesAttributes a = (TimeSeriesAttributes) g.addSeries(series, null);
    a.setStrokeColor(colour);
    a.setThickness(2);
    if (compare) a.setDashPattern(2);
    lines.add(new Line(g, series, r, compare));
  }

  /** Adds one measured week (called on the model's thread, as MASON's charting examples do). */
  void record(int week, Snapshot a, double[] spendA, Snapshot b, double[] spendB) {
    for (Line l : lines) {
      if (l.compare() && b == null) continue;
      double v = l.compare() ? l.reading().of(b, spendB) : l.reading().of(a, spendA);
      l.series().add(week, v, false);
    }
    for (TimeSeriesChartGenerator g : all()) g.updateChartLater(week);
  }

  /** Marks on every chart the week a policy change takes effect (on the Swing thread). */
  void mark(int week) {
    for (TimeSeriesChartGenerator g : all()) {
      var plot = g.getChart().getXYPlot();
      for (Object m :
          plot.getDomainMarkers(org.jfree.ui.Layer.FOREGROUND) == null
              ? List.of()
              : plot.getDomainMarkers(org.jfree.ui.Layer.FOREGROUND)) {
        if (((ValueMarker) m).getValue() == week) return; // a slider drag: one mark per cycle
      }
      ValueMarker marker =
          new ValueMarker(
              week,
              Palette.BLACK,
              new BasicStroke(
                  1.5f,
                  BasicStroke.CAP_BUTT,
                  BasicStroke.JOIN_MITER,
                  10f,
                  new float[] {6f, 4f},
                  0f));
      marker.setLabel("policy change");
      plot.addDomainMarker(marker, org.jfree.ui.Layer.FOREGROUND);
    }
  }

  /** Points in the run's charts so far (every line together). */
  int points() {
    int n = 0;
    for (Line l : lines) n += l.series().getItemCount();
    return n;
  }

  int marks() {
    var m = participation.getChart().getXYPlot().getDomainMarkers(org.jfree.ui.Layer.FOREGROUND);
    return m == null ? 0 : m.size();
  }

  /** The weeks marked, in the order they were marked (joined by commas). */
  String markWeeks() {
    var m = participation.getChart().getXYPlot().getDomainMarkers(org.jfree.ui.Layer.FOREGROUND);
    List<String> weeks = new ArrayList<>();
    if (m != null)
      for (Object o : m) weeks.add(Integer.toString((int) ((ValueMarker) o).getValue()));
    return String.join(",", weeks);
  }

  /** Chart windows, registered with the Console so that its Displays menu lists them. */
  List<JFrame> frames() {
    List<JFrame> f = new ArrayList<>();
    for (TimeSeriesChartGenerator g : all()) f.add(g.createFrame());
    return f;
  }
}
