package org.civicsim.game;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civicsim.scenario.BoroughPolicy;

/**
 * One game's state, apart from the web: its roles and their secret tokens, each role's proposal for
 * the year being decided and whether it is committed, every earlier year's decisions and the place
 * after each year. A player may change only its own role's levers; once every role has committed,
 * the year is ready to run ({@link #readyToRun}), and its results are added by {@link #finishYear}.
 * Not thread-safe: {@link GameStore} holds its lock while it uses a game.
 */
final class Game {
  /** Where the game is. */
  enum Status {
    DECIDING,
    RUNNING,
    FINISHED,
    FAILED
  }

  final String id;
  final GameSetup setup;

  /** The scenario the room's years are compared with at the debrief, or null for none. */
  private GameSetup compare;

  final List<Role> roles;
  final String facilitatorToken;
  final Map<Role, String> tokens;
  private final BoroughPolicy base;

  private final Map<Role, Map<Lever, String>> proposals = new EnumMap<>(Role.class);
  private final Set<Role> committed = EnumSet.noneOf(Role.class);
  private final List<Map<Role, Map<Lever, String>>> decisions = new ArrayList<>();
  private final List<RoundResult> results = new ArrayList<>();
  private Debrief debrief;
  private RoundResult start;
  private Status status = Status.DECIDING;
  private String error;

  Game(
      String id,
      GameSetup setup,
      GameSetup compare,
      List<Role> roles,
      String facilitatorToken,
      Map<Role, String> tokens,
      BoroughPolicy base) {
    this.id = id;
    this.setup = setup;
    this.compare = compare;
    this.roles = List.copyOf(roles);
    this.facilitatorToken = facilitatorToken;
    this.tokens = new EnumMap<>(tokens);
    this.base = base;
    Map<Lever, String> start = PlacePolicy.start(base);
    for (Role r : roles) proposals.put(r, own(r, start));
  }

  private static Map<Lever, String> own(Role r, Map<Lever, String> all) {
    Map<Lever, String> mine = new EnumMap<>(Lever.class);
    for (Lever l : Lever.values()) if (l.role() == r) mine.put(l, all.get(l));
    return mine;
  }

  /** The role a token plays, or null for the facilitator's token; refused for any other. */
  Role roleOf(String token) throws GameException {
    if (token != null && token.equals(facilitatorToken)) return null;
    if (token != null) {
      for (var e : tokens.entrySet()) if (e.getValue().equals(token)) return e.getKey();
    }
    throw GameException.refused("that link or code does not belong to this game");
  }

  /** The year being decided (from 1), or rounds + 1 once the game is over. */
  int round() {
    return results.size() + (status == Status.FINISHED ? 0 : 1);
  }

  Status status() {
    return status;
  }

  String error() {
    return error;
  }

  Map<Role, Map<Lever, String>> proposals() {
    return proposals;
  }

  Set<Role> committed() {
    return committed;
  }

  List<Map<Role, Map<Lever, String>>> decisions() {
    return decisions;
  }

  List<RoundResult> results() {
    return results;
  }

  Debrief debrief() {
    return debrief;
  }

  GameSetup compare() {
    return compare;
  }

  /** Compares the room's years with {@code against} (null for none): the debrief is made again. */
  void compareWith(GameSetup against) {
    compare = against;
    debrief = null;
  }

  BoroughPolicy base() {
    return base;
  }

