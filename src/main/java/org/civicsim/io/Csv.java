package org.civicsim.io;

/** Quoting of text fields in the results files (RFC 4180); numbers never need it. */
public final class Csv {
  private Csv() {}

  /** {@code text} as a CSV field: quoted, with quotes doubled, when it holds a separator. */
  public static String field(String text) {
    boolean quote = text.isEmpty() ? false : text.charAt(0) == ' ' || text.endsWith(" ");
    for (int i = 0; i < text.length() && !quote; i++) {
      char c = text.charAt(i);
      quote = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
  }
}
