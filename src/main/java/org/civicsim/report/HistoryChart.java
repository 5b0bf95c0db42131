package org.civicsim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * One measure of the decade 2010-2020: the model's mean over replicates with its 95% band at every
 * recorded week, and the observed figures as points with their bands as error bars, fitting targets
 * and checks in different colours. Time runs in years from April 2010.
 */
public final class HistoryChart {
  private HistoryChart() {}

  /** The model's course: the time (years, 2010.0 = April 2010) and the interval at each. */
  public record Model(double[] time, MeanInterval[] band) {}

  /** An observed figure: where it is drawn (years), its value and its band, and whether a fit. */
  public record Figure(double time, double value, double low, double high, boolean fit) {}

  static final String TIME_AXIS =
      "Year from April (the model starts in April 2010; a figure sits at the end of its year)";

  /**
   * The chart, titled by the measure and its unit; values are multiplied by 100 when {@code
   * percent}.
   */
  public static JFreeChart draw(
      String title,
      String yAxis,
      boolean percent,
      Model model,
      List<Figure> figures,
      String caption) {
    double f = percent ? 100 : 1;
    YIntervalSeriesCollection course = new YIntervalSeriesCollection();
    YIntervalSeries s =
        new YIntervalSeries("Model: mean and 95% band over replicates", false, true);
    for (int t = 0; t < model.time().length; t++) {
      MeanInterval b = model.band()[t];
      if (!Double.isNaN(b.mean())) {
        double lo = b.hasInterval() ? b.low() : b.mean();
        double hi = b.hasInterval() ? b.high() : b.mean();
        s.add(model.time()[t], f * b.mean(), f * lo, f * hi);
      }
    }
    course.addSeries(s);
    DeviationRenderer band = new DeviationRenderer(true, false);
    band.setAlpha(0.22f);
    band.setSeriesPaint(0, OkabeIto.BLUE);
    band.setSeriesFillPaint(0, OkabeIto.BLUE);
    band.setSeriesStroke(0, ChartKinds.stroke(false));

    YIntervalSeriesCollection observed = new YIntervalSeriesCollection();
    XYErrorRenderer bars = new XYErrorRenderer();
    bars.setBaseLinesVisible(false);
    bars.setErrorStroke(new BasicStroke(2f));
    bars.setCapLength(10);
    for (boolean fit : new boolean[] {true, false}) {
      YIntervalSeries points =
          figures(
              fit ? "Observed, fitting target (band)" : "Observed, check (band)", figures, fit, f);
      if (points.getItemCount() == 0) {
        continue;
      }
      int k = observed.getSeriesCount();
      observed.addSeries(points);
      bars.setSeriesPaint(k, fit ? OkabeIto.VERMILLION : OkabeIto.BLUISH_GREEN);
      bars.setSeriesShape(
          k,
          fit
              ? new java.awt.geom.Ellipse2D.Double(-5, -5, 10, 10)
              : new java.awt.geom.Rectangle2D.Double(-5, -5, 10, 10));
    }

    NumberAxis x = ChartKinds.axis(TIME_AXIS);
    x.setAutoRangeIncludesZero(false);
    x.setNumberFormatOverride(new DecimalFormat("'Apr '0"));
    x.setTickUnit(new NumberTickUnit(1));
    NumberAxis y = ChartKinds.axis(yAxis);
    y.setAutoRangeIncludesZero(false);
    XYPlot plot = new XYPlot(observed, x, y, bars);
    plot.setDataset(1, course);
    plot.setRenderer(1, band);
    plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.REVERSE);
    ChartKinds.style(plot);
    plot.setRangeZeroBaselineVisible(true);
    plot.setRangeZeroBaselinePaint(Color.GRAY);
    return ChartKinds.finish(
        new JFreeChart(title + " \u2014 " + unit(yAxis), ChartKinds.TITLE, plot, true), caption);
  }

  /** The axis label as the title's unit: "Share of adults (%)" becomes "share of adults (%)". */
  private static String unit(String axis) {
    return axis.isEmpty() ? axis : Character.toLowerCase(axis.charAt(0)) + axis.substring(1);
  }

  private static YIntervalSeries figures(String label, List<Figure> all, boolean fit, double f) {
    YIntervalSeries s = new YIntervalSeries(label, true, true);
    for (Figure g : all) {
      if (g.fit() == fit) {
        s.add(g.time(), f * g.value(), f * g.low(), f * g.high());
      }
    }
    return s;
  }

  /** Saves the chart as a PNG of the standard size. */
  public static void save(JFreeChart chart, Path file) throws IOException {
    ChartKinds.save(chart, file);
  }
}
