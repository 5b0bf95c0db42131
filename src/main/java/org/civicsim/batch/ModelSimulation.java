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
  private final int threadsPerRun;

  public ModelSimulation(Scenario scenario) {
    this(scenario, 1);
  }

  /**
   * A replicate stepped on {@code threadsPerRun} threads: used when there are more threads than
   * replicates; the results are the same whatever the number.
   */
  public ModelSimulation(Scenario scenario, int threadsPerRun) {
    this.scenario = scenario;
    this.threadsPerRun = Math.max(1, threadsPerRun);
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
    model.setThreads(threadsPerRun);
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
