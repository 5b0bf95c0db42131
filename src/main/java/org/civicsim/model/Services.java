package org.civicsim.model;

import org.civicsim.scenario.Constant;

/**
 * One facility of each {@link ServiceType} in each ward: who runs it, the hours it needs and the
 * hours it gets each week, and the coverage that follows (supplied over needed hours, at most 1).
 * Index {@code f = ward * ServiceType.COUNT + type}.
 */
public final class Services implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  public static final byte COUNCIL = 0;
  public static final byte COMMUNITY = 1;
  public static final byte CLOSED = 2;

  /** Hours of community provision count this much towards a closed facility's need. */
  @Constant(
      doc =
          "Share of an hour of community provision that counts towards a closed facility's need"
              + " (informal cover, no building or staff)",
      unit = "share 0-1",
      source = "Judgement")
  static final double INFORMAL_EFFECTIVENESS = 0.5;

  public final int wards;
  public final byte[] operator;

  /** Community group running the facility, or -1. */
  public final int[] runner;

  /** Hours a week needed. */
  public final double[] need;

  /** GBP a year the council gives the facility. */
  public final double[] funding;

  /** Hours a week the council's funding buys. */
  public final double[] councilHours;

  /** Hours a week given by groups and co-producing residents this week. */
  public final double[] communityHours;

  public final double[] coverage;

  /** Coverage of what residents of ward w and quintile q need: {@code [w * 5 + q]}. */
  public final double[] coverageByQuintile;

  /** Week the facility last closed, or {@link Population#NEVER}. */
  public final int[] closedAt;

  Services(int wards) {
    this.wards = wards;
    int f = wards * ServiceType.COUNT;
    operator = new byte[f];
    runner = new int[f];
    java.util.Arrays.fill(runner, -1);
    need = new double[f];
    funding = new double[f];
    councilHours = new double[f];
    communityHours = new double[f];
    coverage = new double[f];
    coverageByQuintile = new double[wards * 5];
    closedAt = new int[f];
    java.util.Arrays.fill(closedAt, Population.NEVER);
  }

  public static int index(int ward, ServiceType s) {
    return ward * ServiceType.COUNT + s.ordinal();
  }

  /** Sets each facility's need from the census, statutory need grown by {@code growth}. */
  void updateNeed(Wards w, int ward, double statutoryGrowthFactor) {
    for (ServiceType s : ServiceType.all()) {
      double h = w.need(ward, s);
      need[index(ward, s)] = s.statutory() ? h * statutoryGrowthFactor : h;
    }
  }

  /**
   * Recomputes coverage of every facility and of every quintile's needs from this week's hours; a
   * quintile's coverage weights each service by what its need costs (GBP, not hours).
   */
  void updateCoverage() {
    ServiceType[] types = ServiceType.all();
    for (int w = 0; w < wards; w++) {
      for (ServiceType s : types) {
        int f = index(w, s);
        double supplied =
            switch (operator[f]) {
              case COUNCIL -> councilHours[f] + communityHours[f];
              case COMMUNITY -> communityHours[f];
              default -> communityHours[f] * INFORMAL_EFFECTIVENESS;
            };
        coverage[f] = need[f] <= 0 ? 1.0 : Math.min(1.0, supplied / need[f]);
      }
      for (int q = 0; q < 5; q++) {
        double num = 0;
        double den = 0;
        for (ServiceType s : types) {
          num += s.need(q) * s.costPerHour() * coverage[index(w, s)];
          den += s.need(q) * s.costPerHour();
        }
        coverageByQuintile[w * 5 + q] = num / den;
      }
    }
  }

  /** Facilities of ward w run by {@code op}. */
  public int count(int ward, byte op) {
    int c = 0;
    for (int s = 0; s < ServiceType.COUNT; s++)
      if (operator[ward * ServiceType.COUNT + s] == op) c++;
    return c;
  }
}
