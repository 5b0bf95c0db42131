package org.civicsim.game;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The budget game's rules, played without a browser on a tiny place (600 residents, three wards): a
 * year runs when every role has committed, a player decides only for its own role, a value out of
 * range is refused with a message naming the decision and what is allowed, the results equal a
 * headless replay of the saved decisions, and a game survives its server being stopped.
 */
class GameTest {
  static final Path TINY = Path.of("src/test/resources/golden/tiny.yaml");
  static final List<String> THREE = List.of("council", "community", "agencies");

  @TempDir Path games;

  /** Plays one year: each of the three roles commits its decisions. */
  static void playYear(GameStore store, GameStore.Created g, Map<String, Map<String, String>> year)
      throws Exception {
    for (String role : THREE) {
      store.decide(g.id(), g.links().get(role), role, year.getOrDefault(role, Map.of()), true);
    }
    store.awaitIdle(120);
  }

  static final Map<String, Map<String, String>> YEAR_ONE =
      Map.of(
          "council", Map.of("pb_share", "0.01", "cut_strategy", "salami-slice"),
          "community", Map.of("take_over", "yes", "fundraising", "120"),
          "agencies", Map.of("health_pool", "0.02", "police_pool", "0.01"));

  static final Map<String, Map<String, String>> YEAR_TWO =
      Map.of(
          "council", Map.of("decision_mode", "participatory-budgeting", "cd_workers", "2"),
          "community", Map.of("pledge_platform", "yes"),
          "agencies", Map.of("health_pool", "0.04"));

  @Test
  void aYearRunsOnceEveryRoleHasCommittedAndEqualsAHeadlessReplayOfTheSavedDecisions()
      throws Exception {
    try (GameStore store = GameStore.open(games, TINY, List.of())) {
      GameStore.Created g = store.create("tiny.yaml", 2, THREE, "tiny.yaml");
      store.decide(
          g.id(), g.links().get("agencies"), "agencies", Map.of("health_pool", "0.01"), true);
      store.awaitIdle(60);
      Game game = store.game(g.id());
      assertEquals(Game.Status.DECIDING, game.status(), "two roles have not committed");
      GameException again =
          assertThrows(
              GameException.class,
              () -> store.decide(g.id(), g.links().get("agencies"), "agencies", Map.of(), true));
      assertEquals(409, again.status(), "a committed role waits for the others");
      store.decide(g.id(), g.links().get("council"), "council", YEAR_ONE.get("council"), true);
      store.decide(
          g.id(), g.links().get("community"), "community", YEAR_ONE.get("community"), true);
      store.awaitIdle(120);
      assertEquals(1, game.results().size());
      assertEquals(52, game.results().get(0).week());
      playYear(store, g, YEAR_TWO);
      assertEquals(Game.Status.FINISHED, game.status());
      assertEquals(104, game.results().get(1).week());
      assertTrue(game.debrief() != null, "the debrief is ready at the end");
      assertEquals(0, game.start().week(), "the first map shows the place at week 0");
      assertEquals(3, game.start().wards().size());

      GameFile.Saved saved =
          GameFile.JSON.readValue(
              games.resolve(g.id()).resolve("game.json").toFile(), GameFile.Saved.class);
      Game read = GameFile.read(games.resolve(g.id()));
      List<RoundResult> replayed = Replay.of(read.setup, read.decisions());
      assertEquals(
          GameFile.JSON.writeValueAsString(saved.results()),
          GameFile.JSON.writeValueAsString(replayed),
          "the same decisions and seed give byte-identical results");
      assertNotEquals(
          game.results().get(1).metrics(),
          game.debrief().baseline().get(1).metrics(),
          "the room's decisions changed the place");
    }
  }

