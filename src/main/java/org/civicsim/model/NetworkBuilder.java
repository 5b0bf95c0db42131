package org.civicsim.model;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import org.civicsim.scenario.Network;

/**
 * Builds residents' ties as compressed rows. Residents are numbered borough by borough and, within
 * a ward, sorted by income quintile and minority status, so a ring lattice over a ward ties people
 * to neighbours like themselves (homophily) and rewiring adds the few long ties of a small world.
 * Ties never cross boroughs.
 */
final class NetworkBuilder {
  private NetworkBuilder() {}

  /**
   * Builds every borough's ties, boroughs side by side on the workers' threads: borough b draws
   * from {@code streams[b]}, so the ties do not depend on the threads.
   *
   * @param boroughStart first resident of each borough, with the total as last entry
   * @param boroughFirstWard first ward of each borough, with the number of wards as last entry
   * @param wardStart first resident of each ward, with the total as last entry
   */
  static Ties build(
      Network spec,
      int[] boroughStart,
      int[] boroughFirstWard,
      int[] wardStart,
      MersenneTwisterFast[] streams,
      ThreadTeam workers) {
    int n = boroughStart[boroughStart.length - 1];
    if (spec.type() == Network.Type.COMPLETE) {
      return new Ties(new int[n + 1], new int[0], true);
    }
    int boroughs = boroughStart.length - 1;
    int[][] rows = new int[boroughs][];
    int[][] tied = new int[boroughs][];
    workers.forEachBlock(
        boroughs,
        b -> {
          MersenneTwisterFast random = streams[b];
          int lo = boroughStart[b];
          int hi = boroughStart[b + 1];
          EdgeList edges = new EdgeList((long) (hi - lo) * Math.max(1, spec.meanDegree()) / 2 + 16);
          switch (spec.type()) {
            case ERDOS_RENYI -> erdosRenyi(spec, lo, hi, edges, random);
            case WATTS_STROGATZ ->
                ring(lo, hi, spec.meanDegree(), 1.0, spec.rewiring(), lo, hi, edges, random);
            case WARD_SMALL_WORLD -> {
              for (int w = boroughFirstWard[b]; w < boroughFirstWard[b + 1]; w++) {
                ring(
                    wardStart[w],
                    wardStart[w + 1],
                    spec.meanDegree(),
                    spec.homophily(),
                    spec.rewiring(),
                    lo,
                    hi,
                    edges,
                    random);
              }
            }
            default -> throw new IllegalStateException("unhandled network type " + spec.type());
          }
          rows[b] = new int[hi - lo + 1];
          tied[b] = compress(lo, hi, edges, rows[b]);
        });
    if (boroughs == 1) return new Ties(rows[0], tied[0], false);
    // The boroughs' rows, one after another.
    int[] base = new int[boroughs + 1];
    for (int b = 0; b < boroughs; b++) base[b + 1] = base[b] + tied[b].length;
    int[] offsets = new int[n + 1];
    int[] targets = new int[base[boroughs]];
    workers.forEachBlock(
        boroughs,
        b -> {
          int lo = boroughStart[b];
          for (int k = 0; k < rows[b].length - 1; k++) offsets[lo + k] = base[b] + rows[b][k];
          System.arraycopy(tied[b], 0, targets, base[b], tied[b].length);
          tied[b] = null;
        });
    offsets[n] = base[boroughs];
    return new Ties(offsets, targets, false);
  }

  /** Random pairs of residents [lo, hi), as many as the mean degree asks, loops left out. */
  private static void erdosRenyi(
      Network spec, int lo, int hi, EdgeList edges, MersenneTwisterFast random) {
    int size = hi - lo;
    if (size < 2) return;
    long m = Math.round(size * (double) spec.meanDegree() / 2.0);
    for (long e = 0; e < m; e++) {
      int u = lo + random.nextInt(size);
      int v = lo + random.nextInt(size);
      if (u != v) edges.add(u, v);
    }
  }

  /**
   * A ring lattice over residents [lo, hi): each tied to the k/2 next ones. A tie keeps its lattice
   * neighbour with probability {@code keep}, otherwise goes to a random resident of the ring; then
   * it is rewired with probability {@code rewire} to a random resident of [rlo, rhi).
   */
  private static void ring(
      int lo,
      int hi,
      int k,
      double keep,
      double rewire,
      int rlo,
      int rhi,
      EdgeList edges,
      MersenneTwisterFast random) {
    int size = hi - lo;
    if (size < 2) return;
    int half = Math.min(k / 2, (size - 1) / 2);
    if (half == 0 && k > 0) half = 1;
    int wide = rhi - rlo;
    for (int u = lo; u < hi; u++) {
      for (int j = 1; j <= half; j++) {
        int v = lo + (u - lo + j) % size;
        if (keep < 1.0 && !random.nextBoolean(keep)) v = lo + random.nextInt(size);
        if (rewire > 0 && random.nextBoolean(rewire)) v = rlo + random.nextInt(wide);
        if (u != v) edges.add(u, v);
      }
    }
  }

  /**
   * The ties of residents [lo, hi) from their undirected edges: each resident's row, both
   * directions, sorted and without duplicates. Fills {@code rows} (hi - lo + 1 entries) with each
   * row's start in the returned targets.
   */
  private static int[] compress(int lo, int hi, EdgeList edges, int[] rows) {
    int size = hi - lo;
    int[] offsets = new int[size + 1];
    for (int e = 0; e < edges.size; e++) {
      offsets[edges.u[e] - lo + 1]++;
      offsets[edges.v[e] - lo + 1]++;
    }
    for (int i = 0; i < size; i++) offsets[i + 1] += offsets[i];
    int[] targets = new int[offsets[size]];
    int[] fill = Arrays.copyOf(offsets, size);
    for (int e = 0; e < edges.size; e++) {
      int u = edges.u[e];
      int v = edges.v[e];
      targets[fill[u - lo]++] = v;
      targets[fill[v - lo]++] = u;
    }
    edges.release();
    // Sort each row and drop duplicate ties, compacting in place.
    int write = 0;
    for (int i = 0; i < size; i++) {
      int a = offsets[i];
      int b = offsets[i + 1];
      Arrays.sort(targets, a, b);
      rows[i] = write;
      int last = -1;
      for (int k = a; k < b; k++) {
        if (targets[k] != last) {
          targets[write++] = targets[k];
          last = targets[k];
        }
      }
    }
    rows[size] = write;
    return write == targets.length ? targets : Arrays.copyOf(targets, write);
  }

  /** A growable pair of int arrays; no boxing. */
  private static final class EdgeList {
    int[] u;
    int[] v;
    int size;

    EdgeList(long capacity) {
      int c = (int) Math.min(Integer.MAX_VALUE - 8, capacity);
      u = new int[c];
      v = new int[c];
    }

    void add(int a, int b) {
      if (size == u.length) {
        int c = (int) Math.min(Integer.MAX_VALUE - 8, u.length * 3L / 2 + 16);
        u = Arrays.copyOf(u, c);
        v = Arrays.copyOf(v, c);
      }
      u[size] = a;
      v[size] = b;
      size++;
    }

    void release() {
      u = null;
      v = null;
    }
  }
}
