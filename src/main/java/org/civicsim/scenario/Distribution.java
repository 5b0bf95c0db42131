package org.civicsim.scenario;

/** A distribution to draw one number per resident from. */
public record Distribution(
    @Param(doc = "fixed, uniform, uniform_int or normal.", def = "normal") Kind distribution,
    @Param(doc = "The value, for fixed.", def = "0.25") double value,
    @Param(doc = "Lower end, for uniform and uniform_int (inclusive).", def = "0") double min,
    @Param(doc = "Upper end, for uniform and uniform_int (inclusive).", def = "1") double max,
    @Param(doc = "Mean, for normal.", def = "0.25") double mean,
    @Param(doc = "Standard deviation, for normal.", def = "0.12", min = 0) double sd)
    implements java.io.Serializable {

  /** Distribution families. */
  public enum Kind implements Choice {
    FIXED,
    UNIFORM,
    UNIFORM_INT,
    NORMAL;

    @Override
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