  @Test
  void theFacilitatorChoosesTheComparisonAgainAtTheDebrief() throws Exception {
    Path places = Files.createDirectories(games.resolve("places"));
    Files.copy(TINY, places.resolve("tiny.yaml"));
    Files.writeString(
        places.resolve("tiny-no-cuts.yaml"),
        Files.readString(TINY)
            .replace("name: golden-tiny", "name: tiny-no-cuts")
            .replaceAll("real_terms_per_year: [0-9.]+", "real_terms_per_year: 0.0"));
    try (GameStore store =
        GameStore.open(games.resolve("saved"), places.resolve("tiny.yaml"), List.of())) {
      GameStore.Created g = store.create("tiny.yaml", 2, THREE, null);
      Game game = store.game(g.id());
      GameException early =
          assertThrows(
              GameException.class, () -> store.compare(g.id(), g.facilitator(), "tiny.yaml"));
      assertEquals(409, early.status(), "not before the debrief");
      playYear(store, g, YEAR_ONE);
      playYear(store, g, YEAR_TWO);
      assertEquals(Game.Status.FINISHED, game.status());
      assertEquals(null, game.debrief().compareName(), "none chosen at the start");

      GameException player =
          assertThrows(
              GameException.class,
              () -> store.compare(g.id(), g.links().get("council"), "tiny-no-cuts.yaml"));
      assertEquals(403, player.status(), "only the facilitator chooses");
      GameException unknown =
          assertThrows(
              GameException.class, () -> store.compare(g.id(), g.facilitator(), "nowhere.yaml"));
      assertEquals(400, unknown.status());
      assertTrue(unknown.getMessage().contains("tiny-no-cuts.yaml"), unknown.getMessage());
      assertEquals(null, game.debrief().compareName(), "a refusal changes nothing");

      store.compare(g.id(), g.facilitator(), "tiny-no-cuts.yaml");
      store.awaitIdle(120);
      Debrief d = game.debrief();
      assertEquals("tiny-no-cuts.yaml", d.compareName());
      assertEquals(
          GameFile.JSON.writeValueAsString(Replay.baseline(game.compare())),
          GameFile.JSON.writeValueAsString(d.comparison()),
          "the comparison is the chosen scenario's years with no decision of the room's");
      assertNotEquals(
          d.baseline().get(1).metrics(),
          d.comparison().get(1).metrics(),
          "a second year without cuts differs from one with them");
      Game read = GameFile.read(games.resolve("saved").resolve(g.id()));
      assertEquals("tiny-no-cuts.yaml", read.compare().scenarioName(), "kept in the game's file");
      assertEquals("tiny-no-cuts.yaml", read.debrief().compareName());

      store.compare(g.id(), g.facilitator(), "");
      store.awaitIdle(120);
      assertEquals(null, game.debrief().compareName(), "and none again");
      assertTrue(game.debrief().comparison().isEmpty());
    }
  }

  @Test
  void aPlayerChangesOnlyItsOwnRolesDecisions() throws Exception {
    try (GameStore store = GameStore.open(games, TINY, List.of())) {
      GameStore.Created g = store.create("tiny.yaml", 1, THREE, null);
      String community = g.links().get("community");
      GameException asCouncil =
          assertThrows(
              GameException.class,
              () -> store.decide(g.id(), community, "council", Map.of("pb_share", "0.05"), true));
      assertEquals(403, asCouncil.status());
      GameException councilLever =
          assertThrows(
              GameException.class,
              () ->
                  store.decide(g.id(), community, "community", Map.of("pb_share", "0.05"), false));
      assertEquals(403, councilLever.status());
      assertTrue(councilLever.getMessage().contains("decided by the council"));
      GameException facilitator =
          assertThrows(
              GameException.class,
              () ->
                  store.decide(
                      g.id(), g.facilitator(), "council", Map.of("pb_share", "0.05"), true));
      assertEquals(403, facilitator.status());
      assertTrue(facilitator.getMessage().contains("only commit them as they stand"));
      assertEquals(
          403,
          assertThrows(
                  GameException.class,
                  () -> store.decide(g.id(), g.facilitator(), "council", Map.of(), false))
              .status(),
          "the facilitator proposes nothing either");
      GameException stranger =
          assertThrows(
              GameException.class,
              () -> store.decide(g.id(), "not-a-token", "council", Map.of(), true));
      assertEquals(403, stranger.status());
      Game game = store.game(g.id());
      assertEquals(
          Lever.PB_SHARE.startValue(game.base()),
          game.proposals().get(Role.COUNCIL).get(Lever.PB_SHARE),
          "nothing refused was kept");
    }
  }

  @Test
  void theFacilitatorCommitsForAPlayerWhoHasLeftAndTheYearRunsOnTheirDecisionsAsTheyStood()
      throws Exception {
    try (GameStore store = GameStore.open(games, TINY, List.of())) {
      GameStore.Created g = store.create("tiny.yaml", 1, THREE, null);
      String council = g.links().get("council");
      store.decide(g.id(), council, "council", Map.of("pb_share", "0.05"), false);
      // The council's player leaves before committing; the others commit.
      for (String role : List.of("community", "agencies")) {
        store.decide(g.id(), g.links().get(role), role, Map.of(), true);
      }
      store.awaitIdle(60);
      Game game = store.game(g.id());
      assertEquals(Game.Status.DECIDING, game.status(), "the council has not committed");
      store.decide(g.id(), g.facilitator(), "council", Map.of(), true);
      store.awaitIdle(120);
      assertEquals(Game.Status.FINISHED, game.status(), "the year ran");
      assertEquals(1, game.results().size());
      assertEquals("0.05", game.decisions().get(0).get(Role.COUNCIL).get(Lever.PB_SHARE));
    }
  }

