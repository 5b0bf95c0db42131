package org.civicsim.batch;

import java.util.Arrays;
import org.civicsim.metrics.MetricNames;
import org.civicsim.metrics.MetricSink;
import org.civicsim.model.pb.Election;

/**
 * Passes a replicate's metrics on to another sink and keeps the last value seen for each metric and
 * group: after the run, the values at the final step (which is always recorded).
 */
final class FinalValues implements MetricSink {
  private static final int GROUPS = MetricNames.GROUPS.size();

  private final MetricSink next;
  private final double[] values = new double[MetricNames.METRICS.size() * GROUPS];

  FinalValues(MetricSink next) {
    this(next, null);
  }

  /** Passing on to {@code next}, starting from the values {@code saved} (when not null). */
  FinalValues(MetricSink next, double[] saved) {
    this.next = next;
    Arrays.fill(values, Double.NaN);
    if (saved != null) {
      System.arraycopy(saved, 0, values, 0, Math.min(saved.length, values.length));
    }
  }

  @Override
  public void group(int step, int metric, int group, double value) {
    values[metric * GROUPS + group] = value;
    next.group(step, metric, group, value);
  }

  @Override
  public void ward(int step, int metric, int ward, double value) {
    next.ward(step, metric, ward, value);
  }

  @Override
  public void spend(int step, String council, int line, double value) {
    next.spend(step, council, line, value);
  }

  @Override
  public void voiceLorenz(int step, double populationShare, double voiceShare) {
    next.voiceLorenz(step, populationShare, voiceShare);
  }

  @Override
  public void service(int step, String council, String service, String measure, double value) {
    next.service(step, council, service, measure, value);
  }

  @Override
  public void place(String council, int councilDecile, int ward, int wardDecile, int residents) {
    next.place(council, councilDecile, ward, wardDecile, residents);
  }

  @Override
  public void council(int step, String metric, String council, double value) {
    next.council(step, metric, council, value);
  }

  @Override
  public void pbProject(
      int step, String council, int ward, String project, long cost, int votes, boolean selected) {
    next.pbProject(step, council, ward, project, cost, votes, selected);
  }

  @Override
  public void pbElection(int step, String council, String unit, Election election) {
    next.pbElection(step, council, unit, election);
  }

  /** The last value of each metric and group, indexed {@code metric * groups + group}. */
  double[] values() {
    return values;
  }
}