  /**
   * Sets some of {@code role}'s levers for the year being decided, as the player with {@code
   * token}; with {@code commit}, also commits the role's decisions for the year. The facilitator
   * may only commit a role's decisions as they stand, for a player who has left the room, so that
   * the year can run; it changes none of them.
   *
   * @throws GameException when the token is not {@code role}'s (or the facilitator's, committing
   *     and changing nothing), a lever is another role's or unknown, a value is not allowed, or the
   *     year is not being decided
   */
  void decide(String token, Role role, Map<String, String> values, boolean commit)
      throws GameException {
    Role player = roleOf(token);
    if (player == null && (!values.isEmpty() || !commit)) {
      throw GameException.refused(
          "the facilitator does not change a role's decisions; it can only commit them as they"
              + " stand, for a player who has left");
    }
    if (player != null && role != player) {
      throw GameException.refused(
          "you play "
              + player.title().toLowerCase(java.util.Locale.ROOT)
              + "; only the player of "
              + role.title().toLowerCase(java.util.Locale.ROOT)
              + " changes their decisions");
    }
    if (status != Status.DECIDING) {
      throw GameException.notNow(
          status == Status.RUNNING
              ? "the year is being run; wait for its results"
              : "the game is over");
    }
    if (committed.contains(role)) {
      throw GameException.notNow("you have committed this year's decisions");
    }
    Map<Lever, String> next = new EnumMap<>(proposals.get(role));
    for (var e : values.entrySet()) {
      Lever l = Lever.byId(e.getKey());
      if (l == null) {
        throw GameException.badInput("there is no decision called '" + clip(e.getKey()) + "'");
      }
      if (l.role() != role) {
        throw GameException.refused(
            l.label() + " is decided by " + l.role().title().toLowerCase(java.util.Locale.ROOT));
      }
      next.put(l, l.canonical(e.getValue()));
    }
    proposals.put(role, next);
    if (commit) committed.add(role);
    if (committed.size() == roles.size()) status = Status.RUNNING;
  }

  private static String clip(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "..." : s;
  }

  /** True when every role has committed and the year waits to be run. */
  boolean readyToRun() {
    return status == Status.RUNNING;
  }

  /** The committed decisions of the year to run, by role. */
  Map<Role, Map<Lever, String>> yearDecisions() {
    Map<Role, Map<Lever, String>> year = new EnumMap<>(Role.class);
    for (Role r : roles) year.put(r, new EnumMap<>(proposals.get(r)));
    return year;
  }

  /** Every lever's value for a year with these decisions (the others at their start). */
  static Map<Lever, String> levers(BoroughPolicy base, Map<Role, Map<Lever, String>> year) {
    Map<Lever, String> all = PlacePolicy.start(base);
    for (var r : year.values()) all.putAll(r);
    return all;
  }

  /** The overrides that year {@code decisions} put on the game's scenario. */
  List<String> policy(Map<Role, Map<Lever, String>> year) {
    return PlacePolicy.overrides(base, setup.rounds(), levers(base, year));
  }

  /** Records a year that has run: its decisions and the place after it. */
  void finishYear(Map<Role, Map<Lever, String>> year, RoundResult result) {
    decisions.add(year);
    results.add(result);
    committed.clear();
    status = results.size() >= setup.rounds() ? Status.FINISHED : Status.DECIDING;
  }

  /** The place before any decision (null until it has been built). */
  RoundResult start() {
    return start;
  }

  void started(RoundResult place) {
    this.start = place;
  }

  void debriefed(Debrief d) {
    this.debrief = d;
  }

  void failed(String message) {
    status = Status.FAILED;
    error = message;
  }

  /** Restores saved state (a game read back from its file). */
  void restore(
      Map<Role, Map<Lever, String>> savedProposals,
      Set<Role> savedCommitted,
      List<Map<Role, Map<Lever, String>>> savedDecisions,
      List<RoundResult> savedResults,
      Debrief savedDebrief) {
    proposals.putAll(savedProposals);
    committed.addAll(savedCommitted);
    decisions.addAll(savedDecisions);
    results.addAll(savedResults);
    debrief = savedDebrief;
    if (results.size() >= setup.rounds()) status = Status.FINISHED;
    else if (committed.size() == roles.size()) status = Status.RUNNING;
    else status = Status.DECIDING;
  }

  /** The join links' tokens by role id, for the facilitator. */
  Map<String, String> links() {
    Map<String, String> out = new LinkedHashMap<>();
    for (Role r : roles) out.put(r.id(), tokens.get(r));
    return out;
  }
}
