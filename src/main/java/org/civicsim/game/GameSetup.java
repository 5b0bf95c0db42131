package org.civicsim.game;

import java.util.ArrayList;
import java.util.List;
import org.civicsim.scenario.BoroughPolicy;
import org.civicsim.scenario.Scenario;
import org.civicsim.scenario.ScenarioException;
import org.civicsim.scenario.ScenarioLoader;

/**
 * What a game is played on, kept with the game so that a replay needs nothing else: the scenario's
 * text and file name, the overrides it was started with ({@code --set}, plus one replicate and
 * {@code rounds} years of weeks) and the number of rounds (budget years).
 */
record GameSetup(String scenarioName, String yaml, List<String> overrides, int rounds) {
  GameSetup {
    overrides = List.copyOf(overrides);
  }

  /** A setup whose overrides end with one replicate of exactly {@code rounds} years. */
  static GameSetup of(String scenarioName, String yaml, List<String> set, int rounds) {
    List<String> all = new ArrayList<>(set);
    all.add("replicates=1");
    all.add("steps=" + rounds * YearRun.WEEKS);
    return new GameSetup(scenarioName, yaml, all, rounds);
  }

  /** The scenario with the game's overrides and then {@code policy}'s. */
  Scenario load(List<String> policy) throws ScenarioException {
    List<String> all = new ArrayList<>(overrides);
    all.addAll(policy);
    return ScenarioLoader.parse(yaml, scenarioName, all);
  }

  /** The first borough's policy before any decision: where every lever starts. */
  BoroughPolicy base() throws ScenarioException {
    return load(List.of()).locals().get(0);
  }
}
