package org.civicsim.game;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.civicsim.scenario.BoroughPolicy;
import org.civicsim.scenario.Council;

/**
 * One decision a role makes each budget year, with its unit, its allowed values and the value the
 * scenario starts it at. How each lever reaches the model is {@link PlacePolicy}'s business (and
 * docs/game.md's): most set one scenario key, the partners' money and time are added to levers the
 * model already has.
 */
public enum Lever {
  CUT_STRATEGY(
      Role.COUNCIL,
      "Cut strategy",
      "where the cuts fall",
      Kind.CHOICE,
      choices(Council.CutStrategy.values()),
      p -> id(p.council().cutStrategy())),
  DECISION_MODE(
      Role.COUNCIL,
      "Decision mode",
      "how discretionary money is shared among wards",
      Kind.CHOICE,
      choices(Council.DecisionMode.values()),
      p -> id(p.council().decisionMode())),
  PB_SHARE(
      Role.COUNCIL,
      "Residents decide (the one per cent shift)",
      "share of the budget, 0.01 = 1%",
      0,
      0.1,
      p -> num(p.council().pbShare())),
  GRANTS_SHARE(
      Role.COUNCIL,
      "Grants to community groups",
      "share of the budget",
      0,
      0.1,
      p -> num(p.council().grantsShare())),
  CD_WORKERS(
      Role.COUNCIL,
      "Community-development workers",
      "per 10,000 residents",
      0,
      10,
      p -> num(p.communityDevelopment().workersPer10k())),
  FUND(
      Role.COUNCIL,
      "Small-grants fund",
      "GBP per resident a year",
      0,
      20,
      p -> num(PlacePolicy.fundPerYear(p))),
  ASSET_TRANSFER(
      Role.COUNCIL,
      "Offer closing facilities to groups first",
      "asset transfer",
      Kind.YES_NO,
      List.of(),
      p -> bool(p.council().assetTransfer())),
  EXPLAIN_DECISIONS(
      Role.COUNCIL,
      "Explain decisions, even a 'no'",
      "keeps the trust of residents not listened to",
      Kind.YES_NO,
      List.of(),
      p -> bool(p.council().explainDecisions())),
  SERVICE_SHARE(
      Role.COMMUNITY,
      "Volunteers' effort into running services",
      "share of members' effort, 0-1",
      0,
      1,
      p -> num(p.groups().serviceShare())),
  ADVOCACY_SHARE(
      Role.COMMUNITY,
      "Effort on speaking up to the council",
      "share of a group's effort, 0-1",
      0,
      1,
      p -> num(p.groups().advocacyShare())),
  FUNDRAISING(
      Role.COMMUNITY,
      "Fund-raising",
      "GBP per member a year",
      0,
      300,
      p -> num(p.groups().fundraising())),
  TAKE_OVER(
      Role.COMMUNITY,
      "Bid to take over every facility the council closes",
      "a capable group is then always offered it",
      Kind.YES_NO,
      List.of(),
      p -> bool(false)),
  PLEDGE_PLATFORM(
      Role.COMMUNITY,
      "Run a pledge website",
      "lowers the time cost of informal help",
      Kind.YES_NO,
      List.of(),
      p -> bool(p.incentives().pledgePlatform())),
  HEALTH_POOL(
      Role.AGENCIES,
      "Health money pooled into the place budget",
      "share of the council's first-year budget",
      0,
      0.05,
      p -> num(0)),
  POLICE_POOL(
      Role.AGENCIES,
      "Police money pooled into the place budget",
      "share of the council's first-year budget",
      0,
      0.05,
      p -> num(0)),
  BUSINESS_MONEY(
      Role.BUSINESS,
      "Money for community projects",
      "GBP per resident a year, into the small-grants fund",
      0,
      20,
      p -> num(0)),
  STAFF_TIME(
      Role.BUSINESS,
      "Staff time as community organisers",
      "full-time staff per 10,000 residents",
      0,
      5,
      p -> num(0)),
  INCLUSIVE_VOICE(
      Role.PANEL,
      "Every part of the community heard in proportion",
      "weights votes and responses by population",
      Kind.YES_NO,
      List.of(),
      p -> bool(p.council().inclusiveVoice())),
  ONLINE(
      Role.PANEL,
      "Consultations and votes online too",
      "lower time cost for residents who are online",
      Kind.YES_NO,
      List.of(),
      p -> bool(p.council().online())),
  OPEN_BUDGET(
      Role.PANEL,
      "Open budget data and a budget simulator",
      "lowers the skill barrier to taking part",
      Kind.YES_NO,
      List.of(),
      p -> bool(p.council().openBudget()));

