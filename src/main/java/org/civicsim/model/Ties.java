package org.civicsim.model;

/**
 * Residents' ties in compressed sparse rows: the ties of resident i are {@code targets[offsets[i]
 * .. offsets[i+1])}. Undirected ties are stored in both directions. A complete network stores no
 * ties at all ({@link #complete()}).
 */
public final class Ties implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  private final int[] offsets;
  private final int[] targets;
  private final boolean complete;

  Ties(int[] offsets, int[] targets, boolean complete) {
    this.offsets = offsets;
    this.targets = targets;
    this.complete = complete;
  }

  /** True when everyone is tied to everyone and no ties are stored. */
  public boolean complete() {
    return complete;
  }

  public int degree(int i) {
    return offsets[i + 1] - offsets[i];
  }

  public int start(int i) {
    return offsets[i];
  }

  public int end(int i) {
    return offsets[i + 1];
  }

  public int target(int k) {
    return targets[k];
  }

  /** Number of stored directed ties (twice the number of undirected ties). */
  public long stored() {
    return targets.length;
  }

  int[] targetsArray() {
    return targets;
  }

  int[] offsetsArray() {
    return offsets;
  }
}
