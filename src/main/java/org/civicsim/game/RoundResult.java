package org.civicsim.game;

import java.util.List;
import java.util.Map;

/**
 * The place at the end of a budget year: every contract metric for every group ({@code
 * "metric:group"}, as in metrics.csv) and each ward as the map shows it.
 *
 * @param round the budget year just run, from 1
 * @param week the model's week at its end
 * @param metrics values keyed {@code metric:group}, in key order
 * @param wards the wards, in ward order
 */
public record RoundResult(int round, int week, Map<String, Double> metrics, List<Ward> wards) {

  /**
   * A ward at the end of the year.
   *
   * @param ward ward index (as in metrics-wards.csv)
   * @param decile national deprivation decile, 1 = most deprived
   * @param coverage need-weighted service coverage, 0-1
   * @param participation share of adults active in the last 4 weeks, 0-1
   * @param groups community groups active in the ward
   * @param council facilities run by the council
   * @param community facilities run by community groups
   * @param closed facilities closed
   */
  public record Ward(
      int ward,
      int decile,
      double coverage,
      double participation,
      int groups,
      int council,
      int community,
      int closed) {}

  /** A metric for a group, or NaN when it was not reported. */
  public double get(String metric, String group) {
    Double v = metrics.get(metric + ":" + group);
    return v == null ? Double.NaN : v;
  }
}
