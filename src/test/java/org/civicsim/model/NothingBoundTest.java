package org.civicsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The shortcut that settles "nothing this week" from the best utility alone never decides
 * otherwise than the full sum of exponentials would, and settles most weeks of the residents who
 * do nothing, which is what makes it worth having.
 */
class NothingBoundTest {

  /** The full choice of nothing, exactly as {@code ResidentChoice.logitRange} computes it. */
  private static boolean nothing(double draw, double[] u) {
    double sum = 1;
    for (double x : u) sum += FastExp.exp(x);
    double x = draw * sum;
    return (x -= 1) < 0;
  }

  private static double best(double[] u) {
    double m = Double.NEGATIVE_INFINITY;
    for (double x : u) m = Math.max(m, x);
    return m;
  }

  @Test
  void neverSettlesNothingWhenTheFullSumChoosesSomething() {
    SplittableRandom random = new SplittableRandom(11);
    int settled = 0;
    int nearEdge = 0;
    for (int k = 0; k < 2_000_000; k++) {
      double[] u = new double[2 + random.nextInt(3)];
      double centre = -8 + 10 * random.nextDouble();
      // Utilities bunched together are the case where the bound is tight.
      double spread = random.nextBoolean() ? 0 : 3 * random.nextDouble();
      for (int j = 0; j < u.length; j++) u[j] = centre + spread * random.nextDouble();
      double sum = 1;
      for (double x : u) sum += FastExp.exp(x);
      double draw;
      if (random.nextBoolean()) {
        draw = random.nextDouble();
      } else {
        // Draws a few units in the last place either side of where nothing stops being chosen.
        draw = 1 / sum;
        int steps = random.nextInt(41) - 20;
        for (int s = 0; s < Math.abs(steps); s++) draw = steps < 0 ? Math.nextDown(draw) : Math.nextUp(draw);
        nearEdge++;
      }
      if (ResidentChoice.surelyNothing(draw, best(u), u.length)) {
        settled++;
        assertTrue(nothing(draw, u), () -> "settled nothing wrongly for draw " + " and " + java.util.Arrays.toString(u));
      }
    }
    assertTrue(settled > 100_000, "the bound settled only " + settled + " cases");
    assertTrue(nearEdge > 900_000);
  }

  @Test
  void settlesMostWeeksOfDoingNothingAtTypicalUtilities() {
    // Four options near -3 (a weekly chance of about 5% each): nothing is chosen about 83% of
    // the time, and the bound, four times the best, settles the draws below 1 / (1 + 4 e^best).
    SplittableRandom random = new SplittableRandom(5);
    int nothing = 0;
    int settled = 0;
    for (int k = 0; k < 100_000; k++) {
      double[] u = {-3 - 0.3 * random.nextDouble(), -3.2, -3.5 + 0.4 * random.nextDouble(), -3.1};
      double draw = random.nextDouble();
      if (nothing(draw, u)) nothing++;
      if (ResidentChoice.surelyNothing(draw, best(u), u.length)) settled++;
    }
    assertTrue(settled > 0.9 * nothing, settled + " settled of " + nothing + " weeks of nothing");
  }

  @Test
  void neverSettlesWhenAnOptionIsCertain() {
    assertFalse(ResidentChoice.surelyNothing(0.01, 800, 2));
    assertFalse(ResidentChoice.surelyNothing(0.5, 0, 4)); // 0.5 x 5 > 1
    assertEquals(true, ResidentChoice.surelyNothing(0.5, Double.NEGATIVE_INFINITY, 2));
  }
}
