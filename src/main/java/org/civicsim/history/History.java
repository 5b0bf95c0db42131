package org.civicsim.history;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civicsim.metrics.Quantiles;
import org.civicsim.report.MeanInterval;

/**
 * The model beside what England measured: each observed figure with the model's value for the same
 * measure and year (mean over replicates and its 95% t-interval), and each measure's course over
 * the recorded weeks for the charts.
 */
public final class History {
  private History() {}

  /**
   * One observed figure and the model's value beside it.
   *
   * @param model mean and 95% interval over replicates (with one replicate the interval is the
   *     value itself); null when the measure is undefined for this run
   * @param step the recorded week compared (the end of the figure's year, or the run's last week)
   * @param missing why the model gives no value ("needs services.csv"), or null
   */
  public record Row(
      Observation observed, MeanInterval model, int step, String missing, boolean predictive) {
    /**
     * Whether the model's mean lies in the observed band; for a posterior predictive, whether its
     * 90% interval meets the band. False when there is no value.
     */
    public boolean inside() {
      if (model == null) {
        return false;
      }
      return predictive
          ? model.low() <= observed.bandHigh() && model.high() >= observed.bandLow()
          : observed.inBand(model.mean());
    }

    /** Whether the figure's year ends after the run, so the run's last week stands in for it. */
    public boolean beyondRun(int lastStep) {
      return Years.endWeek(observed.year()) > lastStep;
    }
  }

  /** A measure over the recorded weeks: its 95% band at each, or why it is undefined. */
  public record Course(Measure measure, int[] steps, MeanInterval[] band, String missing) {}

  /**
   * The comparison of a whole observed-data file with one run.
   *
   * @param predictive whether the run is over posterior draws and its intervals are the posterior
   *     predictive's 90% (5% and 95% quantiles of the replicates' values) rather than 95% intervals
   *     of the mean
   */
  public record Comparison(
      List<Row> rows,
      Map<String, Course> courses,
      int lastStep,
      int replicates,
      boolean predictive) {}

  /** Compares every figure of {@code observed} with the run in {@code run}. */
  public static Comparison compare(RunFiles run, List<Observation> observed) throws IOException {
    return compare(run, observed, false);
  }

  /**
   * As {@link #compare(RunFiles, List)}; with {@code predictive}, for a run over posterior draws,
   * each interval is the posterior predictive's 90% interval over the replicates (each replicate
   * one draw's realisation), and a figure is IN when that interval meets its band.
   */
  public static Comparison compare(RunFiles run, List<Observation> observed, boolean predictive)
      throws IOException {
    int[] steps = run.steps();
    List<Row> rows = new ArrayList<>();
    Map<String, Course> courses = new LinkedHashMap<>();
    for (Observation o : observed) {
      Measure m = Measures.resolve(o.measure());
      int step = Years.step(o.year(), steps);
      try {
        rows.add(new Row(o, estimate(run, m, step, predictive), step, null, predictive));
      } catch (Undefined e) {
        rows.add(new Row(o, null, step, e.getMessage(), predictive));
      }
      if (!courses.containsKey(o.measure())) {
        courses.put(o.measure(), course(run, m, steps, predictive));
      }
    }
    return new Comparison(
        rows, courses, steps[steps.length - 1], run.replicates().length, predictive);
  }

  private static Course course(RunFiles run, Measure m, int[] steps, boolean predictive)
      throws IOException {
    MeanInterval[] band = new MeanInterval[steps.length];
    String missing = null;
    for (int t = 0; t < steps.length; t++) {
      try {
        band[t] = estimate(run, m, steps[t], predictive);
      } catch (Undefined e) {
        band[t] = new MeanInterval(Double.NaN, Double.NaN, Double.NaN, 0);
        missing = missing == null ? e.getMessage() : missing;
      }
    }
    boolean any = false;
    for (MeanInterval i : band) {
      any |= !Double.isNaN(i.mean());
    }
    return new Course(m, steps, band, any ? null : missing);
  }

  /**
   * Mean and 95% t-interval over the replicates (with one, the interval is the value itself); with
   * {@code predictive}, mean and the 5% and 95% quantiles of the replicates' values.
   */
  static MeanInterval estimate(RunFiles run, Measure m, int step, boolean predictive)
      throws IOException, Undefined {
    int[] replicates = run.replicates();
    double[] values = new double[replicates.length];
    for (int k = 0; k < replicates.length; k++) {
      values[k] = m.at(run, replicates[k], step);
    }
    if (predictive) {
      double[] sorted = values.clone();
      java.util.Arrays.sort(sorted);
      double mean = 0;
      for (double v : values) mean += v / values.length;
      return new MeanInterval(
          mean, Quantiles.of(sorted, 0.05), Quantiles.of(sorted, 0.95), values.length);
    }
    MeanInterval i = MeanInterval.of(values);
    return i.n() == 1 ? new MeanInterval(i.mean(), i.mean(), i.mean(), 1) : i;
  }
}
