package org.civicsim.history;

/**
 * Financial years and the model's weeks. Week 0 is April 2010; financial year Y (2010 meaning
 * 2010/11) is model year Y - 2010, weeks [52(Y - 2010), 52(Y - 2010) + 52). A year is read at its
 * end, the recorded step nearest week 52(Y - 2010 + 1), which reports the state after the year's
 * last week with that year's budget; so 2009/10 is read at week 0, the state the model starts from.
 */
public final class Years {
  /** The financial year that starts at week 0. */
  public static final int START = 2010;

  /** Weeks in a model year. */
  public static final int WEEKS = 52;

  private Years() {}

  /** The week at which financial year {@code year} ends. */
  public static int endWeek(int year) {
    return WEEKS * (year - START + 1);
  }

  /**
   * The recorded step nearest the end of {@code year} ({@code steps} ascending), the later of two
   * equally near, and the last recorded step for a year that ends after the run.
   */
  public static int step(int year, int[] steps) {
    int target = endWeek(year);
    int best = steps[steps.length - 1];
    if (target >= best) {
      return best;
    }
    for (int s : steps) {
      if (Math.abs(s - target) <= Math.abs(best - target)) {
        best = s;
      }
    }
    return best;
  }

  /** The time axis of the charts, in years from April: week 0 is 2010.0 (April 2010). */
  public static double time(int step) {
    return START + step / (double) WEEKS;
  }

  /** The name of a financial year: 2010 is "2010/11". */
  public static String label(int year) {
    return year + "/" + String.format("%02d", (year + 1) % 100);
  }
}
