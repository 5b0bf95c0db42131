package org.civicsim.calibration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.civicsim.history.Measure;
import org.civicsim.history.Measures;
import org.civicsim.history.Observation;
import org.civicsim.history.Years;
import org.civicsim.io.AtomicFile;
import org.civicsim.io.PosteriorFile;
import org.civicsim.report.ChartKinds;
import org.civicsim.report.PosteriorCharts;
import org.civicsim.report.RunCharts;
import org.jfree.chart.ChartUtilities;
import org.jfree.chart.JFreeChart;

/**
 * Draws a calibration's charts into {@code charts/calibration/}: {@code posterior-KEY.png} for each
 * constant (posterior against prior), {@code pairs.png}, and {@code predictive-MEASURE- YEAR.png}
 * for each fitted figure (the posterior predictive against the observed band).
 */
public final class CalibrationCharts {
  /** The charts' folder inside the calibration's folder. */
  public static final String FOLDER = RunCharts.FOLDER + "/calibration";

  private static final int PRIOR_POINTS = 101;

  private CalibrationCharts() {}

  static void writeInto(
      Path out,
      List<Prior> priors,
      AbcSmc.State s,
      PosteriorFile.Posterior post,
      List<CalibrationResults.Constant> constants,
      List<CalibrationResults.Predictive> predictive)
      throws IOException {
    Path dir = out.resolve(FOLDER);
    Files.createDirectories(dir);
    String caption =
        String.format(
            Locale.ROOT,
            "%d kept draws of %d simulations, %d generations, final tolerance %.3f.",
            post.size(),
            s.simulations(),
            s.generations().size(),
            s.tolerance());
    double[] lows = new double[priors.size()];
    double[] highs = new double[priors.size()];
    for (int k = 0; k < priors.size(); k++) {
      Prior p = priors.get(k);
      lows[k] = p.low();
      highs[k] = p.high();
      double[] x = new double[post.size()];
      for (int i = 0; i < x.length; i++) {
        x[i] = post.theta()[i][k];
      }
      double[] px = new double[PRIOR_POINTS];
      double[] py = new double[PRIOR_POINTS];
      double mass = 0;
      for (int i = 0; i < PRIOR_POINTS; i++) {
        px[i] = p.low() + (p.high() - p.low()) * i / (PRIOR_POINTS - 1);
        py[i] = p.density(px[i]);
        mass += py[i] * (p.high() - p.low()) / (PRIOR_POINTS - 1);
      }
      for (int i = 0; i < PRIOR_POINTS; i++) {
        py[i] /= mass;
      }
      CalibrationResults.Constant c = constants.get(k);
      String line =
          String.format(
              Locale.ROOT,
              "Posterior median %.4g, 90%% interval [%.4g, %.4g]: %s. %s",
              c.median(),
              c.low(),
              c.high(),
              c.verdict(),
              caption);
      save(
          PosteriorCharts.posterior(p.key(), x, post.weights(), p.low(), p.high(), px, py, line),
          dir.resolve("posterior-" + p.key() + ".png"));
    }
    try (AtomicFile f = AtomicFile.create(dir.resolve("pairs.png"))) {
      ImageIO.write(
          PosteriorCharts.pairs(post.keys(), post.theta(), post.weights(), lows, highs),
          "png",
          f.stream());
      f.commit();
    }
    double[] w = new double[s.kept().size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = s.kept().get(i).weight();
    }
    for (int f = 0; f < predictive.size(); f++) {
      Observation o = predictive.get(f).figure();
      Measure m = Measures.resolve(o.measure());
      double[] v = new double[w.length];
      for (int i = 0; i < w.length; i++) {
        v[i] = s.kept().get(i).summary()[f];
      }
      String title = m.title() + ", " + Years.label(o.year());
      save(
          PosteriorCharts.predictive(
              title,
              m.axis(),
              m.percent(),
              v,
              w,
              o.value(),
              o.bandLow(),
              o.bandHigh(),
              "Observed: " + o.source() + ". " + caption),
          dir.resolve(fileName("predictive-" + o.measure() + "-" + o.year())));
    }
  }

  private static String fileName(String name) {
    return name.replaceAll("[^A-Za-z0-9._-]", "-") + ".png";
  }

  private static void save(JFreeChart chart, Path file) throws IOException {
    try (AtomicFile out = AtomicFile.create(file)) {
      ChartUtilities.writeChartAsPNG(out.stream(), chart, ChartKinds.WIDTH, ChartKinds.HEIGHT);
      out.commit();
    }
  }
}
