package org.civicsim.metrics;

import org.civicsim.model.pb.Election;

/** Receives one recorded step's metric values; writers and charts implement it. */
public interface MetricSink {
  /**
   * A metric for a group (indices into {@link MetricNames#METRICS} and {@link MetricNames#GROUPS}).
   */
  void group(int step, int metric, int group, double value);

  /** A metric for one ward (global ward index, 0-based, over all boroughs). */
  void ward(int step, int metric, int ward, double value);

  /**
   * One council's spend this week on one budget line ({@link MetricNames#SPEND_LINES}), GBP per
   * week; {@code council} is the borough's name. Sinks that keep only the contract metrics ignore
   * it.
   */
  default void spend(int step, String council, int line, double value) {}

  /**
   * One point of the residents' Lorenz curve of voice at the final week: the share of voice (0-1)
   * held by the {@code populationShare} (0-1) of residents with the least voice. Emitted once per
   * replicate, {@link MetricNames#LORENZ_POINTS} points in increasing order.
   */
  default void voiceLorenz(int step, double populationShare, double voiceShare) {}

  /**
   * One measure of one service in one council this week ({@code services.csv}): the facilities
   * {@code open_council}, {@code open_community} and {@code closed}, {@code hours_needed} and
   * {@code hours_supplied} (hours a week) and {@code spend} (GBP a week, real terms).
   */
  default void service(int step, String council, String service, String measure, double value) {}

  /**
   * One ward of the run and its council, with their national deprivation deciles (1 = most
   * deprived) and the ward's residents; emitted once per replicate, at the first recorded week.
   */
  default void place(String council, int councilDecile, int ward, int wardDecile, int residents) {}

  /** A metric (a contract metric's name, or {@code spend_per_head}) for one council. */
  default void council(int step, String metric, String council, double value) {}

  /**
   * One project of a participatory-budgeting round held in week {@code step} by council {@code
   * council}, in ward {@code ward}: its id, cost (GBP), approvals and whether it won (pb.csv).
   */
  default void pbProject(
      int step, String council, int ward, String project, long cost, int votes, boolean selected) {}

  /**
   * One vote of that round as counted ({@code unit}: a {@code ward<id>}, or {@code borough}), for
   * writing as a Pabulib file when {@code output.pb_files} asks.
   */
  default void pbElection(int step, String council, String unit, Election election) {}
}
