package org.civicsim.scenario;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Formats the numbers of the results files compactly and identically on every machine: whole
 * numbers without decimals, others rounded to 6 significant digits, never a locale's separators.
 *
 * <p>Only IEEE arithmetic (the same on every Java 17 JVM) and exact table look-ups are used, so a
 * value always prints the same way; {@link Double#toString} is avoided because its output changed
 * between JDK releases.
 *
 * <p>It lives with the scenario because a sweep's design values are written this way too, and the
 * scenario package depends on nothing else of the project's; the results files use it from here.
 */
public final class Numbers {
  private static final int DIGITS = 6;
  private static final MathContext SIGNIFICANT = new MathContext(DIGITS, RoundingMode.HALF_EVEN);
  private static final double[] POW10 = new double[23];
  private static final double SMALLEST_PLAIN = 1e-5;
  private static final double LARGEST_PLAIN = 1e15;

  static {
    double p = 1;
    for (int i = 0; i < POW10.length; i++) {
      POW10[i] = p;
      p *= 10;
    }
  }

  private Numbers() {}

  /** The text of {@code value} as written in the results files. */
  public static String format(double value) {
    return append(new StringBuilder(16), value).toString();
  }

  /** Appends the text of {@code value} to {@code out} and returns {@code out}. */
  public static StringBuilder append(StringBuilder out, double value) {
    if (Double.isNaN(value)) {
      return out.append("NaN");
    }
    if (Double.isInfinite(value)) {
      return out.append(value > 0 ? "Infinity" : "-Infinity");
    }
    double abs = Math.abs(value);
    if (abs < LARGEST_PLAIN && value == Math.rint(value)) {
      return out.append((long) abs == 0 ? 0 : (long) value);
    }
    if (abs < SMALLEST_PLAIN || abs >= LARGEST_PLAIN) {
      BigDecimal rounded = new BigDecimal(value).round(SIGNIFICANT).stripTrailingZeros();
      return out.append(rounded.toString());
    }
    int exponent = decimalExponent(abs);
    int decimals = DIGITS - 1 - exponent;
    long mantissa;
    if (decimals >= 0) {
      mantissa = (long) Math.rint(abs * POW10[decimals]);
    } else {
      mantissa = (long) Math.rint(abs / POW10[-decimals]);
    }
    if (value < 0) {
      out.append('-');
    }
    if (decimals <= 0) {
      out.append(mantissa);
      for (int i = decimals; i < 0; i++) {
        out.append('0');
      }
      return out;
    }
    appendScaled(out, mantissa, decimals);
    return out;
  }

  /** The largest e with 10^e at most {@code abs}, for {@code 1e-5 <= abs < 1e15}. */
  private static int decimalExponent(double abs) {
    if (abs >= 1) {
      int e = 0;
      while (e + 1 < POW10.length && POW10[e + 1] <= abs) {
        e++;
      }
      return e;
    }
    int e = -1;
    while (abs * POW10[-e] < 1) {
      e--;
    }
    return e;
  }

  /** Writes {@code mantissa / 10^decimals} without trailing zeros after the point. */
  private static void appendScaled(StringBuilder out, long mantissa, int decimals) {
    String digits = Long.toString(mantissa);
    int integerDigits = digits.length() - decimals;
    if (integerDigits > 0) {
      out.append(digits, 0, integerDigits);
    } else {
      out.append('0');
    }
    int end = digits.length();
    while (end > Math.max(integerDigits, 0) && digits.charAt(end - 1) == '0') {
      end--;
    }
    if (end <= Math.max(integerDigits, 0)) {
      return;
    }
    out.append('.');
    for (int i = integerDigits; i < 0; i++) {
      out.append('0');
    }
    out.append(digits, Math.max(integerDigits, 0), end);
  }
}
