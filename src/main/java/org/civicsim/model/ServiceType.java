package org.civicsim.model;

/**
 * The kinds of local service, each with the weekly hours a resident of each income quintile
 * needs and what an hour costs the council. The four together cost about GBP 570 per resident a
 * year, the order of English councils' non-education service spending per head around 2010 (IFS
 * 2015); adult care is about 60% of it and needed most by the poorest.
 */
public enum ServiceType {
  /** Adult social care: statutory, need falls with income. */
  ADULT_CARE(true, 25.0, new double[] {0.40, 0.32, 0.26, 0.21, 0.16}),
  /** Libraries: discretionary, used alike. */
  LIBRARY(false, 20.0, new double[] {0.02, 0.02, 0.02, 0.02, 0.02}),
  /** Youth services: discretionary, needed most in poorer households. */
  YOUTH(false, 25.0, new double[] {0.040, 0.035, 0.030, 0.025, 0.020}),
  /** Parks and streets: discretionary, used alike. */
  PARKS(false, 15.0, new double[] {0.20, 0.20, 0.20, 0.20, 0.20});

  /** Number of service types. */
  public static final int COUNT = values().length;

  private static final ServiceType[] ALL = values();

  /** The service types in order; one shared array, where {@code values()} copies it each call. */
  static ServiceType[] all() {
    return ALL;
  }

  private final boolean statutory;
  private final double costPerHour;
  private final double[] needByQuintile;

  ServiceType(boolean statutory, double costPerHour, double[] needByQuintile) {
    this.statutory = statutory;
    this.costPerHour = costPerHour;
    this.needByQuintile = needByQuintile;
  }

  /** True when the council must provide it by law (cuts protect it under protect-statutory). */
  public boolean statutory() {
    return statutory;
  }

  /** GBP per hour of service when the council provides it. */
  public double costPerHour() {
    return costPerHour;
  }

  /** Hours a week a resident of quintile q (0 = poorest) needs. */
  public double need(int q) {
    return needByQuintile[q];
  }

  /** Hours a week of all services a resident of quintile q needs. */
  public static double totalNeed(int q) {
    return TOTAL_NEED[q];
  }

  /** {@link #totalNeed} by quintile, summed once: it is read for every resident observed. */
  private static final double[] TOTAL_NEED = new double[5];

  static {
    for (int q = 0; q < 5; q++) {
      for (ServiceType s : values()) TOTAL_NEED[q] += s.need(q);
    }
  }
}
