package org.civicsim.batch;

import java.util.concurrent.CancellationException;
import org.civicsim.metrics.MetricSink;
import org.civicsim.metrics.Observer;
import org.civicsim.model.CivicModel;
import org.civicsim.scenario.Scenario;

/**
 * A replicate of the civic model: built from the scenario and a replicate seed, observed at week 0,
 * stepped one week at a time for {@code steps} weeks, and observed every {@code
 * output.record_every} weeks and at the final week.
 */
public final class ModelSimulation implements Simulation {
  private final Scenario scenario;

  public ModelSimulation(Scenario scenario) {
    this.scenario = scenario;
  }

  @Override
  public int weeks() {
    return scenario.steps();
  }

  @Override
  public void run(long seed, MetricSink sink, Runnable weekDone) {
    int steps = scenario.steps();
    int every = scenario.output().recordEvery();
    boolean wards = scenario.output().wards();
    CivicModel model = new CivicModel(scenario, seed);
    model.start();
    try {
      Observer observer = new Observer(model);
      observer.observe(sink, wards);
      for (int week = 1; week <= steps; week++) {
        if (Thread.currentThread().isInterrupted()) {
          throw new CancellationException("stopped at week " + week);
        }
        model.schedule.step(model);
        weekDone.run();
        if (week % every == 0 || week == steps) {
          observer.observe(sink, wards);
        }
      }
    } finally {
      model.finish();
    }
  }
}
