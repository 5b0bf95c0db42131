package org.civicsim.report;

import java.util.Map;

/**
 * What each contract metric means on a chart: a title and an axis label with its unit (from
 * docs/ODD.md section 8), and whether its values are shares best read as percentages.
 */
public final class MetricLabels {
  private MetricLabels() {}

  /** A metric's chart title, axis label (with unit) and whether it is a 0-1 share. */
  public record Label(String title, String axis, boolean share) {}

  private static final Map<String, Label> LABELS =
      Map.ofEntries(
          Map.entry(
              "participation_formal",
              new Label("Formal volunteering (last 4 weeks)", "Share of adults (%)", true)),
          Map.entry(
              "participation_informal",
              new Label("Informal help (last 4 weeks)", "Share of adults (%)", true)),
          Map.entry(
              "participation_civic",
              new Label("Civic participation (last 52 weeks)", "Share of adults (%)", true)),
          Map.entry(
              "participation_any",
              new Label("Any participation (last 4 weeks)", "Share of adults (%)", true)),
          Map.entry(
              "coproduction",
              new Label("Co-production (last 4 weeks)", "Share of adults (%)", true)),
          Map.entry(
              "voice_gini",
              new Label(
                  "Inequality of voice (Gini across residents)",
                  "Gini of voice (0 = equal, 1 = one voice)",
                  false)),
          Map.entry(
              "voice_share",
              new Label(
                  "Voice relative to population share",
                  "Share of voice / share of residents (1 = in proportion)",
                  false)),
          Map.entry(
              "coverage", new Label("Service coverage (need-weighted)", "Needs covered (%)", true)),
          Map.entry(
              "coverage_gap",
              new Label(
                  "Coverage gap: richest minus poorest quintile",
                  "Difference in coverage (percentage points)",
                  true)),
          Map.entry(
              "services_council", new Label("Facilities run by the council", "Facilities", false)),
          Map.entry(
              "services_community",
              new Label("Facilities run by community groups", "Facilities", false)),
          Map.entry("services_closed", new Label("Facilities closed", "Facilities", false)),
          Map.entry("groups_active", new Label("Active community groups", "Groups", false)),
          Map.entry(
              "volunteer_hours",
              new Label("Volunteered hours", "Hours per week (all residents)", false)),
          Map.entry("council_spend", new Label("Council spend (all lines)", "GBP per week", false)),
          Map.entry(
              "cd_workers", new Label("Community-development workers", "Workers (people)", false)),
          Map.entry("trust_mean", new Label("Trust in the council", "Mean trust (0-1)", false)),
          Map.entry("active_share", new Label("Active this week", "Share of residents (%)", true)),
          Map.entry(
              "pb_turnout",
              new Label("Voted in the latest participatory budget", "Share of adults (%)", true)));

  /** The label of {@code metric}; an unknown metric is labelled by its own name. */
  public static Label of(String metric) {
    Label l = LABELS.get(metric);
    return l != null ? l : new Label(metric, metric, false);
  }

  /** A group's name as a reader says it: "q1" is "q1 (poorest fifth)". */
  public static String group(String group) {
    return switch (group) {
      case "all" -> "all residents";
      case "q1" -> "q1 (poorest fifth)";
      case "q5" -> "q5 (richest fifth)";
      default -> group;
    };
  }
}
