package org.civicsim.model.policy;

import org.civicsim.scenario.Council;

/**
 * Where a council makes its cuts: how much each budget head is protected from them (0 = cut like
 * any other, 1 = never cut), and how it chooses facilities to close. A head with protection p loses
 * (1 - p) times as much per pound as an unprotected one, so protection is relative: a protected
 * head is still cut when the money falls far enough. A new strategy is one new class and one line
 * in {@link #of}.
 */
public interface CutStrategy {

  /** Protection of {@code head} from cuts, 0-1. */
  double protection(BudgetHead head);

  /**
   * True when facilities are closed strictly in order of use, the council overriding its users' and
   * groups' resistance, with twice the usual closures a year.
   */
  default boolean closesLeastUsedFirst() {
    return false;
  }

  /** The strategy a scenario names. */
  static CutStrategy of(Council.CutStrategy choice) {
    return switch (choice) {
      case SALAMI_SLICE -> new SalamiSlice();
      case PROTECT_STATUTORY -> new ProtectStatutory();
      case CLOSE_LEAST_USED -> new CloseLeastUsed();
      case CD_FIRST -> new CdFirst();
    };
  }

  /**
   * Shares {@code available} GBP among heads that cost {@code base} in full: if it covers them all
   * each gets its base; otherwise the shortfall falls on each head in proportion to its base times
   * (1 - protection), and a head cut to nothing passes the rest of its share to the others.
   */
  default double[] allocate(double[] base, double available) {
    int n = base.length;
    double[] out = base.clone();
    double total = 0;
    for (double b : base) total += b;
    double shortfall = total - Math.max(0, available);
    boolean[] empty = new boolean[n];
    BudgetHead[] heads = BudgetHead.values();
    while (shortfall > 1e-9) {
      double weight = 0;
      for (int h = 0; h < n; h++) {
        if (!empty[h]) weight += out[h] > 0 ? base[h] * (1 - protection(heads[h])) : 0;
      }
      if (weight <= 0) {
        // Only fully protected heads are left: they are cut alike.
        for (int h = 0; h < n; h++) if (!empty[h]) weight += out[h];
        if (weight <= 0) break;
        double r = Math.max(0, 1 - shortfall / weight);
        for (int h = 0; h < n; h++) out[h] *= r;
        break;
      }
      double rest = 0;
      for (int h = 0; h < n; h++) {
        if (empty[h] || out[h] <= 0) continue;
        double cut = shortfall * base[h] * (1 - protection(heads[h])) / weight;
        if (cut >= out[h]) {
          rest += cut - out[h];
          out[h] = 0;
          empty[h] = true;
        } else {
          out[h] -= cut;
        }
      }
      shortfall = rest;
    }
    return out;
  }
}
