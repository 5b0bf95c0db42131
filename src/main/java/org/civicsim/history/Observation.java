package org.civicsim.history;

/**
 * One published figure from the observed-data file: a measure in a financial year (2010 meaning
 * 2010/11), its value with the band within which the model counts as matching it, whether it is a
 * fitting target or a check, and where it comes from. Values are in the measure's own units (shares
 * 0-1, ratios, changes as fractions: -0.177 for -17.7%).
 *
 * @param line the line of the file it was read from (1 = the header)
 */
public record Observation(
    String measure,
    int year,
    double value,
    double bandLow,
    double bandHigh,
    Use use,
    String source,
    String citation,
    String note,
    int line) {

  /** What a figure is for (CALIBRATION.md, after "The decade 2010-2020"). */
  public enum Use {
    /**
     * A starting level, a gradient or a budget path that is an input: the model is fitted to it.
     */
    FIT,
    /** Something that happened over the decade: reported, never tuned to. */
    CHECK;

    /** The name as written in the file. */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** Whether {@code x} lies in the band, ends included. */
  public boolean inBand(double x) {
    return x >= bandLow && x <= bandHigh;
  }
}
