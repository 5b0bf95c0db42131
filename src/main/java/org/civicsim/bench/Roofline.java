package org.civicsim.bench;

import org.civicsim.model.CivicModel;
import org.civicsim.model.Population;
import org.civicsim.model.Seeds;
import org.civicsim.model.ThreadTeam;
import org.civicsim.model.Ties;

/**
 * The least work a resident's week can be: read last week's activity of every tie (the model's own
 * ties, copied into flat arrays), draw one counter-based uniform, make a logistic choice, write
 * this week's activity. The model's per-resident cost divided by this one is how much the model's
 * behaviour costs above the memory traffic that any model of this shape must pay.
 */
final class Roofline {
  private final int n;
  private final int[] offsets;
  private final int[] targets;

  /** Each resident's own propensity to act, the intercept of the logistic choice. */
  private final float[] propensity;

  private byte[] prev;
  private byte[] next;
  private final long key;
  private int week;

  /** A kernel over the ties and last-week activity of a started model (which may then go). */
  Roofline(CivicModel model, long seed) {
    Population p = model.population();
    Ties t = model.ties();
    n = p.n;
    offsets = new int[n + 1];
    for (int i = 0; i < n; i++) offsets[i + 1] = t.end(i);
    targets = new int[(int) t.stored()];
    for (int k = 0; k < targets.length; k++) targets[k] = t.target(k);
    propensity = new float[n];
    for (int i = 0; i < n; i++) propensity[i] = (float) (-3.0 + 2.0 * p.motivation[i]);
    prev = new byte[n];
    for (int i = 0; i < n; i++) prev[i] = p.wasActive(i) ? (byte) 1 : (byte) 0;
    next = new byte[n];
    key = Seeds.mix(seed ^ 0x452821E638D01377L);
  }

  /** A fresh run over the same ties and propensities from the same starting week. */
  private Roofline(Roofline from) {
    n = from.n;
    offsets = from.offsets;
    targets = from.targets;
    propensity = from.propensity;
    prev = from.prev.clone();
    next = new byte[n];
    key = from.key;
    week = from.week;
  }

  /** A copy to step, leaving this one as it is. */
  Roofline copy() {
    return new Roofline(this);
  }

  int residents() {
    return n;
  }

  /** One week for every resident, block by block over {@code blocks}. */
  void step(ThreadTeam blocks) {
    final int w = week;
    int size = CivicModel.BLOCK; // the model's own blocks, so the two are compared alike
    int count = (n + size - 1) / size;
    blocks.forEachBlock(count, b -> range(b * size, Math.min(n, (b + 1) * size), w));
    byte[] t = prev;
    prev = next;
    next = t;
    week++;
  }

  private void range(int lo, int hi, int w) {
    final int[] off = offsets;
    final int[] tg = targets;
    final byte[] last = prev;
    final byte[] now = next;
    final long weekKey = Seeds.keyOf(key, w); // the week mixed once, as the model does
    for (int i = lo; i < hi; i++) {
      int a = off[i];
      int e = off[i + 1];
      int active = 0;
      for (int k = a; k < e; k++) active += last[tg[k]];
      double share = e > a ? active / (double) (e - a) : 0;
      double u = propensity[i] + 3.0 * share;
      double p = 1 / (1 + Math.exp(-u));
      now[i] = Seeds.uniform(weekKey, i) < p ? (byte) 1 : (byte) 0;
    }
  }

  /** A digest of last week's activity, to check that any number of threads gives the same. */
  long digest() {
    long h = 17;
    for (byte b : prev) h = h * 31 + b;
    return h;
  }
}
