package org.civicsim.calibration;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.civicsim.batch.ModelSimulation;
import org.civicsim.batch.Progress;
import org.civicsim.batch.RunBatch;
import org.civicsim.history.Measure;
import org.civicsim.history.Measures;
import org.civicsim.history.Observation;
import org.civicsim.history.RunFiles;
import org.civicsim.history.Undefined;
import org.civicsim.history.Years;
import org.civicsim.io.FileTrees;
import org.civicsim.scenario.Scenario;
import org.civicsim.scenario.ScenarioException;
import org.civicsim.scenario.ScenarioLoader;

/**
 * civicsim as the calibration sees it: a point of constants becomes the scenario with those
 * constants, one replicate of it is run with the point's seed into a scratch folder, and each
 * observed figure to fit is read from its result files as {@code ./civicsim history} reads it. The
 * distance to the data is the root mean square over the figures of the model's departure from the
 * figure in units of its band (the side of the band the model falls on), so a model inside every
 * band is at most 1 away.
 */
public final class ModelDistance {
  private final Path scenarioFile;
  private final List<String> fixed;
  private final List<String> keys;
  private final List<Observation> figures;

  /**
   * @param fixed changes to the scenario for every point ({@code KEY=VALUE})
   * @param keys the constants a point sets, in its order
   * @param figures the observed figures to fit
   */
  public ModelDistance(
      Path scenarioFile, List<String> fixed, List<String> keys, List<Observation> figures) {
    this.scenarioFile = scenarioFile;
    this.fixed = List.copyOf(fixed);
    this.keys = List.copyOf(keys);
    this.figures = List.copyOf(figures);
  }

  /** The figures fitted, in order: the summary of an outcome has one value for each. */
  public List<Observation> figures() {
    return figures;
  }

  /** The scenario with the constants of {@code theta}. */
  public Scenario scenario(double[] theta) throws ScenarioException {
    return ScenarioLoader.load(scenarioFile, overrides(fixed, keys, theta));
  }

  /**
   * {@code fixed} followed by {@code KEY=VALUE} for each constant, written in full so that the
   * scenario gets exactly the double of the point.
   */
  public static List<String> overrides(List<String> fixed, List<String> keys, double[] theta) {
    List<String> out = new ArrayList<>(fixed);
    for (int k = 0; k < keys.size(); k++) {
      out.add(keys.get(k) + "=" + new BigDecimal(Double.toString(theta[k])).toPlainString());
    }
    return out;
  }

  /**
   * Runs one replicate of the point's scenario with seed {@code seed} in {@code scratch} (deleted
   * afterwards) and measures it.
   *
   * @throws ScenarioException when a constant is outside its key's range
   */
  public AbcSmc.Outcome simulate(double[] theta, long seed, Path scratch)
      throws ScenarioException, IOException, InterruptedException {
    Scenario s = scenario(theta);
    // What a run stopped part way left behind.
    FileTrees.delete(scratch);
    Files.createDirectories(scratch.resolve("parts"));
    try {
      new RunBatch(new ModelSimulation(s, 1), s.name(), seed, 1, 1, Progress.none())
          .run(scratch.resolve("parts"), scratch, (org.civicsim.batch.RunCheckpoint) null);
      double[] values = measure(new RunFiles(scratch));
      return new AbcSmc.Outcome(distance(values), values);
    } finally {
      FileTrees.delete(scratch);
    }
  }

  /** Each figure's measure in the run's first replicate; NaN when the run cannot give it. */
  double[] measure(RunFiles run) throws IOException {
    int replicate = run.replicates()[0];
    double[] values = new double[figures.size()];
    for (int i = 0; i < values.length; i++) {
      Observation o = figures.get(i);
      Measure m = Measures.resolve(o.measure());
      try {
        values[i] = m.at(run, replicate, Years.step(o.year(), run.steps()));
      } catch (Undefined e) {
        values[i] = Double.NaN;
      }
    }
    return values;
  }

  /**
   * The root mean square departure in band units; {@link Double#MAX_VALUE} when a figure is
   * undefined, so that such a point is never kept.
   */
  public double distance(double[] values) {
    double sum = 0;
    for (int i = 0; i < values.length; i++) {
      double d = departure(figures.get(i), values[i]);
      if (Double.isNaN(d)) {
        return Double.MAX_VALUE;
      }
      sum += d * d;
    }
    return Math.sqrt(sum / values.length);
  }

  /** How far {@code x} is from the figure, in units of the side of its band it falls on. */
  static double departure(Observation o, double x) {
    double side = x >= o.value() ? o.bandHigh() - o.value() : o.value() - o.bandLow();
    return Math.abs(x - o.value()) / side;
  }
}
