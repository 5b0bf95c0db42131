package org.civicsim.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.civicsim.scenario.Designs;
import org.junit.jupiter.api.Test;

/**
 * The Saltelli design with its estimators, and the Morris design with its elementary effects,
 * checked on functions whose indices are known.
 */
class SensitivityIndicesTest {
  private static final double A = 7;
  private static final double B = 0.1;

  /** Ishigami and Homma (1990): x in [-pi, pi]^3. */
  private static double ishigami(double[] u) {
    double x1 = -Math.PI + 2 * Math.PI * u[0];
    double x2 = -Math.PI + 2 * Math.PI * u[1];
    double x3 = -Math.PI + 2 * Math.PI * u[2];
    return Math.sin(x1) + A * Math.sin(x2) * Math.sin(x2) + B * Math.pow(x3, 4) * Math.sin(x1);
  }

  /** The analytic indices of the Ishigami function for a = 7, b = 0.1. */
  private static final double[] FIRST;

  private static final double[] TOTAL;

  static {
    double pi4 = Math.pow(Math.PI, 4);
    double pi8 = pi4 * pi4;
    double v1 = 0.5 * Math.pow(1 + B * pi4 / 5, 2);
    double v2 = A * A / 8;
    double v13 = pi8 * B * B * (1.0 / 18 - 1.0 / 50);
    double v = v1 + v2 + v13;
    FIRST = new double[] {v1 / v, v2 / v, 0};
    TOTAL = new double[] {(v1 + v13) / v, v2 / v, v13 / v};
  }

  private static double[] outputs(double[][] units) {
    double[] y = new double[units.length];
    for (int p = 0; p < units.length; p++) {
      y[p] = ishigami(units[p]);
    }
    return y;
  }

  @Test
  void theAnalyticIshigamiIndicesAreTheTextbookValues() {
    assertEquals(0.3139, FIRST[0], 1e-4);
    assertEquals(0.4424, FIRST[1], 1e-4);
    assertEquals(0.5576, TOTAL[0], 1e-4);
    assertEquals(0.2437, TOTAL[2], 1e-4);
  }

  @Test
  void saltelliEstimatesTheIshigamiIndicesWithinTheirBootstrapIntervals() {
    int n = 8192;
    double[][] units = Designs.saltelli(3, n);
    assertEquals(n * 5, units.length);
    SobolIndices.Result r = SobolIndices.estimate(outputs(units), 3, 500, 11);
    assertEquals(n, r.n());
    for (int i = 0; i < 3; i++) {
      check("S" + (i + 1), FIRST[i], r.first()[i], 0.02);
      check("ST" + (i + 1), TOTAL[i], r.total()[i], 0.02);
    }
  }

  @Test
  void fewSamplesGiveWiderIntervalsThatStillCoverTheTruth() {
    SobolIndices.Result small = SobolIndices.estimate(outputs(Designs.saltelli(3, 512)), 3, 500, 3);
    SobolIndices.Result large =
        SobolIndices.estimate(outputs(Designs.saltelli(3, 8192)), 3, 500, 3);
    for (int i = 0; i < 3; i++) {
      double w = small.total()[i].high() - small.total()[i].low();
      double wl = large.total()[i].high() - large.total()[i].low();
      assertTrue(w > 2 * wl, "ST" + (i + 1) + " interval " + w + " vs " + wl);
      assertTrue(
          small.total()[i].low() <= TOTAL[i] && TOTAL[i] <= small.total()[i].high(),
          "ST" + (i + 1) + " " + small.total()[i] + " covers " + TOTAL[i]);
    }
  }

  @Test
  void blocksWithAMissingOutputAreLeftOut() {
    double[][] units = Designs.saltelli(3, 1024);
    double[] y = outputs(units);
    y[7] = Double.NaN;
    y[5 * 100] = Double.NaN;
    SobolIndices.Result r = SobolIndices.estimate(y, 3, 100, 1);
    assertEquals(1022, r.n());
    assertTrue(Math.abs(r.total()[1].value() - TOTAL[1]) < 0.05, r.total()[1].toString());
  }

  @Test
  void aConstantOutputHasNoIndices() {
    SobolIndices.Result r = SobolIndices.estimate(new double[5 * 64], 3, 100, 1);
    assertTrue(Double.isNaN(r.first()[0].value()));
    assertTrue(Double.isNaN(r.total()[2].low()));
  }

  @Test
  void morrisFindsALinearFunctionsSlopesWithNoSpread() {
    double[] slope = {3, -1, 0, 0.5};
    double[][] units = Designs.morris(4, 20, 5);
    assertEquals(20 * 5, units.length);
    double[] y = new double[units.length];
    for (int p = 0; p < units.length; p++) {
      for (int i = 0; i < 4; i++) {
        y[p] += slope[i] * units[p][i];
      }
    }
    MorrisEffects.Result r = MorrisEffects.estimate(y, units, 4, 200, 2);
    assertEquals(20, r.n());
    for (int i = 0; i < 4; i++) {
      assertEquals(slope[i], r.mu()[i].value(), 1e-9);
      assertEquals(Math.abs(slope[i]), r.muStar()[i].value(), 1e-9);
      assertEquals(0, r.sigma()[i].value(), 1e-9);
    }
  }

  @Test
  void morrisRanksTheIshigamiFactorsAndSeesTheInteraction() {
    double[][] units = Designs.morris(3, 200, 9);
    MorrisEffects.Result r = MorrisEffects.estimate(outputs(units), units, 3, 300, 4);
    // x1 acts alone and with x3; x2 acts alone (non-linearly); x3 only with x1.
    assertTrue(r.muStar()[2].value() > 0, "x3 matters through its interaction");
    assertTrue(r.sigma()[2].value() > 0, "x3's effects vary with x1");
    assertTrue(
        Math.abs(r.mu()[2].value()) < r.muStar()[2].value() / 2,
        "x3's effects cancel out in sign: " + r.mu()[2] + " vs " + r.muStar()[2]);
    for (int i = 0; i < 3; i++) {
      BootstrapInterval m = r.muStar()[i];
      assertTrue(m.low() <= m.value() && m.value() <= m.high(), m.toString());
    }
  }

  @Test
  void aMorrisTrajectoryChangesOneFactorAtATimeByTheSameStep() {
    double[][] u = Designs.morris(5, 30, 17);
    for (int t = 0; t < 30; t++) {
      boolean[] seen = new boolean[5];
      for (int s = 0; s < 5; s++) {
        double[] a = u[t * 6 + s];
        double[] b = u[t * 6 + s + 1];
        int changed = -1;
        for (int i = 0; i < 5; i++) {
          if (a[i] != b[i]) {
            assertEquals(-1, changed, "one factor a step");
            changed = i;
            assertEquals(Designs.MORRIS_DELTA, Math.abs(b[i] - a[i]), 1e-12);
          }
          assertTrue(b[i] >= 0 && b[i] <= 1);
        }
        assertTrue(changed >= 0 && !seen[changed], "each factor once a trajectory");
        seen[changed] = true;
      }
    }
  }

  private static void check(
      String name, double truth, BootstrapInterval estimate, double tolerance) {
    assertEquals(truth, estimate.value(), tolerance, name + " " + estimate);
    assertTrue(
        estimate.low() - tolerance / 2 <= truth && truth <= estimate.high() + tolerance / 2,
        name + " interval " + estimate + " near " + truth);
    assertTrue(
        estimate.low() <= estimate.value() + 1e-12 && estimate.value() <= estimate.high() + 1e-12,
        name + " " + estimate);
  }
}
