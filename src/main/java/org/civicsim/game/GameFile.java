package org.civicsim.game;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civicsim.io.AtomicFile;
import org.civicsim.scenario.ScenarioException;

/**
 * A game's file, {@code game.json} in its folder: the setup (the scenario's text among it), roles
 * and tokens, every year's decisions and results, the proposals of the year being decided. Written
 * whole under a temporary name and renamed, so a server stopped at any moment leaves the last
 * complete state; a restarted server replays the decisions to rebuild the model.
 */
final class GameFile {
  static final String NAME = "game.json";
  static final int FORMAT = 1;

  static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private GameFile() {}

  /** The file's content. */
  record Saved(
      int format,
      String id,
      GameSetup setup,
      GameSetup compare,
      List<String> roles,
      String facilitator,
      Map<String, String> tokens,
      Map<String, Map<String, String>> proposals,
      List<String> committed,
      List<Map<String, Map<String, String>>> decisions,
      List<RoundResult> results,
      Debrief debrief,
      String error,
      RoundResult start) {}

  static void write(Path folder, Game g) throws IOException {
    Map<String, String> tokens = new LinkedHashMap<>();
    g.tokens.forEach((r, t) -> tokens.put(r.id(), t));
    List<Map<String, Map<String, String>>> decisions = new ArrayList<>();
    for (var year : g.decisions()) decisions.add(byId(year));
    Saved s =
        new Saved(
            FORMAT,
            g.id,
            g.setup,
            g.compare(),
            g.roles.stream().map(Role::id).toList(),
            g.facilitatorToken,
            tokens,
            byId(g.proposals()),
            g.committed().stream().map(Role::id).toList(),
            decisions,
            g.results(),
            g.debrief(),
            g.error(),
            g.start());
    String text = JSON.writeValueAsString(s);
    AtomicFile.write(folder.resolve(NAME), w -> w.write(text));
  }

  /** Reads a game back, its model not yet rebuilt. */
  static Game read(Path folder) throws IOException, ScenarioException {
    Saved s = JSON.readValue(folder.resolve(NAME).toFile(), Saved.class);
    if (s.format() != FORMAT) throw new IOException("game file format " + s.format());
    List<Role> roles = s.roles().stream().map(GameFile::role).toList();
    Map<Role, String> tokens = new EnumMap<>(Role.class);
    s.tokens().forEach((r, t) -> tokens.put(role(r), t));
    Game g =
        new Game(s.id(), s.setup(), s.compare(), roles, s.facilitator(), tokens, s.setup().base());
    List<Map<Role, Map<Lever, String>>> decisions = new ArrayList<>();
    for (var year : s.decisions()) decisions.add(byRole(year));
    Set<Role> committed = EnumSet.noneOf(Role.class);
    s.committed().forEach(r -> committed.add(role(r)));
    g.restore(byRole(s.proposals()), committed, decisions, s.results(), s.debrief());
    if (s.error() != null) g.failed(s.error());
    if (s.start() != null) g.started(s.start());
    return g;
  }

  private static Role role(String id) {
    Role r = Role.byId(id);
    if (r == null) throw new IllegalArgumentException("no role " + id);
    return r;
  }

  private static Map<String, Map<String, String>> byId(Map<Role, Map<Lever, String>> m) {
    Map<String, Map<String, String>> out = new LinkedHashMap<>();
    m.forEach(
        (r, levers) -> {
          Map<String, String> v = new LinkedHashMap<>();
          levers.forEach((l, x) -> v.put(l.id(), x));
          out.put(r.id(), v);
        });
    return out;
  }

  private static Map<Role, Map<Lever, String>> byRole(Map<String, Map<String, String>> m) {
    Map<Role, Map<Lever, String>> out = new EnumMap<>(Role.class);
    m.forEach(
        (r, levers) -> {
          Map<Lever, String> v = new EnumMap<>(Lever.class);
          levers.forEach(
              (l, x) -> {
                Lever lever = Lever.byId(l);
                if (lever == null) throw new IllegalArgumentException("no lever " + l);
                v.put(lever, x);
              });
          out.put(role(r), v);
        });
    return out;
  }

  static boolean exists(Path folder) {
    return Files.isRegularFile(folder.resolve(NAME));
  }
}
