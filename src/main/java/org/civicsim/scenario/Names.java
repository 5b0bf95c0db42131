package org.civicsim.scenario;

/** Spelling of record component names as YAML keys. */
public final class Names {
  private Names() {}

  /**
   * {@code realTermsPerYear} is {@code real_terms_per_year}, {@code workersPer10k} is {@code
   * workers_per_10k} and {@code skillsQ1} is {@code skills_q1}: an underscore before each capital,
   * and before a number that follows a lower-case word.
   */
  public static String snake(String camel) {
    StringBuilder b = new StringBuilder(camel.length() + 4);
    for (int i = 0; i < camel.length(); i++) {
      char c = camel.charAt(i);
      if (Character.isUpperCase(c)) {
        b.append('_').append(Character.toLowerCase(c));
      } else if (Character.isDigit(c) && i > 0 && Character.isLowerCase(camel.charAt(i - 1))) {
        b.append('_').append(c);
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
