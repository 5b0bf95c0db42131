package org.civicsim.scenario;

import java.util.List;
import java.util.Map;

/**
 * Checks between keys that each look fine alone: a per-resident list that does not match the
 * population, a participatory budget with no council, more wards than residents. Each problem is
 * reported at the key a student should change.
 */
final class CrossChecks {
  /** A whole run above this many residents would not fit in memory on a cluster node. */
  static final long MAX_TOTAL_RESIDENTS = 100_000_000L;

  private final Problems problems;
  private final Map<String, Pos> origins;
  private final Pos fallback;

  private CrossChecks(Problems problems, Map<String, Pos> origins, String file) {
    this.problems = problems;
    this.origins = origins;
    this.fallback = new Pos(file, 0, 0);
  }

  /** Runs every check on the bound scenario and its resolved boroughs. */
  static void check(
      Scenario s,
      List<Boroughs.Resolved> boroughs,
      Map<String, Pos> origins,
      String file,
      Problems problems) {
    CrossChecks c = new CrossChecks(problems, origins, file);
    c.scenarioWide(s, boroughs);
    BoroughPolicy top =
        new BoroughPolicy(
            "", s.borough(), s.council(), s.communityDevelopment(), s.groups(), s.incentives());
    c.local(s, top, "", Map.of());
    for (Boroughs.Resolved b : boroughs) {
      if (!b.origins().isEmpty()) {
        c.local(s, b.local(), b.label(), b.origins());
      }
    }
  }

  private void scenarioWide(Scenario s, List<Boroughs.Resolved> boroughs) {
    if (!s.name().matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
      report(
          "name",
          "\""
              + s.name()
              + "\" names the results folder, so it may hold only letters, digits, '.', '-' and"
              + " '_', starting with a letter or digit; for example deep-cuts");
    }
    if (!s.boroughs().isEmpty() && s.borough().count() > 1) {
      report(
          "borough.count",
          "is "
              + s.borough().count()
              + " but boroughs: also lists "
              + s.boroughs().size()
              + " boroughs; use one or the other (count makes identical boroughs, boroughs: named"
              + " ones)");
    }
    Residents r = s.residents();
    if (r.initialActive() > 0 && r.initialActiveCount() != null && r.initialActiveCount() > 0) {
      report(
          "residents.initial_active_count",
          "set residents.initial_active (a share) or residents.initial_active_count (a number of"
              + " residents), not both");
    }
    distribution(r.threshold());
    if (r.thresholds() != null && boroughs.size() > 1) {
      report(
          "residents.thresholds",
          "one threshold per resident needs a single borough; this scenario has "
              + boroughs.size());
    }
    long total = 0;
    for (Boroughs.Resolved b : boroughs) {
      total += b.local().borough().residents();
    }
    if (total > MAX_TOTAL_RESIDENTS) {
      report(
          s.boroughs().isEmpty() ? "borough.count" : "boroughs",
          "the boroughs hold "
              + total
              + " residents in all; at most "
              + MAX_TOTAL_RESIDENTS
              + " are allowed");
    }
  }

  private void distribution(Distribution d) {
    boolean uniform = d.distribution() == Distribution.Kind.UNIFORM;
    boolean uniformInt = d.distribution() == Distribution.Kind.UNIFORM_INT;
    if (uniformInt) {
      whole("residents.threshold.min", d.min());
      whole("residents.threshold.max", d.max());
    }
    if ((uniform || uniformInt) && d.min() > d.max()) {
      report(
          "residents.threshold.min",
          "must not be above residents.threshold.max ("
              + Values.format(d.max())
              + ") for"
              + " distribution "
              + d.distribution().label()
              + "; got "
              + Values.format(d.min()));
    }
  }

  private void whole(String key, double v) {
    if (v != Math.rint(v)) {
      report(key, "must be a whole number for distribution uniform_int; got " + Values.format(v));
    }
  }

  /**
   * Checks of one borough's configuration; for an entry of boroughs: only those that involve a key
   * the entry changes, the others being the same as the top level's.
   */
  private void local(Scenario s, BoroughPolicy l, String label, Map<String, Pos> own) {
    Borough b = l.borough();
    Council c = l.council();
    Residents r = s.residents();
    Checker k = new Checker(label, own);
    if (r.thresholds() != null && r.thresholds().size() != b.residents()) {
      k.report(
          "residents.thresholds",
          List.of("borough.residents"),
          "has "
              + r.thresholds().size()
              + " entries but borough.residents is "
              + b.residents()
              + "; give exactly one threshold per resident");
    }
    if (r.initialActiveCount() != null && r.initialActiveCount() > b.residents()) {
      k.report(
          "residents.initial_active_count",
          List.of("borough.residents"),
          "must be at most borough.residents ("
              + b.residents()
              + "); got "
              + r.initialActiveCount());
    }
    Network n = s.network();
    if (n.type() != Network.Type.COMPLETE && n.meanDegree() >= b.residents()) {
      k.report(
          "network.mean_degree",
          List.of("borough.residents"),
          "must be less than borough.residents ("
              + b.residents()
              + ") unless network.type is"
              + " complete; got "
              + n.meanDegree());
    }
    if (b.wards() > b.residents()) {
      k.report(
          "borough.wards",
          List.of("borough.residents"),
          "must be at most borough.residents (" + b.residents() + "); got " + b.wards());
    }
    if (!c.enabled() && c.pbShare() > 0) {
      k.report(
          "council.pb_share",
          List.of("council.enabled"),
          "is "
              + Values.format(c.pbShare())
              + " but council.enabled is false; a participatory budget needs a council (set"
              + " pb_share: 0 or enable the council)");
    }
    if (!c.enabled() && l.incentives().innovationFund().perResident() > 0) {
      k.report(
          "incentives.innovation_fund.per_resident",
          List.of("council.enabled"),
          "is "
              + Values.format(l.incentives().innovationFund().perResident())
              + " but council.enabled is false; the innovation fund is paid by the council (set"
              + " per_resident: 0 or enable the council)");
    }
  }

  private void report(String key, String message) {
    if (!problems.hasProblemAt(key)) {
      problems.add(where(key, Map.of()), key, message);
    }
  }

  /** The position of a key's value, else of its section, else the file. */
  private Pos where(String key, Map<String, Pos> own) {
    String k = key;
    while (!k.isEmpty()) {
      Pos p = own.containsKey(k) ? own.get(k) : origins.get(k);
      if (p != null) {
        return p;
      }
      k = k.contains(".") ? k.substring(0, k.lastIndexOf('.')) : "";
    }
    return fallback;
  }

  /**
   * Reports for one borough: under its label, at the line of its own change that makes the problem.
   */
  private final class Checker {
    private final String label;
    private final Map<String, Pos> own;

    Checker(String label, Map<String, Pos> own) {
      this.label = label;
      this.own = own;
    }

    void report(String key, List<String> alsoInvolved, String message) {
      boolean mine = own.containsKey(key) || alsoInvolved.stream().anyMatch(own::containsKey);
      boolean alreadyWrong =
          problems.hasProblemAt(label + key)
              || problems.hasProblemAt(key)
              || alsoInvolved.stream()
                  .anyMatch(k -> problems.hasProblemAt(k) || problems.hasProblemAt(label + k));
      if ((!label.isEmpty() && !mine) || alreadyWrong) {
        return;
      }
      String at =
          own.containsKey(key)
              ? key
              : alsoInvolved.stream().filter(own::containsKey).findFirst().orElse(key);
      problems.add(where(at, own), label + key, message);
    }
  }
}
