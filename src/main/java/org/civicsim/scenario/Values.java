package org.civicsim.scenario;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Reading numbers as students write them, and writing them back for messages and explain. */
final class Values {
  private static final Pattern DIGIT_GROUPS = Pattern.compile("(?<=\\d)_(?=\\d)");
  private static final Pattern NUMBER =
      Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

  private Values() {}

  /**
   * A number written as {@code 250.0e6}, {@code 1e6}, {@code 20_000} or {@code 0.05}; null when the
   * text is not a finite decimal number.
   */
  static BigDecimal parseNumber(String text) {
    String t = DIGIT_GROUPS.matcher(text.trim()).replaceAll("");
    if (!NUMBER.matcher(t).matches()) {
      return null;
    }
    try {
      return new BigDecimal(t.startsWith("+") ? t.substring(1) : t);
    } catch (NumberFormatException | ArithmeticException e) {
      return null;
    }
  }

  static boolean isWhole(BigDecimal n) {
    return n.signum() == 0 || n.stripTrailingZeros().scale() <= 0;
  }

  /** {@code 20000}, {@code 0.05}, {@code 250000000}: plain decimals, no exponent, no ".0". */
  static String format(double d) {
    if (Double.isInfinite(d) || Double.isNaN(d)) {
      return Double.toString(d);
    }
    if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      return Long.toString((long) d);
    }
    return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }
}
