package org.civicsim.calibration;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.civicsim.history.Observation;
import org.civicsim.history.ObservedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A simulation-based check of the calibration on civicsim itself: figures made by the model at
 * known constants (away from the priors' centres), with the real figures' bands, are fitted with
 * the quick design; the true constants must fall inside the posterior's 90% intervals for most of
 * them, and the figures must narrow what they speak to (the base utilities of formal volunteering
 * and civic participation, which set the two participation levels).
 */
class SyntheticRecoveryTest {
  @TempDir Path dir;

  /** The known constants, in the priors file's order. */
  static final double[] TRUTH = {-3.3, -6.6, -2.2, 0.8, 1.9, 1.2, 2.1, 0.07, 0.24, 0.3, 0.46};

  @Test
  void trueConstantsFallInsideTheirNinetyPercentIntervalsForMostConstants() throws Exception {
    Path scenario = Path.of("scenarios/calibration/england-small.yaml");
    List<Prior> priors = Priors.read(Path.of(Priors.DEFAULT_FILE));
    List<String> keys = priors.stream().map(Prior::key).toList();
    List<Observation> real =
        ObservedData.read(Path.of(ObservedData.DEFAULT_FILE)).stream()
            .filter(o -> o.use() == Observation.Use.FIT)
            .toList();
    ModelDistance truthRun = new ModelDistance(scenario, QuickDesign.SET, keys, real);
    double[] made = truthRun.simulate(TRUTH, 102, dir.resolve("truth")).summary();
    List<Observation> synthetic = new ArrayList<>();
    for (int i = 0; i < real.size(); i++) {
      Observation o = real.get(i);
      double v = made[i];
      synthetic.add(
          new Observation(
              o.measure(),
              o.year(),
              v,
              v - (o.value() - o.bandLow()),
              v + (o.bandHigh() - o.value()),
              o.use(),
              o.source(),
              o.citation(),
              "synthetic",
              o.line()));
    }
    AbcSmc.Settings settings =
        new AbcSmc.Settings(QuickDesign.PARTICLES, 0.5, 0.02, QuickDesign.SIMULATIONS, 2);
    CalibrationRun.Design design =
        new CalibrationRun.Design(
            scenario.toString(), QuickDesign.SET, priors, List.of("synthetic"), settings);
    ModelDistance model = new ModelDistance(scenario, QuickDesign.SET, keys, synthetic);
    CalibrationRun.Saved done =
        new CalibrationRun(design, model, dir.resolve("fit"), 2, null).run(null);
    List<CalibrationResults.Constant> constants =
        CalibrationResults.constants(priors, CalibrationResults.posterior(priors, done.state()));
    int inside = 0;
    StringBuilder table = new StringBuilder();
    for (int k = 0; k < TRUTH.length; k++) {
      CalibrationResults.Constant c = constants.get(k);
      boolean in = TRUTH[k] >= c.low() && TRUTH[k] <= c.high();
      inside += in ? 1 : 0;
      table.append(
          String.format(
              java.util.Locale.ROOT,
              "measured: %-24s true %8.4f  90%% [%8.4f, %8.4f]  %s  %s%n",
              c.prior().key(),
              TRUTH[k],
              c.low(),
              c.high(),
              in ? "inside" : "OUTSIDE",
              c.verdict()));
    }
    System.out.print(table);
    System.out.printf(
        "measured: %d of %d true constants inside their 90%% intervals (%d simulations)%n",
        inside, TRUTH.length, done.state().simulations());
    // With 90% intervals and 11 constants, 9 or more inside unless the method is biased.
    assertTrue(inside >= 9, table.toString());
    assertTrue(constants.get(1).narrowing() < 0.8, "civic participation's base utility narrowed");
  }
}
