package org.civicsim.model;

import org.civicsim.scenario.Council;
import org.civicsim.scenario.Cuts;

/**
 * A council's real-terms budget year by year: the year-0 budget times what the cuts leave, and the
 * change in council tax. The total cut over the cut years is the same for every profile: (1 -
 * rate)^years of the budget remains; the profile only says how early it falls.
 */
final class BudgetPath implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  private final Council council;
  private final double rate;

  /**
   * @param boroughDeprivation 0-1, deepens the cut by the scenario's deprivation gradient
   */
  BudgetPath(Council council, double boroughDeprivation) {
    this.council = council;
    Cuts c = council.cuts();
    this.rate =
        Math.min(
            1.0,
            c.realTermsPerYear() * (1 + 2 * c.deprivationGradient() * (boroughDeprivation - 0.5)));
  }

  /** The cut rate a year this borough faces. */
  double rate() {
    return rate;
  }

  /** Share of the year-0 budget available in year y (0 = first year). */
  double factor(int year) {
    Cuts c = council.cuts();
    double done;
    int into = year - c.startYear();
    if (c.years() == 0 || into <= 0) {
      done = 0;
    } else if (into >= c.years()) {
      done = 1;
    } else {
      double s = into / (double) c.years();
      done =
          switch (c.profile()) {
            case EVEN -> s;
            case FRONT_LOADED -> 1 - (1 - s) * (1 - s);
            case BACK_LOADED -> s * s;
          };
    }
    double retained = rate >= 1.0 ? (done > 0 ? 0 : 1) : StrictMath.pow(1 - rate, c.years() * done);
    double tax = 1 + council.taxShare() * (StrictMath.pow(1 + council.taxChange(), year) - 1);
    return Math.max(0, retained * tax);
  }
}
