package org.civicsim.scenario;

/**
 * One parameter in effect in a loaded scenario, for {@code ./civicsim explain}.
 *
 * @param key dotted key, for example {@code council.cuts.real_terms_per_year}; a borough's own
 *     change is written {@code boroughs[north].council.decision_mode}
 * @param valueText the value as it would be written in YAML, or {@code (not set)} for an optional
 *     key left out
 * @param source {@code default}, {@code FILE:LINE} where it was written, or {@code --set}
 */
public record ResolvedValue(String key, String valueText, String source) {
  /** The source of a value the file and the command line leave at its default. */
  public static final String DEFAULT = "default";
}
