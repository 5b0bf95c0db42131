package org.civicsim.metrics;

import org.civicsim.model.CivicModel;

/** STUB: replaced by the real observer. Computes every contract metric at the current week. */
public final class Observer {
  private final CivicModel model;

  public Observer(CivicModel model) {
    this.model = model;
  }

  /** Emits every metric for every group (and every ward when asked) at the model's current week. */
  public void observe(MetricSink sink, boolean wards) {
    int step = model.week();
    for (int m = 0; m < MetricNames.METRICS.size(); m++) {
      for (int g = 0; g < MetricNames.GROUPS.size(); g++) sink.group(step, m, g, 0.0);
      if (wards) for (int w = 0; w < model.wardCount(); w++) sink.ward(step, m, w, 0.0);
    }
  }
}
