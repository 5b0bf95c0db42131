package org.civicsim.batch;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civicsim.metrics.MetricSink;
import org.civicsim.model.Seeds;
import org.civicsim.scenario.Scenario;

/**
 * The replicates of a run over posterior draws: replicate {@code d * R + r} runs draw d's scenario
 * (the scenario with that draw's constants) with the seed the batch gives replicate {@code d * R +
 * r}, which is how a replicate's seed tells which draw it belongs to.
 */
final class DrawSimulation implements Simulation {
  private final Map<Long, ModelSimulation> bySeed = new HashMap<>();
  private final int weeks;

  /**
   * @param draws the scenario of each draw
   * @param replicates replicates of each draw (R)
   * @param seed the run's seed, from which replicate k's seed is {@code Seeds.replicate(seed, k)}
   */
  DrawSimulation(List<Scenario> draws, int replicates, long seed, int threadsPerRun) {
    for (int d = 0; d < draws.size(); d++) {
      ModelSimulation s = new ModelSimulation(draws.get(d), threadsPerRun);
      for (int r = 0; r < replicates; r++) {
        ModelSimulation before = bySeed.put(Seeds.replicate(seed, d * replicates + r), s);
        if (before != null) {
          throw new IllegalStateException("two replicates with one seed");
        }
      }
    }
    this.weeks = draws.get(0).steps();
  }

  @Override
  public int weeks() {
    return weeks;
  }

  @Override
  public void run(long seed, MetricSink sink, Runnable weekDone) {
    ModelSimulation s = bySeed.get(seed);
    if (s == null) {
      throw new IllegalArgumentException("no draw has a replicate with seed " + seed);
    }
    s.run(seed, sink, weekDone);
  }
}
