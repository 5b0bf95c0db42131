package org.civicsim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Stroke;
import java.io.IOException;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.util.List;
import org.jfree.chart.ChartUtilities;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.ui.RectangleEdge;
import org.jfree.ui.RectangleInsets;

/**
 * The chart kinds of the charts and the report, drawn alike: a title, axis labels with units, a
 * legend, Okabe-Ito colours and a caption naming the scenario and seed. Time runs in years (52
 * weekly steps each).
 */
public final class ChartKinds {
  private ChartKinds() {}

  /** Width and height of a saved chart, in pixels. */
  public static final int WIDTH = 960;

  public static final int HEIGHT = 600;

  static final String TIME_AXIS = "Time since the start (years; 52 weekly steps each)";
  static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 18);
  private static final Font CAPTION = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
  private static final Font AXIS = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
  private static final Font TICKS = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
  private static final Color GRID = new Color(0xDD, 0xDD, 0xDD);

  /**
   * One line of a time chart: the mean over replicates at each recorded week, with its 95% band.
   */
  public record Line(
      String label, Color colour, int[] steps, MeanInterval[] band, boolean dashed) {}

  /** A curve over shares (0-1): the mean over replicates at each x, with its 95% band. */
  public record Curve(String label, Color colour, double[] x, MeanInterval[] y) {}

  /** One series of points with 95% error bars (x, then the interval of y). */
  public record Points(String label, Color colour, double[] x, MeanInterval[] y) {}

  /** Mean lines over time with their 95% confidence bands, on a y axis in the metric's unit. */
  public static JFreeChart overTime(
      String title, String yAxis, boolean percent, List<Line> lines, String caption) {
    XYPlot plot = timePlot(yAxis, percent, lines);
    plot.setDomainAxis(axis(TIME_AXIS));
    return finish(new JFreeChart(title, TITLE, plot, true), caption);
  }

  /**
   * Several time plots of amounts (money, people: never negative) stacked over one time axis, each
   * with its own title in its y label; each y axis starts at zero, so a steady line does not fill
   * its panel with one repeated tick.
   */
  public static JFreeChart stacked(
      String title,
      List<String> yAxes,
      List<Boolean> percent,
      List<List<Line>> panels,
      String caption) {
    CombinedDomainXYPlot combined = new CombinedDomainXYPlot(axis(TIME_AXIS));
    combined.setGap(14);
    for (int i = 0; i < panels.size(); i++) {
      XYPlot panel = timePlot(yAxes.get(i), percent.get(i), panels.get(i));
      NumberAxis y = (NumberAxis) panel.getRangeAxis();
      y.setAutoRangeIncludesZero(true);
      y.setRangeType(org.jfree.data.RangeType.POSITIVE);
      y.setAutoRangeMinimumSize(1.0);
      combined.add(panel, 1);
    }
    return finish(new JFreeChart(title, TITLE, combined, true), caption);
  }

  private static XYPlot timePlot(String yAxis, boolean percent, List<Line> lines) {
    YIntervalSeriesCollection data = new YIntervalSeriesCollection();
    DeviationRenderer renderer = new DeviationRenderer(true, false);
    renderer.setAlpha(0.22f);
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      YIntervalSeries s = new YIntervalSeries(line.label(), false, true);
      for (int t = 0; t < line.steps().length; t++) {
        MeanInterval b = line.band()[t];
        if (Double.isNaN(b.mean())) {
          continue;
        }
        double y = percent ? 100 * b.mean() : b.mean();
        double lo = b.hasInterval() ? (percent ? 100 * b.low() : b.low()) : y;
        double hi = b.hasInterval() ? (percent ? 100 * b.high() : b.high()) : y;
        s.add(line.steps()[t] / 52.0, y, lo, hi);
      }
      data.addSeries(s);
      renderer.setSeriesPaint(i, line.colour());
      renderer.setSeriesFillPaint(i, line.colour());
      renderer.setSeriesStroke(i, stroke(line.dashed()));
    }
    NumberAxis y = axis(yAxis);
    y.setAutoRangeIncludesZero(false);
    XYPlot plot = new XYPlot(data, null, y, renderer);
    style(plot);
    return plot;
  }

  /**
   * Lorenz curves: cumulative share of residents (x, ascending voice per head) against cumulative
   * share of voice (y), with the line of equality.
   */
  public static JFreeChart lorenz(
      String title, List<XYSeries> curves, List<Color> colours, String caption) {
    XYSeriesCollection data = new XYSeriesCollection();
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
    XYSeries equality = new XYSeries("Equal voice for everyone");
    equality.add(0, 0);
    equality.add(100, 100);
    data.addSeries(equality);
    renderer.setSeriesPaint(0, Color.GRAY);
    renderer.setSeriesStroke(0, stroke(true));
    renderer.setSeriesShapesVisible(0, false);
    for (int i = 0; i < curves.size(); i++) {
      data.addSeries(curves.get(i));
      renderer.setSeriesPaint(i + 1, colours.get(i));
      renderer.setSeriesStroke(i + 1, stroke(false));
    }
    return lorenzChart(title, data, renderer, caption);
  }

  /**
   * Lorenz curves with bands: each the mean cumulative share of voice (y) at cumulative shares of
   * residents, least voice first (x), with its 95% band over replicates, and the line of equality.
   */
  public static JFreeChart lorenzBands(String title, List<Curve> curves, String caption) {
    YIntervalSeriesCollection data = new YIntervalSeriesCollection();
    DeviationRenderer renderer = new DeviationRenderer(true, false);
    renderer.setAlpha(0.22f);
    YIntervalSeries equality = new YIntervalSeries("Equal voice for everyone", false, true);
    equality.add(0, 0, 0, 0);
    equality.add(100, 100, 100, 100);
    data.addSeries(equality);
    renderer.setSeriesPaint(0, Color.GRAY);
    renderer.setSeriesFillPaint(0, Color.GRAY);
    renderer.setSeriesStroke(0, stroke(true));
    for (int i = 0; i < curves.size(); i++) {
      Curve c = curves.get(i);
      YIntervalSeries s = new YIntervalSeries(c.label(), false, true);
      for (int k = 0; k < c.x().length; k++) {
        MeanInterval b = c.y()[k];
        if (Double.isNaN(b.mean())) {
          continue;
        }
        double lo = b.hasInterval() ? b.low() : b.mean();
        double hi = b.hasInterval() ? b.high() : b.mean();
        s.add(100 * c.x()[k], 100 * b.mean(), 100 * Math.max(0, lo), 100 * Math.min(1, hi));
      }
      data.addSeries(s);
      renderer.setSeriesPaint(i + 1, c.colour());
      renderer.setSeriesFillPaint(i + 1, c.colour());
      renderer.setSeriesStroke(i + 1, stroke(false));
    }
    return lorenzChart(title, data, renderer, caption);
  }

  /** A Lorenz chart's plot: both axes cumulative shares in per cent, 0 to 100. */
  private static JFreeChart lorenzChart(
      String title,
      org.jfree.data.xy.XYDataset data,
      org.jfree.chart.renderer.xy.XYItemRenderer renderer,
      String caption) {
    NumberAxis x = axis("Cumulative share of residents, least voice first (%)");
    NumberAxis y = axis("Cumulative share of voice (%)");
    x.setRange(0, 100);
    y.setRange(0, 100);
    XYPlot plot = new XYPlot(data, x, y, renderer);
    style(plot);
    return finish(new JFreeChart(title, TITLE, plot, true), caption);
  }

  /** Points with 95% error bars, x in {@code xAxis} units: a metric's response to a parameter. */
  public static JFreeChart response(
      String title,
      String xAxis,
      String yAxis,
      boolean percent,
      List<Points> series,
      String caption) {
    YIntervalSeriesCollection data = new YIntervalSeriesCollection();
    XYErrorRenderer renderer = new XYErrorRenderer();
    renderer.setBaseLinesVisible(false);
    renderer.setErrorStroke(new BasicStroke(1.5f));
    renderer.setCapLength(6);
    for (int i = 0; i < series.size(); i++) {
      Points p = series.get(i);
      YIntervalSeries s = new YIntervalSeries(p.label(), true, true);
      for (int k = 0; k < p.x().length; k++) {
        MeanInterval b = p.y()[k];
        if (Double.isNaN(b.mean()) || Double.isNaN(p.x()[k])) {
          continue;
        }
        double f = percent ? 100 : 1;
        double lo = b.hasInterval() ? b.low() : b.mean();
        double hi = b.hasInterval() ? b.high() : b.mean();
        s.add(p.x()[k], f * b.mean(), f * lo, f * hi);
      }
      data.addSeries(s);
      renderer.setSeriesPaint(i, p.colour());
    }
    NumberAxis x = axis(xAxis);
    x.setAutoRangeIncludesZero(false);
    x.setAutoRangeStickyZero(false);
    NumberAxis y = axis(yAxis);
    y.setAutoRangeIncludesZero(false);
    XYPlot plot = new XYPlot(data, x, y, renderer);
    style(plot);
    return finish(new JFreeChart(title, TITLE, plot, true), caption);
  }

  /**
   * Grouped horizontal bars, so that long dotted keys stay readable: one category per parameter,
   * one bar per index (for example first-order and total).
   */
  public static JFreeChart bars(
      String title,
      String categoryAxis,
      String valueAxis,
      DefaultCategoryDataset data,
      String caption) {
    CategoryAxis c = new CategoryAxis(categoryAxis);
    c.setLabelFont(AXIS);
    c.setTickLabelFont(TICKS);
    c.setMaximumCategoryLabelWidthRatio(0.45f);
    BarRenderer renderer = new BarRenderer();
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setItemMargin(0.05);
    for (int i = 0; i < data.getRowCount(); i++) {
      renderer.setSeriesPaint(i, OkabeIto.series(i));
    }
    CategoryPlot plot = new CategoryPlot(data, c, axis(valueAxis), renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_LEFT);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(GRID);
    plot.setOutlineVisible(false);
    return finish(new JFreeChart(title, TITLE, plot, true), caption);
  }

  /** Adds a horizontal reference line (e.g. voice in proportion, 1) to an XY chart. */
  public static void reference(JFreeChart chart, double y, String label) {
    ValueMarker m = new ValueMarker(y, Color.GRAY, stroke(true));
    m.setLabel(label);
    m.setLabelFont(TICKS);
    m.setLabelPaint(Color.DARK_GRAY);
    m.setLabelAnchor(org.jfree.ui.RectangleAnchor.TOP_RIGHT);
    m.setLabelTextAnchor(org.jfree.ui.TextAnchor.BOTTOM_RIGHT);
    ((XYPlot) chart.getPlot()).addRangeMarker(m);
  }

  static {
    // Encode in memory: with ImageIO's file cache, a write that fails (a full disk) leaves a
    // cache stream behind whose close at exit prints a NullPointerException trace.
    javax.imageio.ImageIO.setUseCache(false);
  }

  /** Saves {@code chart} as a PNG of the standard size. */
  public static void save(JFreeChart chart, Path file) throws IOException {
    ChartUtilities.saveChartAsPNG(file.toFile(), chart, WIDTH, HEIGHT);
  }

  static NumberAxis axis(String label) {
    NumberAxis a = new NumberAxis(label);
    a.setLabelFont(AXIS);
    a.setTickLabelFont(TICKS);
    NumberFormat f = new DecimalFormat("#,##0.###");
    a.setNumberFormatOverride(f);
    return a;
  }

  static Stroke stroke(boolean dashed) {
    return dashed
        ? new BasicStroke(
            2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {8f, 5f}, 0f)
        : new BasicStroke(2.5f);
  }

  static void style(XYPlot plot) {
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(GRID);
    plot.setRangeGridlinePaint(GRID);
    plot.setOutlineVisible(false);
    plot.setAxisOffset(new RectangleInsets(4, 4, 4, 4));
  }

  static JFreeChart finish(JFreeChart chart, String caption) {
    chart.setBackgroundPaint(Color.WHITE);
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    chart.setPadding(new RectangleInsets(8, 8, 8, 16));
    LegendTitle legend = chart.getLegend();
    if (legend != null) {
      legend.setPosition(RectangleEdge.BOTTOM);
      legend.setItemFont(TICKS);
      legend.setFrame(BlockBorder.NONE);
      legend.setBackgroundPaint((Paint) Color.WHITE);
    }
    TextTitle c = new TextTitle(caption, CAPTION);
    c.setPosition(RectangleEdge.BOTTOM);
    c.setPaint(Color.DARK_GRAY);
    c.setPadding(new RectangleInsets(6, 0, 0, 0));
    chart.addSubtitle(0, c);
    return chart;
  }
}
