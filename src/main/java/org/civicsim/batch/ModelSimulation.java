package org.civicsim.batch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CancellationException;
import org.civicsim.metrics.MetricSink;
import org.civicsim.metrics.Observer;
import org.civicsim.model.CivicModel;
import org.civicsim.scenario.Scenario;
import sim.engine.SimState;

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
    run(seed, null, sink, weekDone, null);
  }

  /**
   * Runs or continues a replicate; {@code from} is a MASON checkpoint of the model (see {@link
   * SimState#writeToCheckpoint(java.io.OutputStream)}) after a week, whose rows up to that week
   * were already recorded.
   */
  @Override
  public void run(long seed, byte[] from, MetricSink sink, Runnable weekDone, Saves saves) {
    int steps = scenario.steps();
    int every = scenario.output().recordEvery();
    boolean wards = scenario.output().wards();
    CivicModel model = from == null ? new CivicModel(scenario, seed) : restore(from);
    model.setThreads(threadsPerRun);
    if (from == null) {
      model.start();
    }
    try {
      Observer observer = new Observer(model);
      if (from == null) {
        observer.observe(sink, wards);
      }
      for (int week = model.week() + 1; week <= steps; week++) {
        if (Thread.currentThread().isInterrupted()) {
          throw new CancellationException("stopped at week " + week);
        }
        model.schedule.step(model);
        weekDone.run();
        if (week % every == 0 || week == steps) {
          observer.observe(sink, wards);
        }
        if (saves != null && week % saves.every() == 0 && week < steps) {
          saves.save(week, checkpoint(model));
        }
      }
    } finally {
      model.finish();
    }
  }

  private static CivicModel restore(byte[] state) {
    try {
      return (CivicModel) SimState.readFromCheckpoint(new ByteArrayInputStream(state));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException | ClassCastException e) {
      throw new IllegalStateException("the saved model is not a civicsim model", e);
    }
  }

  private static byte[] checkpoint(CivicModel model) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
    try {
      model.writeToCheckpoint(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
