package org.civicsim.game;

import java.util.List;
import org.civicsim.batch.Simulation;
import org.civicsim.metrics.MetricSink;
import org.civicsim.metrics.Observer;
import org.civicsim.model.CivicModel;
import org.civicsim.scenario.ScenarioException;

/**
 * A game's decade as one replicate for the results writers: the saved decisions replayed year by
 * year through {@link YearRun}, observed at week 0, every {@code output.record_every} weeks and at
 * the last week, as a scenario's run is.
 */
final class GameSimulation implements Simulation {
  private final GameSetup setup;
  private final List<List<String>> policies;

  /** {@code policies}: each year's overrides, in order (one per year of the game). */
  GameSimulation(GameSetup setup, List<List<String>> policies) {
    this.setup = setup;
    this.policies = List.copyOf(policies);
  }

  @Override
  public int weeks() {
    return policies.size() * YearRun.WEEKS;
  }

  @Override
  public void run(long seed, MetricSink sink, Runnable weekDone) {
    try {
      int every = setup.load(policies.get(0)).output().recordEvery();
      boolean wards = setup.load(policies.get(0)).output().wards();
      int last = weeks();
      YearRun.Watcher watcher =
          new YearRun.Watcher() {
            Observer observer;

            @Override
            public void started(CivicModel model) {
              if (YearRun.seed(model.scenario()) != seed) {
                throw new IllegalStateException("a game has one replicate, on the scenario's seed");
              }
              observer = new Observer(model);
              observer.observe(sink, wards);
            }

            @Override
            public void weekDone(CivicModel model) {
              weekDone.run();
              int week = model.week();
              if (week % every == 0 || week == last) observer.observe(sink, wards);
            }
          };
      try (YearRun run = new YearRun(setup, watcher)) {
        for (int r = 0; r < policies.size(); r++) run.play(r + 1, policies.get(r));
      }
    } catch (ScenarioException e) {
      throw new IllegalStateException("the game's scenario cannot be loaded: " + e.getMessage(), e);
    }
  }
}