  @Test
  void aValueThatIsNotAllowedIsRefusedWithWhatIsAllowed() throws Exception {
    try (GameStore store = GameStore.open(games, TINY, List.of())) {
      GameStore.Created g = store.create("tiny.yaml", 1, THREE, null);
      String council = g.links().get("council");
      GameException big =
          assertThrows(
              GameException.class,
              () -> store.decide(g.id(), council, "council", Map.of("pb_share", "0.5"), false));
      assertEquals(400, big.status());
      assertTrue(
          big.getMessage().contains("pb_share) must be a number from 0.0 to 0.1"),
          big.getMessage());
      GameException word =
          assertThrows(
              GameException.class,
              () ->
                  store.decide(g.id(), council, "council", Map.of("cut_strategy", "slash"), false));
      assertTrue(
          word.getMessage().contains("one of salami-slice, protect-statutory"), word.getMessage());
      GameException unknown =
          assertThrows(
              GameException.class,
              () -> store.decide(g.id(), council, "council", Map.of("tax", "0"), false));
      assertTrue(unknown.getMessage().contains("no decision called 'tax'"));
      GameException rounds =
          assertThrows(GameException.class, () -> store.create("tiny.yaml", 11, THREE, null));
      assertTrue(rounds.getMessage().contains("1 to 10 budget years"));
      GameException scenario =
          assertThrows(GameException.class, () -> store.create("../../etc/passwd", 1, THREE, null));
      assertEquals(400, scenario.status());
      GameException id = assertThrows(GameException.class, () -> store.view("../x", council));
      assertEquals(404, id.status());
    }
  }

  @Test
  void aGameSurvivesItsServerStoppingAndPlaysOnAsIfUninterrupted() throws Exception {
    Path other = Files.createDirectories(games.resolve("uninterrupted"));
    GameStore.Created g;
    try (GameStore store = GameStore.open(games, TINY, List.of())) {
      g = store.create("tiny.yaml", 2, THREE, null);
      playYear(store, g, YEAR_ONE);
      store.decide(
          g.id(), g.links().get("council"), "council", Map.of("grants_share", "0.03"), true);
    }
    List<RoundResult> restarted;
    try (GameStore store = GameStore.open(games, TINY, List.of())) {
      store.awaitIdle(120);
      Game game = store.game(g.id());
      assertEquals(1, game.results().size(), "the first year is back");
      assertTrue(game.committed().contains(Role.COUNCIL), "the council's commitment is back");
      for (String role : List.of("community", "agencies")) {
        store.decide(g.id(), g.links().get(role), role, YEAR_TWO.get(role), true);
      }
      store.awaitIdle(120);
      restarted = game.results();
      assertEquals(2, restarted.size());
    }
    try (GameStore store = GameStore.open(other, TINY, List.of())) {
      GameStore.Created h = store.create("tiny.yaml", 2, THREE, null);
      playYear(store, h, YEAR_ONE);
      store.decide(
          h.id(), h.links().get("council"), "council", Map.of("grants_share", "0.03"), true);
      for (String role : List.of("community", "agencies")) {
        store.decide(h.id(), h.links().get(role), role, YEAR_TWO.get(role), true);
      }
      store.awaitIdle(120);
      assertEquals(
          GameFile.JSON.writeValueAsString(store.game(h.id()).results()),
          GameFile.JSON.writeValueAsString(restarted));
    }
  }

  @Test
  void aFinishedGameExportsTheUsualResultsFoldersAndAReport() throws Exception {
    try (GameStore store = GameStore.open(games, TINY, List.of())) {
      GameStore.Created g = store.create("tiny.yaml", 1, THREE, "tiny.yaml");
      playYear(store, g, YEAR_ONE);
      assertThrows(GameException.class, () -> store.export(g.id(), g.links().get("council")));
      store.export(g.id(), g.facilitator());
      store.awaitIdle(300);
      Path out = games.resolve(g.id()).resolve("export");
      for (String run : List.of("room", "baseline", "comparison")) {
        assertTrue(Files.isRegularFile(out.resolve(run).resolve("metrics.csv")), run);
        assertTrue(Files.isRegularFile(out.resolve(run).resolve("manifest.json")), run);
      }
      assertTrue(Files.isRegularFile(out.resolve("report").resolve("report.md")));
      // The room's metrics.csv at week 52 holds the values the players saw.
      RoundResult seen = store.game(g.id()).results().get(0);
      String row =
          Files.readAllLines(out.resolve("room").resolve("metrics.csv")).stream()
              .filter(l -> l.contains(",52,coverage,all,"))
              .findFirst()
              .orElseThrow();
      assertEquals(
          seen.get("coverage", "all"),
          Double.parseDouble(row.substring(row.lastIndexOf(',') + 1)),
          1e-12);
    }
  }
}
