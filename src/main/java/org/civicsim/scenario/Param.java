package org.civicsim.scenario;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares one scenario key on a record component: what it means, its unit, its default and its
 * allowed range. The loader, {@code validate}, {@code explain} and docs/scenarios.md all read
 * these, so the schema lives in exactly one place. The YAML key is the component name in snake_case
 * ({@code realTermsPerYear} is {@code real_terms_per_year}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER})
public @interface Param {
  /** One sentence for a student: what the key changes in the model. */
  String doc();

  /** Unit of the number (weeks, hours per week, GBP per year, share 0-1), empty for none. */
  String unit() default "";

  /**
   * The default, written as it would be in YAML ({@code "0.05"}, {@code "front-loaded"}, {@code
   * "true"}). {@link #NONE} means the key is optional and absent by default (null).
   */
  String def() default NONE;

  /** Smallest allowed value for numbers (inclusive), or smallest list length for lists. */
  double min() default Double.NEGATIVE_INFINITY;

  /** Largest allowed value for numbers (inclusive), or largest list length for lists. */
  double max() default Double.POSITIVE_INFINITY;

  /** Where the default comes from (a figure in CALIBRATION.md, a source text), or why. */
  String source() default "";

  /** Marker for "no default": the key is optional. */
  String NONE = "\u0000none";
}
