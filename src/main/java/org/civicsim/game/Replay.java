package org.civicsim.game;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.civicsim.scenario.BoroughPolicy;
import org.civicsim.scenario.ScenarioException;

/**
 * A game played again without anyone in the room: its saved decisions, year by year, through the
 * same {@link YearRun} as the live game, on the same scenario and seed, give the same results.
 */
public final class Replay {
  private Replay() {}

  /** The place after each year of {@code decisions} (one map of role decisions per year). */
  static List<RoundResult> of(GameSetup setup, List<Map<Role, Map<Lever, String>>> decisions)
      throws ScenarioException {
    BoroughPolicy base = setup.base();
    List<RoundResult> out = new ArrayList<>();
    try (YearRun run = new YearRun(setup)) {
      for (int r = 0; r < decisions.size(); r++) {
        List<String> policy =
            PlacePolicy.overrides(base, setup.rounds(), Game.levers(base, decisions.get(r)));
        out.add(run.play(r + 1, policy));
      }
    }
    return out;
  }

  /** The scenario's own policy for every year of the game. */
  static List<RoundResult> baseline(GameSetup setup) throws ScenarioException {
    List<RoundResult> out = new ArrayList<>();
    try (YearRun run = new YearRun(setup)) {
      for (int r = 1; r <= setup.rounds(); r++) out.add(run.play(r, null));
    }
    return out;
  }
}
