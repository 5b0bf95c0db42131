package org.civicsim.game;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.civicsim.scenario.ScenarioException;

/**
 * Every game a server holds, each in its own folder under one games folder, named by its id; and
 * the one thread that runs the model's years, one after another. A game's state is saved whole
 * after every change (a proposal, a commit, a year run), and read back and replayed when the server
 * starts again. Nothing a browser sends is used as a path: a game's folder is found from an id that
 * must match {@link #ID}, and a scenario from its name in the list the server was started with.
 */
public final class GameStore implements AutoCloseable {
  /** A game id: ten lower-case letters and digits. */
  static final Pattern ID = Pattern.compile("[a-z0-9]{10}");

  /** Most games one games folder holds. */
  static final int MAX_GAMES = 200;

  /** Most years a game lasts: a decade, as in the source material. */
  static final int MAX_ROUNDS = 10;

  private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

  private final Path root;
  private final Map<String, Path> scenarios;
  private final String defaultScenario;
  private final List<String> set;
  private final Map<String, Game> games = new LinkedHashMap<>();
  private final Map<String, YearRun> runs = new HashMap<>();
  private final Map<String, String> exports = new HashMap<>();
  private final ExecutorService years;
  private final SecureRandom random = new SecureRandom();

  private GameStore(
      Path root, Map<String, Path> scenarios, String defaultScenario, List<String> set) {
    this.root = root;
    this.scenarios = scenarios;
    this.defaultScenario = defaultScenario;
    this.set = List.copyOf(set);
    this.years =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "civicsim-game-years");
              t.setDaemon(true);
              return t;
            });
  }

  /**
   * The games under {@code root} (created if missing), offering {@code scenario} and the other
   * scenario files beside it, each loaded with {@code set}'s overrides. Saved games are read back
   * and their models rebuilt, in the background, by replaying their decisions.
   */
  public static GameStore open(Path root, Path scenario, List<String> set) throws IOException {
    Files.createDirectories(root);
    Map<String, Path> scenarios = new LinkedHashMap<>();
    Path chosen = scenario.toAbsolutePath().normalize();
    Path dir = chosen.getParent();
    try (Stream<Path> s = Files.list(dir)) {
      s.filter(p -> p.getFileName().toString().endsWith(".yaml"))
          .sorted()
          .forEach(p -> scenarios.put(p.getFileName().toString(), p));
    }
    scenarios.putIfAbsent(chosen.getFileName().toString(), chosen);
    GameStore store =
        new GameStore(root.toAbsolutePath().normalize(), scenarios, name(chosen), set);
    store.readSaved();
    return store;
  }

  private static String name(Path p) {
    return p.getFileName().toString();
  }

  /** The games folder. */
  public Path root() {
    return root;
  }

  /** The scenarios a game can be played on or compared with, by file name. */
  public List<String> scenarioNames() {
    return List.copyOf(scenarios.keySet());
  }

  /** The scenario the server was started with. */
  public String defaultScenario() {
    return defaultScenario;
  }

  private void readSaved() throws IOException {
    List<Path> folders;
    try (Stream<Path> s = Files.list(root)) {
      folders =
          s.filter(p -> ID.matcher(name(p)).matches() && GameFile.exists(p)).sorted().toList();
    }
    for (Path folder : folders) {
      try {
        Game g = GameFile.read(folder);
        if (!g.id.equals(name(folder))) throw new IOException("its id is " + g.id);
        games.put(g.id, g);
        years.submit(() -> rebuild(g));
      } catch (IOException | ScenarioException | RuntimeException e) {
        System.err.println("game " + name(folder) + " could not be read back: " + e.getMessage());
      }
    }
  }

  /** Builds the place as the scenario starts it, for the first map. */
  private void begin(Game g) {
    synchronized (this) {
      if (g.start() != null || g.status() == Game.Status.FAILED) return;
    }
    try {
      RoundResult place = YearRun.atStart(g.setup);
      synchronized (this) {
        g.started(place);
        save(g);
      }
    } catch (ScenarioException | RuntimeException e) {
      fail(g, e);
    }
  }

  /** Replays a saved game's years to rebuild its model, then runs what was waiting. */
  private void rebuild(Game g) {
    begin(g);
    List<Map<Role, Map<Lever, String>>> decisions;
    List<RoundResult> saved;
    synchronized (this) {
      if (g.status() == Game.Status.FAILED) return;
      decisions = List.copyOf(g.decisions());
      saved = List.copyOf(g.results());
    }
    if (decisions.size() < g.setup.rounds()) {
      YearRun run = new YearRun(g.setup);
      try {
        for (int r = 0; r < decisions.size(); r++) {
          RoundResult again = run.play(r + 1, g.policy(decisions.get(r)));
          if (!again.equals(saved.get(r))) {
            System.err.println(
                "game "
                    + g.id
                    + ": year "
                    + (r + 1)
                    + " replayed differently from its saved results");
          }
        }
      } catch (ScenarioException | RuntimeException e) {
        fail(g, e);
        return;
      }
      synchronized (this) {
        runs.put(g.id, run);
      }
    }
    runYear(g);
  }

  /** A new game's id and tokens. */
  record Created(String id, String facilitator, Map<String, String> links) {}

  /**
   * Creates a game of {@code rounds} years on scenario {@code scenario} with these roles, to be
   * compared at the end with scenario {@code compare} (null or empty for none).
   */
  synchronized Created create(String scenario, int rounds, List<String> roleIds, String compare)
      throws GameException {
    Path file = scenarios.get(scenario);
    if (file == null) {
      throw GameException.badInput(
          "there is no scenario '" + clip(scenario) + "'; choose one of " + scenarioNames());
    }
    if (rounds < 1 || rounds > MAX_ROUNDS) {
      throw GameException.badInput(
          "a game lasts 1 to " + MAX_ROUNDS + " budget years; got " + rounds);
    }
    GameSetup against = comparison(compare, rounds);
    List<Role> roles = new ArrayList<>();
    for (String id : roleIds) {
      Role r = Role.byId(id);
      if (r == null) {
        throw GameException.badInput(
            "there is no role '"
                + clip(id)
                + "'; the roles are council, community, agencies,"
                + " business and panel");
      }
      if (roles.contains(r)) throw GameException.badInput("the role " + id + " is listed twice");
      roles.add(r);
    }
    if (roles.isEmpty()) throw GameException.badInput("a game needs at least one role");
    if (games.size() >= MAX_GAMES) {
      throw GameException.notNow(
          "this server already holds "
              + MAX_GAMES
              + " games; start it with another --games folder");
    }
    GameSetup setup;
    Game g;
    try {
      setup = GameSetup.of(scenario, text(file), set, rounds);
      String id;
      do id = token(10);
      while (games.containsKey(id) || Files.exists(root.resolve(id)));
      Map<Role, String> tokens = new EnumMap<>(Role.class);
      for (Role r : roles) tokens.put(r, token(20));
      g = new Game(id, setup, against, roles, token(20), tokens, setup.base());
    } catch (ScenarioException e) {
      throw GameException.badInput("the scenario cannot be played: " + e.getMessage());
    }
    try {
      Files.createDirectory(root.resolve(g.id));
      GameFile.write(root.resolve(g.id), g);
    } catch (IOException e) {
      throw new IllegalStateException("the game could not be saved: " + e.getMessage(), e);
    }
    games.put(g.id, g);
    years.submit(() -> begin(g));
    return new Created(g.id, g.facilitatorToken, g.links());
  }

  /** The scenario {@code name} to compare a game of {@code rounds} years with; null for none. */
  private GameSetup comparison(String name, int rounds) throws GameException {
    if (name == null || name.isEmpty()) return null;
    Path file = scenarios.get(name);
    if (file == null) {
      throw GameException.badInput(
          "there is no scenario '"
              + clip(name)
              + "' to compare with; choose one of "
              + scenarioNames());
    }
    try {
      GameSetup against = GameSetup.of(name, text(file), set, rounds);
      against.base();
      return against;
    } catch (ScenarioException e) {
      throw GameException.badInput("the scenario cannot be compared with: " + e.getMessage());
    }
  }

  /**
   * The facilitator chooses, at the debrief, the scenario the room's years are compared with (empty
   * for none). The comparison is played in the background and the debrief shows it when it is
   * ready; an export made before is set aside, as it holds the old comparison. Refused for a
   * player's token, and before the debrief is ready.
   */
  void compare(String id, String token, String scenario) throws GameException {
    Game g;
    synchronized (this) {
      g =
          debriefed(
              id,
              token,
              "only the facilitator chooses what the game is compared with",
              "the comparison can be chosen again once the debrief is ready");
      if ("writing".equals(exports.get(g.id))) {
        throw GameException.notNow("the results are being exported; choose again when they are");
      }
      g.compareWith(comparison(scenario, g.setup.rounds()));
      exports.remove(g.id);
      save(g);
    }
    years.submit(() -> runYear(g)); // a finished game without a debrief gets one
  }

  private static String text(Path file) throws GameException {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw GameException.badInput("the scenario " + name(file) + " cannot be read: " + e);
    }
  }

  private static String clip(String s) {
    if (s == null) return "";
    return s.length() > 40 ? s.substring(0, 40) + "..." : s;
  }

  private String token(int length) {
    StringBuilder b = new StringBuilder(length);
    for (int i = 0; i < length; i++) b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    return b.toString();
  }

  /** The game with this id; refused for anything that is not a game id of this server. */
  synchronized Game game(String id) throws GameException {
    Game g = id != null && ID.matcher(id).matches() ? games.get(id) : null;
    if (g == null) throw GameException.notFound("there is no game '" + clip(id) + "' here");
    return g;
  }

  /** What {@code token}'s holder sees of game {@code id} (see {@link GameView}). */
  synchronized Map<String, Object> view(String id, String token) throws GameException {
    Game g = game(id);
    Role you = g.roleOf(token);
    return GameView.of(g, you, exports.get(g.id));
  }

  /**
   * A role's decisions for the year being decided (see {@link Game#decide}); saved at once, and the
   * year is run when they were the last to be committed.
   */
  void decide(String id, String token, String role, Map<String, String> values, boolean commit)
      throws GameException {
    Game g;
    synchronized (this) {
      g = game(id);
      Role r = Role.byId(role);
      if (r == null || !g.roles.contains(r)) {
        throw GameException.notFound("this game has no role '" + clip(role) + "'");
      }
      g.decide(token, r, values, commit);
      save(g);
    }
    if (g.readyToRun()) years.submit(() -> runYear(g));
  }

  private void runYear(Game g) {
    Map<Role, Map<Lever, String>> year;
    List<String> policy;
    YearRun run;
    int round;
    synchronized (this) {
      if (g.status() == Game.Status.FINISHED) {
        if (g.debrief() == null) debrief(g);
        return;
      }
      if (!g.readyToRun()) return;
      year = g.yearDecisions();
      policy = g.policy(year);
      round = g.results().size() + 1;
      run = runs.computeIfAbsent(g.id, k -> new YearRun(g.setup));
    }
    boolean finished;
    try {
      RoundResult result = run.play(round, policy);
      synchronized (this) {
        g.finishYear(year, result);
        save(g);
        finished = g.status() == Game.Status.FINISHED;
      }
    } catch (ScenarioException | RuntimeException e) {
      fail(g, e);
      return;
    }
    if (finished) {
      synchronized (this) {
        runs.remove(g.id);
      }
      run.close();
      debrief(g);
    }
  }

  private void debrief(Game g) {
    try {
      Debrief d = Debrief.of(g.setup, g.compare());
      synchronized (this) {
        g.debriefed(d);
        save(g);
      }
    } catch (Exception e) {
      fail(g, e);
    }
  }

  private synchronized void fail(Game g, Exception e) {
    g.failed("the model stopped: " + e.getMessage());
    save(g);
    System.err.println("game " + g.id + ": " + e);
  }

  private void save(Game g) {
    try {
      GameFile.write(root.resolve(g.id), g);
    } catch (IOException e) {
      System.err.println("game " + g.id + " could not be saved: " + e.getMessage());
    }
  }

  /**
   * Game {@code id} asked for by its facilitator once its debrief is ready; refused with {@code
   * onlyFacilitator} for a player's token, with {@code notYet} before the debrief.
   */
  private Game debriefed(String id, String token, String onlyFacilitator, String notYet)
      throws GameException {
    Game g = game(id);
    if (g.roleOf(token) != null) throw GameException.refused(onlyFacilitator);
    if (g.status() != Game.Status.FINISHED || g.debrief() == null) {
      throw GameException.notNow(notYet);
    }
    return g;
  }

  /**
   * Writes the finished game, its baseline and comparison as the usual results folders, and a
   * report comparing them, under the game's folder; facilitator only. Runs in the background; the
   * game's view then names the folder.
   */
  void export(String id, String token) throws GameException {
    Game g;
    synchronized (this) {
      g =
          debriefed(
              id,
              token,
              "only the facilitator exports the game",
              "the game can be exported once its debrief is ready");
      exports.put(g.id, "writing");
    }
    years.submit(
        () -> {
          String outcome;
          try {
            outcome = Export.write(g, root.resolve(g.id).resolve("export")).toString();
          } catch (Exception e) {
            outcome = "failed: " + e.getMessage();
            System.err.println("game " + g.id + " export: " + e);
          }
          synchronized (this) {
            exports.put(g.id, outcome);
          }
        });
  }

  /** Waits until every year and export asked for so far has run (for tests). */
  void awaitIdle(long seconds) throws Exception {
    years.submit(() -> {}).get(seconds, TimeUnit.SECONDS);
  }

  @Override
  public void close() {
    years.shutdownNow();
    try {
      years.awaitTermination(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    synchronized (this) {
      runs.values().forEach(YearRun::close);
      runs.clear();
    }
  }
}
