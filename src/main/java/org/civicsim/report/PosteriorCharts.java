package org.civicsim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYShapeRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Charts of a calibration: a constant's posterior (a weighted histogram) against its prior (a
 * line), a fitted figure's posterior predictive against the observed value and its band, and the
 * posterior's pairs on one sheet.
 */
public final class PosteriorCharts {
  private PosteriorCharts() {}

  /** Bins of a histogram. */
  static final int BINS = 20;

  /**
   * A constant's posterior, as a density over {@code [low, high]}, with its prior's density ({@code
   * priorY} at {@code priorX}) drawn over it.
   */
  public static JFreeChart posterior(
      String key,
      double[] values,
      double[] weights,
      double low,
      double high,
      double[] priorX,
      double[] priorY,
      String caption) {
    XYIntervalSeriesCollection bars = new XYIntervalSeriesCollection();
    bars.addSeries(histogram("Posterior (weighted draws)", values, weights, low, high));
    XYSeries prior = new XYSeries("Prior", false, true);
    for (int i = 0; i < priorX.length; i++) {
      prior.add(priorX[i], priorY[i]);
    }
    XYBarRenderer bar = new XYBarRenderer();
    bar.setShadowVisible(false);
    bar.setDrawBarOutline(false);
    bar.setBarPainter(new org.jfree.chart.renderer.xy.StandardXYBarPainter());
    bar.setSeriesPaint(0, OkabeIto.translucent(OkabeIto.BLUE, 0.6));
    XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, false);
    line.setSeriesPaint(0, OkabeIto.VERMILLION);
    line.setSeriesStroke(0, ChartKinds.stroke(true));
    NumberAxis x = ChartKinds.axis(key);
    x.setAutoRangeIncludesZero(false);
    x.setRange(low, high);
    XYPlot plot = new XYPlot(bars, x, ChartKinds.axis("Density"), bar);
    plot.setDataset(1, new XYSeriesCollection(prior));
    plot.setRenderer(1, line);
    ChartKinds.style(plot);
    return ChartKinds.finish(
        new JFreeChart(key + ": posterior against prior", ChartKinds.TITLE, plot, true), caption);
  }

  /**
   * A fitted figure's posterior predictive (a weighted histogram of the simulated values), the
   * observed value as a line and its band shaded; values times 100 when {@code percent}.
   */
  public static JFreeChart predictive(
      String title,
      String axis,
      boolean percent,
      double[] values,
      double[] weights,
      double observed,
      double bandLow,
      double bandHigh,
      String caption) {
    double f = percent ? 100 : 1;
    double lo = Math.min(bandLow, observed);
    double hi = Math.max(bandHigh, observed);
    double[] scaled = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      scaled[i] = f * values[i];
      if (!Double.isNaN(values[i])) {
        lo = Math.min(lo, values[i]);
        hi = Math.max(hi, values[i]);
      }
    }
    double pad = (hi - lo) * 0.05 + 1e-9;
    XYIntervalSeriesCollection bars = new XYIntervalSeriesCollection();
    bars.addSeries(
        histogram(
            "Posterior predictive (one replicate a draw)",
            scaled,
            weights,
            f * (lo - pad),
            f * (hi + pad)));
    XYBarRenderer bar = new XYBarRenderer();
    bar.setShadowVisible(false);
    bar.setDrawBarOutline(false);
    bar.setBarPainter(new org.jfree.chart.renderer.xy.StandardXYBarPainter());
    bar.setSeriesPaint(0, OkabeIto.translucent(OkabeIto.BLUE, 0.6));
    NumberAxis x = ChartKinds.axis(axis);
    x.setAutoRangeIncludesZero(false);
    x.setRange(f * (lo - pad), f * (hi + pad));
    XYPlot plot = new XYPlot(bars, x, ChartKinds.axis("Density"), bar);
    IntervalMarker band =
        new IntervalMarker(f * bandLow, f * bandHigh, OkabeIto.translucent(OkabeIto.ORANGE, 0.25));
    band.setLabel("observed band");
    plot.addDomainMarker(band, org.jfree.ui.Layer.BACKGROUND);
    plot.addDomainMarker(
        new ValueMarker(f * observed, OkabeIto.VERMILLION, new BasicStroke(3f)),
        org.jfree.ui.Layer.FOREGROUND);
    ChartKinds.style(plot);
    return ChartKinds.finish(new JFreeChart(title, ChartKinds.TITLE, plot, true), caption);
  }

  /**
   * Every pair of constants on one sheet, each draw a dot whose size follows its weight; cell (row
   * a, column b) with b below a plots constant b across and a up, each over its prior's bounds; the
   * diagonal names the constant.
   */
  public static BufferedImage pairs(
      List<String> keys, double[][] theta, double[] weights, double[] lows, double[] highs) {
    int d = keys.size();
    int cell = 200;
    BufferedImage image = new BufferedImage(d * cell, d * cell, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, d * cell, d * cell);
    double max = 0;
    for (double w : weights) {
      max = Math.max(max, w);
    }
    for (int a = 0; a < d; a++) {
      for (int b = 0; b < a; b++) {
        XYSeries s = new XYSeries(keys.get(b) + " / " + keys.get(a), false, true);
        for (double[] t : theta) {
          s.add(t[b], t[a]);
        }
        XYShapeRenderer r = new XYShapeRenderer();
        r.setBaseShape(new Ellipse2D.Double(-2, -2, 4, 4));
        r.setSeriesPaint(0, OkabeIto.translucent(OkabeIto.BLUE, 0.5));
        NumberAxis x = new NumberAxis();
        x.setRange(lows[b], highs[b]);
        x.setTickLabelsVisible(a == d - 1);
        NumberAxis y = new NumberAxis();
        y.setRange(lows[a], highs[a]);
        y.setTickLabelsVisible(b == 0);
        XYPlot plot = new XYPlot(new XYSeriesCollection(s), x, y, r);
        ChartKinds.style(plot);
        JFreeChart c = new JFreeChart(null, null, plot, false);
        c.setBackgroundPaint(Color.WHITE);
        c.draw(g, new Rectangle2D.Double(b * cell, a * cell, cell, cell));
      }
      g.setColor(Color.BLACK);
      g.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.BOLD, 13));
      String name = keys.get(a);
      int dot = name.lastIndexOf('.');
      g.drawString(dot < 0 ? name : name.substring(dot + 1), a * cell + 10, a * cell + cell / 2);
    }
    g.dispose();
    return image;
  }

  /** A weighted histogram over [low, high] in {@link #BINS} bins, as a density. */
  private static XYIntervalSeries histogram(
      String name, double[] values, double[] weights, double low, double high) {
    double[] mass = new double[BINS];
    double width = (high - low) / BINS;
    double total = 0;
    for (int i = 0; i < values.length; i++) {
      if (Double.isNaN(values[i])) {
        continue;
      }
      int k = (int) Math.floor((values[i] - low) / width);
      k = Math.max(0, Math.min(BINS - 1, k));
      mass[k] += weights[i];
      total += weights[i];
    }
    XYIntervalSeries s = new XYIntervalSeries(name, false, true);
    for (int k = 0; k < BINS; k++) {
      double y = total > 0 ? mass[k] / total / width : 0;
      double x0 = low + k * width;
      s.add(x0 + width / 2, x0, x0 + width, y, 0, y);
    }
    return s;
  }
}
