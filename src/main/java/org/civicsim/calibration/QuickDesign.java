package org.civicsim.calibration;

import java.util.List;

/**
 * {@code calibrate --quick}: the same fit on a smaller England (five councils of 300 adults, four
 * wards each, a year's burn-in, five years run) with a small budget, about a minute on two cores;
 * the tests and the simulation-based check use it.
 */
public final class QuickDesign {
  private QuickDesign() {}

  /** Changes to the calibration's scenario. */
  public static final List<String> SET =
      List.of(
          "borough.count=5",
          "borough.residents=300",
          "borough.wards=4",
          "behaviour.burn_in_weeks=52",
          "steps=260");

  /** Runs in a round. */
  public static final int PARTICLES = 60;

  /** The budget. */
  public static final int SIMULATIONS = 300;
}
