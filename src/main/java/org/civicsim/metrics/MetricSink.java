package org.civicsim.metrics;

/** Receives one recorded step's metric values; writers and charts implement it. */
public interface MetricSink {
  /** A metric for a group (indices into {@link MetricNames#METRICS} and {@link MetricNames#GROUPS}). */
  void group(int step, int metric, int group, double value);

  /** A metric for one ward (global ward index, 0-based, over all boroughs). */
  void ward(int step, int metric, int ward, double value);
}
