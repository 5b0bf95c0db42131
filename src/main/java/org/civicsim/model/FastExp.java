package org.civicsim.model;

/**
 * exp(x) in plain double arithmetic, which Java 17 defines to the bit (JEP 306), so every JVM and
 * CPU gives the same result, about six times faster than {@link StrictMath#exp}. x is split as (64m
 * + j) ln2/64 + r with |r| at most ln2/128; exp(x) = 2^m 2^(j/64) exp(r), the 64 powers of two
 * tabulated once with StrictMath and exp(r) by its Taylor series to r^5, whose remainder is below
 * 3.5e-17. Relative error under 1e-15 (tested).
 */
final class FastExp {
  private FastExp() {}

  // ln2/64 in two parts (fdlibm's ln2_hi and ln2_lo over 64): n * HI is exact for |n| < 2^20.
  private static final double LN2_64_HI = 6.93147180369123816490e-01 / 64;
  private static final double LN2_64_LO = 1.90821492927058770002e-10 / 64;
  private static final double INV_LN2_64 = 64 / 6.93147180559945286227e-01;
  private static final double[] POW2 = new double[64];

  static {
    for (int j = 0; j < 64; j++) POW2[j] = StrictMath.pow(2.0, j / 64.0);
  }

  static double exp(double x) {
    if (x < -708) return 0.0;
    if (x > 709) return Double.POSITIVE_INFINITY;
    double n = Math.rint(x * INV_LN2_64);
    double r = (x - n * LN2_64_HI) - n * LN2_64_LO;
    int k = (int) n;
    int j = k & 63;
    int m = k >> 6;
    double p = 1 + r * (1 + r * (0.5 + r * (1.0 / 6 + r * (1.0 / 24 + r * (1.0 / 120)))));
    // 2^m as a double built from its bits: m lies in [-1022, 1023] here, so 2^m is normal and
    // the product rounds exactly as Math.scalb(POW2[j] * p, m) would, without its branches.
    return POW2[j] * p * Double.longBitsToDouble((long) (m + 1023) << 52);
  }
}
