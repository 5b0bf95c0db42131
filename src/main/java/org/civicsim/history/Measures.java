package org.civicsim.history;

import static org.civicsim.io.ResultFiles.METRICS_COUNCILS;
import static org.civicsim.io.ResultFiles.METRICS_WARDS;
import static org.civicsim.io.ResultFiles.PLACES;
import static org.civicsim.io.ResultFiles.SERVICES;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civicsim.metrics.MetricNames;
import org.civicsim.report.MetricLabels;
import org.civicsim.scenario.Suggest;

/**
 * Every measure the observed-data file may name. A contract metric is a measure with no code:
 * {@code participation_civic} is its value for all residents, {@code participation_civic:q1} for
 * the poorest fifth. The others are one entry each below; a new one is one more entry.
 */
public final class Measures {
  private Measures() {}

  private static final String SINCE_2009 = "Change since 2009/10 (%)";
  private static final String SINCE_2010 = "Change since 2010/11 (%)";
  private static final String ADULT_CARE = "adult_care";
  private static final java.util.Set<String> SOCIAL_CARE =
      java.util.Set.of(ADULT_CARE, "childrens_social_care");

  private static final Map<String, Measure> NAMED = new LinkedHashMap<>();

  static {
    add(
        "civic_area_ratio",
        "Civic participation, most over least deprived fifth of wards",
        "Ratio of shares (1 = no gap)",
        false,
        List.of(METRICS_WARDS, PLACES),
        Levels.wardFifthsRatio("participation_civic"));
    add(
        "formal_area_ratio",
        "Formal volunteering, most over least deprived fifth of wards",
        "Ratio of shares (1 = no gap)",
        false,
        List.of(METRICS_WARDS, PLACES),
        Levels.wardFifthsRatio("participation_formal"));
    add(
        "care_share",
        "Social care's (adult and children's) share of council service spending",
        "Share of service spending (%)",
        true,
        List.of(SERVICES),
        Levels.ratio(Levels.spend(SOCIAL_CARE::contains), Levels.spend(s -> true)));
    add(
        "care_spend_change",
        "Real change in adult social care spending",
        SINCE_2010,
        true,
        List.of(SERVICES),
        Levels.change(Levels.spend(ADULT_CARE::equals), 2010));
    add(
        "noncare_spend_change",
        "Real change in spending on services other than social care",
        SINCE_2010,
        true,
        List.of(SERVICES),
        Levels.change(Levels.spend(s -> !SOCIAL_CARE.contains(s)), 2010));
    add(
        "library_branches_change",
        "Library branches open (council or community run)",
        SINCE_2009,
        true,
        List.of(SERVICES),
        Levels.change(Levels.open("libraries"), 2009));
    add(
        "library_spend_change",
        "Real change in spending on libraries",
        SINCE_2009,
        true,
        List.of(SERVICES),
        Levels.change(Levels.spend("libraries"::equals), 2009));
    add(
        "community_libraries_share",
        "Share of open libraries run by community groups",
        "Share of open libraries (%)",
        true,
        List.of(SERVICES),
        (run, r, step) ->
            Levels.services(run, r, step, "libraries"::equals, "open_community")
                / Levels.open("libraries").at(run, r, step));
    add(
        "childrens_centres_change",
        "Children's centres open (council or community run)",
        SINCE_2009,
        true,
        List.of(SERVICES),
        Levels.change(Levels.open("childrens_centres"), 2009));
    add(
        "spend_per_head_ratio",
        "Spending per head, most over least deprived councils",
        "Ratio of spending per head (1 = equal)",
        false,
        List.of(METRICS_COUNCILS, PLACES),
        Levels.ratio(
            Levels.spendPerHead(Levels.Tenth.MOST), Levels.spendPerHead(Levels.Tenth.LEAST)));
    add(
        "spend_per_head_change_most_deprived",
        "Real change in spending per head, most deprived councils",
        SINCE_2009,
        true,
        List.of(METRICS_COUNCILS, PLACES),
        Levels.change(Levels.spendPerHead(Levels.Tenth.MOST), 2009));
    add(
        "spend_per_head_change_least_deprived",
        "Real change in spending per head, least deprived councils",
        SINCE_2009,
        true,
        List.of(METRICS_COUNCILS, PLACES),
        Levels.change(Levels.spendPerHead(Levels.Tenth.LEAST), 2009));
    add(
        "council_spend_change",
        "Real change in council spending (all councils)",
        SINCE_2009,
        true,
        List.of(),
        Levels.change(Levels.metric("council_spend", "all"), 2009));
  }

  private static void add(
      String name,
      String title,
      String axis,
      boolean percent,
      List<String> needs,
      Measure.Level level) {
    NAMED.put(name, new Measure(name, title, axis, percent, needs, level));
  }

  /**
   * The measure called {@code name}: a named one, or a contract metric as {@code metric} (all
   * residents) or {@code metric:group}; null when there is none.
   */
  public static Measure resolve(String name) {
    Measure named = NAMED.get(name);
    if (named != null) {
      return named;
    }
    int colon = name.indexOf(':');
    String metric = colon < 0 ? name : name.substring(0, colon);
    String group = colon < 0 ? "all" : name.substring(colon + 1);
    if (!MetricNames.METRICS.contains(metric) || !MetricNames.GROUPS.contains(group)) {
      return null;
    }
    MetricLabels.Label label = MetricLabels.of(metric);
    String title = label.title() + (group.equals("all") ? "" : ", " + MetricLabels.group(group));
    return new Measure(
        name, title, label.axis(), label.share(), List.of(), Levels.metric(metric, group));
  }

  /** Whether {@code name} is a measure. */
  public static boolean isKnown(String name) {
    return resolve(name) != null;
  }

  /** The named measures, in the order above. */
  public static List<String> named() {
    return List.copyOf(NAMED.keySet());
  }

  /** What to say of an unknown measure: the nearest known name, and where the list is. */
  static String unknown(String name) {
    List<String> all = new ArrayList<>(NAMED.keySet());
    for (String m : MetricNames.METRICS) {
      all.add(m);
      for (String g : MetricNames.GROUPS) {
        all.add(m + ":" + g);
      }
    }
    String best = Suggest.nearest(name, all);
    String hint = best == null ? "" : "; did you mean '" + best + "'?";
    return "unknown measure '"
        + name
        + "'"
        + hint
        + " (a metric of metrics.csv, metric:group, or one of docs/history.md)";
  }
}
