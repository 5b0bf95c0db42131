package org.civicsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class NumbersTest {

  @Test
  void wholeNumbersHaveNoDecimals() {
    assertEquals("0", Numbers.format(0.0));
    assertEquals("0", Numbers.format(-0.0));
    assertEquals("42", Numbers.format(42.0));
    assertEquals("-7", Numbers.format(-7.0));
    assertEquals("250000000", Numbers.format(250_000_000.0));
  }

  @Test
  void otherNumbersKeepSixSignificantDigits() {
    assertEquals("0.254123", Numbers.format(0.2541234567));
    assertEquals("1234.57", Numbers.format(1234.5678));
    assertEquals("0.5", Numbers.format(0.5));
    assertEquals("-0.333333", Numbers.format(-1.0 / 3));
    assertEquals("0.000123457", Numbers.format(0.000123456789));
    assertEquals("250000000", Numbers.format(250_000_000.37));
    assertEquals("1234570", Numbers.format(1234567.8));
  }

  @Test
  void roundingUpToTheNextPowerOfTenStaysCompact() {
    assertEquals("1", Numbers.format(0.9999996));
    assertEquals("0.001", Numbers.format(0.000999999999));
    assertEquals("100000", Numbers.format(99999.99999));
  }

  @Test
  void veryLargeAndVerySmallNumbersUseAnExponent() {
    assertEquals("1.5E-7", Numbers.format(1.5e-7));
    assertEquals("1.23457E+20", Numbers.format(1.23456789e20));
  }

  @Test
  void undefinedValuesAreSpelledOut() {
    assertEquals("NaN", Numbers.format(Double.NaN));
    assertEquals("Infinity", Numbers.format(Double.POSITIVE_INFINITY));
    assertEquals("-Infinity", Numbers.format(Double.NEGATIVE_INFINITY));
  }

  @Test
  void theLocaleNeverChangesTheText() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      assertEquals("1234.57", Numbers.format(1234.5678));
      assertEquals("0.1", Numbers.format(0.1));
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void appendsToAnExistingRow() {
    StringBuilder row = new StringBuilder("x,");
    assertEquals("x,0.25", Numbers.append(row, 0.25).toString());
  }
}
