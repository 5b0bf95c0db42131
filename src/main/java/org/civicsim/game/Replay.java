package org.civicsim.game;

import java.nio.file.Path;
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

  /**
   * What replaying a saved game gave: the years replayed, whether their results are those saved
   * byte for byte, and the folder the results were written to.
   */
  public record Outcome(int years, boolean same, Path out) {}

  /**
   * Replays the game saved in {@code folder} (its {@code game.json}) without a server, and writes
   * its years as results folders and a report under {@code out}, as the facilitator's export does.
   */
  public static Outcome ofFolder(Path folder, Path out) throws Exception {
    if (!GameFile.exists(folder)) {
      throw new IllegalArgumentException(folder + " holds no saved game (" + GameFile.NAME + ")");
    }
    Game g = GameFile.read(folder);
    if (g.decisions().isEmpty()) {
      throw new IllegalArgumentException("the game in " + folder + " has no year played yet");
    }
    List<RoundResult> again = of(g.setup, g.decisions());
    boolean same =
        GameFile.JSON
            .writeValueAsString(again)
            .equals(GameFile.JSON.writeValueAsString(g.results()));
    return new Outcome(again.size(), same, Export.write(g, out));
  }

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
