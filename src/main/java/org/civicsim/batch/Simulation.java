package org.civicsim.batch;

import org.civicsim.metrics.MetricSink;

/**
 * What one replicate is: a simulation run from week 0 with a given seed, reporting every recorded
 * week's metrics to a sink. The batch machinery runs it without knowing the model, so that ordering
 * and files can be tested with simple stand-ins.
 */
public interface Simulation {
  /** Weeks each replicate runs (the progress unit is one replicate-week). */
  int weeks();

  /**
   * Runs one replicate with {@code seed}, reporting recorded weeks to {@code sink} and calling
   * {@code weekDone} after each simulated week. Stops early, throwing {@link
   * java.util.concurrent.CancellationException}, if the thread is interrupted.
   */
  void run(long seed, MetricSink sink, Runnable weekDone);
}
