package org.civicsim.scenario;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a number the model fixes in its code rather than taking from the scenario: what it
 * means, its unit and where it comes from. The model's constants are kept beside the code that uses
 * them; docs/ODD.md section 10 is generated from these annotations by {@code
 * model.ConstantReference}, as section 9 is from {@link Param}, and a test keeps it current.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Constant {
  /** One sentence: what the number does in the model. */
  String doc();

  /** Unit of the number (weeks, GBP per adult a year, share 0-1), empty for none. */
  String unit() default "";

  /** Where the value comes from (a published figure, calibration.md), or why it was chosen. */
  String source() default "";
}
