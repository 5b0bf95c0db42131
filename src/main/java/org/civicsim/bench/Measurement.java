package org.civicsim.bench;

/**
 * One line of bench.csv: a variant at a population size and thread count, its cost in nanoseconds
 * per resident-week and the heap it keeps alive per resident, in bytes. The setup time (seconds,
 * building the population and ties and the burn-in; NaN where not measured) and whether this thread
 * count reproduced the one-thread results (null where not compared) go to the printed table only.
 */
public record Measurement(
    String variant,
    int residents,
    int threads,
    int steps,
    double nsPerResidentStep,
    double bytesPerResident,
    double setupSeconds,
    Boolean sameAsOneThread) {

  public static final String MODEL = "model";
  public static final String ROOFLINE = "roofline";
  public static final String MASON_IDIOMATIC = "mason-idiomatic";

  /** The columns of bench.csv, in order. */
  public static final String CSV_HEADER =
      "variant,residents,threads,steps,ns_per_resident_step,bytes_per_resident";
}
