package org.civicsim.metrics;

import java.util.List;

/** The metric and group names of the output contract (DESIGN.md section 1, "Outputs"). */
public final class MetricNames {
  private MetricNames() {}

  public static final int PARTICIPATION_FORMAL = 0;
  public static final int PARTICIPATION_INFORMAL = 1;
  public static final int PARTICIPATION_CIVIC = 2;
  public static final int PARTICIPATION_ANY = 3;
  public static final int COPRODUCTION = 4;
  public static final int VOICE_GINI = 5;
  public static final int VOICE_SHARE = 6;
  public static final int COVERAGE = 7;
  public static final int COVERAGE_GAP = 8;
  public static final int SERVICES_COUNCIL = 9;
  public static final int SERVICES_COMMUNITY = 10;
  public static final int SERVICES_CLOSED = 11;
  public static final int GROUPS_ACTIVE = 12;
  public static final int VOLUNTEER_HOURS = 13;
  public static final int COUNCIL_SPEND = 14;
  public static final int CD_WORKERS = 15;
  public static final int TRUST_MEAN = 16;
  public static final int ACTIVE_SHARE = 17;
  public static final int PB_TURNOUT = 18;

  /** Metric names, indexed by the constants above. */
  public static final List<String> METRICS =
      List.of(
          "participation_formal",
          "participation_informal",
          "participation_civic",
          "participation_any",
          "coproduction",
          "voice_gini",
          "voice_share",
          "coverage",
          "coverage_gap",
          "services_council",
          "services_community",
          "services_closed",
          "groups_active",
          "volunteer_hours",
          "council_spend",
          "cd_workers",
          "trust_mean",
          "active_share",
          "pb_turnout");

  public static final int ALL = 0;
  public static final int MINORITY = 6;
  public static final int MAJORITY = 7;

  /** Group names: all, the income quintiles (q1 poorest), minority and majority. */
  public static final List<String> GROUPS =
      List.of("all", "q1", "q2", "q3", "q4", "q5", "minority", "majority");

  /**
   * Budget lines of council spend (spend.csv), in the order the model keeps them: statutory care,
   * discretionary services, community development staff, grants to groups, the innovation fund and
   * time credits. Their weekly spends add up to council_spend for all residents.
   */
  public static final List<String> SPEND_LINES = List.of(org.civicsim.model.Council.LINES);

  /**
   * Points of the residents' Lorenz curve of voice (voice-lorenz.csv): population shares 0, 1%,
   * ..., 100%.
   */
  public static final int LORENZ_POINTS = 101;

  /** Group index of income quintile q (0 = poorest). */
  public static int quintileGroup(int q) {
    return 1 + q;
  }
}
