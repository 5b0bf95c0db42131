package org.civicsim.game;

import java.util.List;

/**
 * The end of a game: the same years played with no decision of the room's (the scenario as it
 * stands, the baseline) and by the scenario the facilitator chose to compare with, on the same
 * seed, beside the room's own years.
 *
 * @param baselineName the game's scenario
 * @param baseline the baseline's years
 * @param compareName the comparison scenario, or null when none was chosen
 * @param comparison its years (empty when none)
 */
public record Debrief(
    String baselineName,
    List<RoundResult> baseline,
    String compareName,
    List<RoundResult> comparison) {

  /** The measures of who was left out, each a {@code metric:group} key of {@link RoundResult}. */
  public static final List<String> LEFT_OUT =
      List.of(
          "voice_share:q1",
          "voice_share:minority",
          "coverage:q1",
          "coverage:minority",
          "coverage:all",
          "coverage_gap:all",
          "participation_any:q1",
          "participation_any:minority",
          "participation_any:all");

  /** Plays the baseline and the comparison for as many years as the game has. */
  static Debrief of(GameSetup setup, GameSetup compare) throws Exception {
    List<RoundResult> baseline = Replay.baseline(setup);
    List<RoundResult> comparison = compare == null ? List.of() : Replay.baseline(compare);
    return new Debrief(
        setup.scenarioName(),
        baseline,
        compare == null ? null : compare.scenarioName(),
        comparison);
  }
}
