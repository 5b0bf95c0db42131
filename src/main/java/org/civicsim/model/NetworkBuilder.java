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
   * @param boroughStart first resident of each borough, with the total as last entry
   * @param wardStart first resident of each ward, with the total as last entry
   * @param wardBorough the borough of each ward
   */
  static Ties build(
      Network spec,
      int[] boroughStart,
      int[] wardStart,
      int[] wardBorough,
      MersenneTwisterFast random) {
    int n = boroughStart[boroughStart.length - 1];
    if (spec.type() == Network.Type.COMPLETE) {
      return new Ties(new int[n + 1], new int[0], true);
    }
    EdgeList edges = new EdgeList((long) n * Math.max(1, spec.meanDegree()) / 2 + 16);
    switch (spec.type()) {
      case ERDOS_RENYI -> erdosRenyi(spec, boroughStart, edges, random);
      case WATTS_STROGATZ -> wattsStrogatz(spec, boroughStart, edges, random);
      case WARD_SMALL_WORLD -> wardSmallWorld(spec, boroughStart, wardStart, wardBorough, edges, random);
      default -> throw new IllegalStateException("unhandled network type " + spec.type());
    }
    return compress(n, edges);
  }

  private static void erdosRenyi(
      Network spec, int[] boroughStart, EdgeList edges, MersenneTwisterFast random) {
    for (int b = 0; b + 1 < boroughStart.length; b++) {
      int lo = boroughStart[b];
      int size = boroughStart[b + 1] - lo;
      if (size < 2) continue;
      long m = Math.round(size * (double) spec.meanDegree() / 2.0);
      for (long e = 0; e < m; e++) {
        int u = lo + random.nextInt(size);
        int v = lo + random.nextInt(size);
        if (u != v) edges.add(u, v);
      }
    }
  }

  private static void wattsStrogatz(
      Network spec, int[] boroughStart, EdgeList edges, MersenneTwisterFast random) {
    for (int b = 0; b + 1 < boroughStart.length; b++) {
      ring(boroughStart[b], boroughStart[b + 1], spec.meanDegree(), 1.0, spec.rewiring(),
          boroughStart[b], boroughStart[b + 1], edges, random);
    }
  }

  private static void wardSmallWorld(
      Network spec,
      int[] boroughStart,
      int[] wardStart,
      int[] wardBorough,
      EdgeList edges,
      MersenneTwisterFast random) {
    for (int w = 0; w + 1 < wardStart.length; w++) {
      int b = wardBorough[w];
      ring(wardStart[w], wardStart[w + 1], spec.meanDegree(), spec.homophily(), spec.rewiring(),
          boroughStart[b], boroughStart[b + 1], edges, random);
    }
  }

  /**
   * A ring lattice over residents [lo, hi): each tied to the k/2 next ones. A tie keeps its
   * lattice neighbour with probability {@code keep}, otherwise goes to a random resident of the
   * ring; then it is rewired with probability {@code rewire} to a random resident of [rlo, rhi).
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

  /** Undirected edge list to compressed rows, both directions, without duplicates. */
  private static Ties compress(int n, EdgeList edges) {
    int[] degree = new int[n + 1];
    for (long e = 0; e < edges.size; e++) {
      degree[edges.u[(int) e]]++;
      degree[edges.v[(int) e]]++;
    }
    int[] offsets = new int[n + 1];
    for (int i = 0; i < n; i++) offsets[i + 1] = offsets[i] + degree[i];
    int[] targets = new int[offsets[n]];
    int[] fill = Arrays.copyOf(offsets, n);
    for (int e = 0; e < edges.size; e++) {
      int u = edges.u[e];
      int v = edges.v[e];
      targets[fill[u]++] = v;
      targets[fill[v]++] = u;
    }
    edges.release();
    // Sort each row and drop duplicate ties, compacting in place.
    int write = 0;
    int[] compact = new int[n + 1];
    for (int i = 0; i < n; i++) {
      int a = offsets[i];
      int b = offsets[i + 1];
      Arrays.sort(targets, a, b);
      compact[i] = write;
      int last = -1;
      for (int k = a; k < b; k++) {
        if (targets[k] != last) {
          targets[write++] = targets[k];
          last = targets[k];
        }
      }
    }
    compact[n] = write;
    return new Ties(compact, write == targets.length ? targets : Arrays.copyOf(targets, write), false);
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
