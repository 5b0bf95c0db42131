package org.civicsim.history;

import java.io.IOException;
import java.util.List;

/**
 * A quantity read from a run's result files that a published figure can be set beside: its name in
 * the observed-data file, how a chart titles it and labels its axis, the result files it reads and
 * how to compute it for one replicate at one recorded week.
 *
 * @param percent whether values are shares or changes best read as percentages
 * @param needs the result files it reads; without one of them it is "n/a (needs FILE)"
 */
public record Measure(
    String name, String title, String axis, boolean percent, List<String> needs, Level level) {

  /** The measure's value for one replicate at one recorded week. */
  @FunctionalInterface
  public interface Level {
    /**
     * The value in {@code replicate} at {@code step}.
     *
     * @throws Undefined when the run's files cannot give it, with the reason
     */
    double at(RunFiles run, int replicate, int step) throws IOException, Undefined;
  }

  /** The value in {@code replicate} at {@code step}, after checking the files it needs. */
  public double at(RunFiles run, int replicate, int step) throws IOException, Undefined {
    for (String file : needs) {
      if (!run.has(file)) {
        throw new Undefined("needs " + file);
      }
    }
    double x = level.at(run, replicate, step);
    if (Double.isNaN(x)) {
      throw new Undefined("not recorded at week " + step);
    }
    return x;
  }
}
