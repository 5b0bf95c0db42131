package org.civicsim.metrics;

/** Receives one recorded step's metric values; writers and charts implement it. */
public interface MetricSink {
  /** A metric for a group (indices into {@link MetricNames#METRICS} and {@link MetricNames#GROUPS}). */
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
}
