package org.civicsim.io;

/**
 * The I-th of N disjoint slices of a sweep's runs (I from 1): the runs r with {@code r % N == I -
 * 1}. Because runs go replicate by replicate, each shard holds every design point's runs in turn,
 * and the shards of one sweep together hold each run once.
 */
public record Shard(int index, int count) {
  public static final Shard WHOLE = new Shard(1, 1);

  public Shard {
    if (count < 1 || index < 1 || index > count) {
      throw new IllegalArgumentException("shard " + index + "/" + count);
    }
  }

  /** Whether run {@code r} is in this shard. */
  public boolean holds(int r) {
    return r % count == index - 1;
  }

  /** The runs of this shard among {@code runs}. */
  public int size(int runs) {
    return runs / count + (runs % count > index - 1 ? 1 : 0);
  }

  /** Whether this is the whole sweep rather than a slice of it. */
  public boolean whole() {
    return count == 1;
  }

  @Override
  public String toString() {
    return index + "/" + count;
  }
}
