package org.civicsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The model's exp agrees with StrictMath's to a relative 1e-15 over the range utilities take. */
class FastExpTest {

  @Test
  void agreesWithStrictMathToARelativeOneInAQuadrillion() {
    SplittableRandom random = new SplittableRandom(7);
    double worst = 0;
    for (int k = 0; k < 1_000_000; k++) {
      double x = -700 + 1400 * random.nextDouble();
      double exact = StrictMath.exp(x);
      worst = Math.max(worst, Math.abs(FastExp.exp(x) - exact) / exact);
    }
    assertTrue(worst < 1e-15, "worst relative error " + worst);
  }

  @Test
  void handlesTheEdges() {
    assertEquals(1.0, FastExp.exp(0.0));
    assertEquals(0.0, FastExp.exp(-1000));
    assertEquals(Double.POSITIVE_INFINITY, FastExp.exp(1000));
    assertEquals(StrictMath.exp(1.0), FastExp.exp(1.0), 1e-15);
  }
}
