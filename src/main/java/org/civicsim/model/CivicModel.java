package org.civicsim.model;

import org.civicsim.scenario.Scenario;
import sim.engine.SimState;

/** STUB: replaced by the real model. The borough(s), their councils and residents, week by week. */
public class CivicModel extends SimState {
  private static final long serialVersionUID = 1L;
  private final Scenario scenario;

  public CivicModel(Scenario scenario, long seed) {
    super(seed);
    this.scenario = scenario;
  }

  public Scenario scenario() {
    return scenario;
  }

  /** Weeks completed. */
  public int week() {
    return (int) Math.max(0, schedule.getSteps());
  }

  public int wardCount() {
    return 1;
  }
}
