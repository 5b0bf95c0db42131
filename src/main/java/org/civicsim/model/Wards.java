package org.civicsim.model;

import java.util.List;
import org.civicsim.scenario.BoroughPolicy;

/**
 * The wards of every borough: which residents live in each (a contiguous range), how deprived each
 * is (0 least, 1 most), and who lives there by income quintile and minority status.
 */
public final class Wards implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  public final int count;

  /** First resident of each ward; {@code residentStart[count]} is the population. */
  public final int[] residentStart;

  public final double[] deprivation;
  public final int[] borough;

  /** First ward of each borough; the last entry is {@link #count}. */
  public final int[] boroughFirstWard;

  /** Residents of ward w in quintile q and minority status m: {@code [w][q * 2 + m]}. */
  public final int[][] census;

  /** Each ward's deprivation decile over every ward of the run, 1 = most deprived. */
  public final byte[] decile;

  /** Each borough's deprivation decile, 1 = most deprived: from its deprivation, 0-1. */
  public final byte[] boroughDecile;

  private Wards(int count, int boroughs) {
    this.count = count;
    residentStart = new int[count + 1];
    deprivation = new double[count];
    borough = new int[count];
    boroughFirstWard = new int[boroughs + 1];
    census = new int[count][10];
    decile = new byte[count];
    boroughDecile = new byte[boroughs];
  }

  /**
   * Lays out wards of equal population. Ward deprivation is spread evenly over 0..1 within a
   * borough and shifted by the borough's own deprivation when there are several.
   */
  static Wards layout(List<BoroughPolicy> locals) {
    int total = 0;
    for (BoroughPolicy l : locals) total += l.borough().wards();
    Wards w = new Wards(total, locals.size());
    int ward = 0;
    int resident = 0;
    for (int b = 0; b < locals.size(); b++) {
      BoroughPolicy l = locals.get(b);
      w.boroughFirstWard[b] = ward;
      int k = l.borough().wards();
      int n = l.borough().residents();
      double own = boroughDeprivation(l, b, locals.size());
      for (int j = 0; j < k; j++) {
        w.residentStart[ward] = resident;
        double spread = (j + 0.5) / k;
        w.deprivation[ward] = locals.size() > 1 ? 0.5 * spread + 0.5 * own : spread;
        w.borough[ward] = b;
        resident += n / k + (j < n % k ? 1 : 0);
        ward++;
      }
    }
    w.boroughFirstWard[locals.size()] = ward;
    w.residentStart[ward] = resident;
    for (int b = 0; b < locals.size(); b++) {
      double own = boroughDeprivation(locals.get(b), b, locals.size());
      w.boroughDecile[b] = (byte) (1 + Math.min(9, (int) Math.floor((1 - own) * 10)));
    }
    w.rankDeciles();
    return w;
  }

  /**
   * Ward deciles by rank of deprivation over every ward of the run, most deprived first (ties by
   * ward number): in a national run, decile 1 is the most deprived tenth of England's wards.
   */
  private void rankDeciles() {
    long[] order = new long[count];
    for (int k = 0; k < count; k++) {
      // Most deprived first: sort on 1 - deprivation, a non-negative double's bits sort as longs.
      order[k] = (Double.doubleToLongBits(1 - deprivation[k]) >>> 27 << 27) | k;
    }
    java.util.Arrays.sort(order);
    for (int r = 0; r < count; r++) {
      decile[(int) (order[r] & ((1 << 27) - 1))] = (byte) (1 + (long) r * 10 / count);
    }
  }

  /** The borough's deprivation, 0-1, from its configuration or its place among several. */
  static double boroughDeprivation(BoroughPolicy l, int b, int boroughs) {
    Double d = l.borough().deprivation();
    if (d != null) return d;
    return boroughs > 1 ? b / (double) (boroughs - 1) : 0.5;
  }

  void countCensus(Population p) {
    for (int w = 0; w < count; w++) {
      java.util.Arrays.fill(census[w], 0);
      for (int i = residentStart[w]; i < residentStart[w + 1]; i++) {
        census[w][p.quintile[i] * 2 + (p.minority(i) ? 1 : 0)]++;
      }
    }
  }

  /**
   * Whole wards grouped into blocks of at most {@code size} residents (a larger ward is a block of
   * its own): block k is wards [result[k], result[k + 1]). Residents are stepped a block at a time,
   * so each ward's tally is summed by one thread in resident order, whatever the threads.
   */
  int[] blocks(int size) {
    int[] first = new int[count + 1];
    int blocks = 0;
    for (int w = 0; w < count; w++) {
      if (w == 0 || residentStart[w + 1] - residentStart[first[blocks - 1]] > size) {
        first[blocks++] = w;
      }
    }
    first[blocks] = count;
    return java.util.Arrays.copyOf(first, blocks + 1);
  }

  public int size(int w) {
    return residentStart[w + 1] - residentStart[w];
  }

  /** Residents of ward w in quintile q. */
  public int inQuintile(int w, int q) {
    return census[w][q * 2] + census[w][q * 2 + 1];
  }

  /** Weekly hours of service s that ward w needs, before statutory growth. */
  public double need(int w, ServiceType s) {
    double h = 0;
    for (int q = 0; q < 5; q++) h += inQuintile(w, q) * s.need(q);
    return h;
  }
}
