package org.civicsim.bench;

import java.util.ArrayList;
import java.util.List;
import org.civicsim.model.CivicModel;
import org.civicsim.model.Population;
import org.civicsim.scenario.Scenario;
import org.civicsim.scenario.ScenarioException;
import org.civicsim.scenario.ScenarioLoader;

/** Builds and steps the full model for the harness, with every mechanism the scenario turns on. */
final class ModelBench {
  private ModelBench() {}

  /** Residents per ward, as in the baseline borough (20,000 residents in 20 wards). */
  static final int RESIDENTS_PER_WARD = 1000;

  /** The scenario at {@code residents}, its wards scaled to keep a thousand residents in each. */
  static Scenario scenario(Bench.Settings s, int residents) throws ScenarioException {
    List<String> overrides = new ArrayList<>(s.overrides());
    overrides.add("borough.residents=" + residents);
    overrides.add("borough.wards=" + Math.max(1, residents / RESIDENTS_PER_WARD));
    overrides.add("behaviour.burn_in_weeks=" + s.burnInWeeks());
    return ScenarioLoader.load(s.scenario(), overrides);
  }

  /** A started model of replicate 0 stepping on {@code threads} threads. */
  static CivicModel start(Scenario scenario, int threads) {
    CivicModel m = new CivicModel(scenario, scenario.seed());
    m.setThreads(threads);
    m.start();
    return m;
  }

  /** A digest of every resident's state, to check that thread counts agree to the bit. */
  static long digest(CivicModel m) {
    Population p = m.population();
    return digest(p.n, p.activity, p.trust, p.voice, p.load, p.group);
  }

  /** The digest of n residents' activity, trust, voice, load and group. */
  static long digest(
      int n, byte[] activity, float[] trust, float[] voice, float[] load, int[] group) {
    long h = 17;
    for (int i = 0; i < n; i++) {
      h = h * 31 + activity[i];
      h = h * 31 + Float.floatToIntBits(trust[i]);
      h = h * 31 + Float.floatToIntBits(voice[i]);
      h = h * 31 + Float.floatToIntBits(load[i]);
      h = h * 31 + group[i];
    }
    return h;
  }
}