  /** What kind of value a lever takes. */
  public enum Kind {
    NUMBER,
    CHOICE,
    YES_NO
  }

  private final Role role;
  private final String label;
  private final String unit;
  private final Kind kind;
  private final double min;
  private final double max;
  private final List<String> choices;
  private final Function<BoroughPolicy, String> start;

  Lever(
      Role role,
      String label,
      String unit,
      Kind kind,
      List<String> choices,
      Function<BoroughPolicy, String> start) {
    this.role = role;
    this.label = label;
    this.unit = unit;
    this.kind = kind;
    this.min = 0;
    this.max = 0;
    this.choices = choices;
    this.start = start;
  }

  Lever(
      Role role,
      String label,
      String unit,
      double min,
      double max,
      Function<BoroughPolicy, String> start) {
    this.role = role;
    this.label = label;
    this.unit = unit;
    this.kind = Kind.NUMBER;
    this.min = min;
    this.max = max;
    this.choices = List.of();
    this.start = start;
  }

  public Role role() {
    return role;
  }

  public String label() {
    return label;
  }

  public String unit() {
    return unit;
  }

  public Kind kind() {
    return kind;
  }

  public double min() {
    return min;
  }

  public double max() {
    return max;
  }

  /** The allowed values of a {@link Kind#CHOICE} lever (empty for the others). */
  public List<String> choices() {
    return choices;
  }

  /** The lever's id in requests and saved games: its name in lower case. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The lever with this id, or null. */
  public static Lever byId(String id) {
    if (id == null) return null;
    for (Lever l : values()) if (l.id().equals(id)) return l;
    return null;
  }

  /** The value the scenario's first borough starts the lever at, in canonical form. */
  public String startValue(BoroughPolicy policy) {
    String v = start.apply(policy);
    // A scenario may start a lever outside the game's range: the game starts it at the nearest end.
    if (kind == Kind.NUMBER) return num(Math.max(min, Math.min(max, Double.parseDouble(v))));
    return v;
  }

  /**
   * {@code raw} checked and put in canonical form (numbers as Java writes doubles, yes/no as {@code
   * true}/{@code false}).
   *
   * @throws GameException with a message for the player when the value is not allowed
   */
  public String canonical(String raw) throws GameException {
    String v = raw == null ? "" : raw.trim();
    switch (kind) {
      case NUMBER -> {
        double d;
        try {
          d = Double.parseDouble(v);
        } catch (NumberFormatException e) {
          throw bad(raw, "a number from " + num(min) + " to " + num(max) + " (" + unit + ")");
        }
        if (!Double.isFinite(d) || d < min || d > max) {
          throw bad(raw, "a number from " + num(min) + " to " + num(max) + " (" + unit + ")");
        }
        return num(d == 0 ? 0 : d);
      }
      case CHOICE -> {
        if (!choices.contains(v)) throw bad(raw, "one of " + String.join(", ", choices));
        return v;
      }
      default -> {
        if (v.equals("true") || v.equals("yes")) return "true";
        if (v.equals("false") || v.equals("no")) return "false";
        throw bad(raw, "yes or no");
      }
    }
  }

  private GameException bad(String raw, String allowed) {
    String shown = raw == null ? "nothing" : "'" + clip(raw) + "'";
    return GameException.badInput(label + " (" + id() + ") must be " + allowed + "; got " + shown);
  }

  private static String clip(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "..." : s;
  }

  static String num(double d) {
    return Double.toString(d);
  }

  static String bool(boolean b) {
    return Boolean.toString(b);
  }

  private static String id(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static List<String> choices(Enum<?>[] values) {
    return java.util.Arrays.stream(values).map(Lever::id).toList();
  }
}
