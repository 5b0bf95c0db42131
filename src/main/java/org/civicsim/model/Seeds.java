package org.civicsim.model;

import ec.util.MersenneTwisterFast;

/**
 * Derives independent seeds and counter-based random numbers from the scenario seed, so that a
 * result depends only on the seed and never on thread count or iteration order (SplitMix64
 * finaliser, Steele, Lea and Flood 2014).
 */
public final class Seeds {
  private Seeds() {}

  /** Seed of replicate {@code r} of a scenario with seed {@code seed}. */
  public static long replicate(long seed, int r) {
    return mix(mix(seed ^ 0x5DEECE66DL) + 0x9E3779B97F4A7C15L * (r + 1L));
  }

  /** A well-mixed 64-bit value of {@code z}. */
  public static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /**
   * One stream of draws for each borough but the first, seeded with all 64 bits of a value mixed
   * from {@code key} and the borough. Entry 0 is left null for the caller: borough 0 draws from the
   * model's own stream, so that a one-borough scenario draws from one stream as before.
   */
  static MersenneTwisterFast[] streams(long key, int boroughs) {
    MersenneTwisterFast[] streams = new MersenneTwisterFast[boroughs];
    for (int b = 1; b < boroughs; b++) {
      long k = keyOf(key, b);
      streams[b] = new MersenneTwisterFast(new int[] {(int) k, (int) (k >>> 32)});
    }
    return streams;
  }

  /** Uniform double in [0, 1) from a key and two counters, without state. */
  public static double uniform(long key, long a, long b) {
    return uniform(keyOf(key, a), b);
  }

  /**
   * The key of counter {@code a} under {@code key}: {@code uniform(keyOf(key, a), b) ==
   * uniform(key, a, b)}, so a loop over b with a fixed (a week) mixes the week once.
   */
  public static long keyOf(long key, long a) {
    return mix(key + 0x9E3779B97F4A7C15L * a);
  }

  /** Uniform double in [0, 1) from a key made by {@link #keyOf} and a counter. */
  public static double uniform(long keyOfA, long b) {
    long z = mix(keyOfA + 0xD1B54A32D192ED03L * b);
    return (z >>> 11) * 0x1.0p-53;
  }
}
