package org.civicsim.gui;

import org.civicsim.metrics.MetricNames;
import org.civicsim.metrics.MetricSink;

/**
 * The latest measured week of one model: every contract metric for every group, and coverage and
 * participation for every ward (shares 0-1). Filled by the metrics observer at the chart interval,
 * read by the charts and the map; the arrays are made once.
 */
final class Snapshot implements MetricSink {
  final double[][] group = new double[MetricNames.METRICS.size()][MetricNames.GROUPS.size()];
  double[] wardCoverage = new double[0];
  double[] wardParticipation = new double[0];

  void wards(int count) {
    if (wardCoverage.length != count) {
      wardCoverage = new double[count];
      wardParticipation = new double[count];
    }
  }

  @Override
  public void group(int step, int metric, int g, double value) {
    group[metric][g] = value;
  }

  @Override
  public void ward(int step, int metric, int ward, double value) {
    if (ward >= wardCoverage.length) return;
    if (metric == MetricNames.COVERAGE) wardCoverage[ward] = value;
    if (metric == MetricNames.PARTICIPATION_ANY) wardParticipation[ward] = value;
  }
}
