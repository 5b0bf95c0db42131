package org.civicsim.game;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.civicsim.metrics.MetricNames;

/**
 * What a player's or the facilitator's screen shows of a game, as a tree for JSON: every role's
 * proposal and whether it is committed (everyone sees everyone's), the place after each year, the
 * debrief at the end; the join links only to the facilitator.
 */
final class GameView {
  private GameView() {}

  /** The metrics the screens show, for every group: all but a few the page does not draw. */
  static final List<String> SHOWN =
      MetricNames.METRICS.stream()
          .filter(
              m ->
                  !List.of("participation_informal", "coproduction", "active_share", "pb_turnout")
                      .contains(m))
          .toList();

  static Map<String, Object> of(Game g, Role you, String export) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("id", g.id);
    v.put("scenario", g.setup.scenarioName());
    v.put("compare", g.compare() == null ? null : g.compare().scenarioName());
    v.put("rounds", g.setup.rounds());
    v.put("round", g.round());
    v.put("status", g.status().name().toLowerCase(java.util.Locale.ROOT));
    v.put("error", g.error());
    v.put("you", you == null ? "facilitator" : you.id());
    v.put("youTitle", you == null ? "Facilitator" : you.title());
    List<Object> roles = new ArrayList<>();
    for (Role r : g.roles) {
      Map<String, Object> role = new LinkedHashMap<>();
      role.put("id", r.id());
      role.put("title", r.title());
      role.put("remit", r.remit());
      role.put("committed", g.committed().contains(r));
      List<Object> levers = new ArrayList<>();
      for (var e : g.proposals().get(r).entrySet()) {
        Lever l = e.getKey();
        Map<String, Object> lever = new LinkedHashMap<>();
        lever.put("id", l.id());
        lever.put("label", l.label());
        lever.put("unit", l.unit());
        lever.put("kind", l.kind().name().toLowerCase(java.util.Locale.ROOT));
        if (l.kind() == Lever.Kind.NUMBER) {
          lever.put("min", l.min());
          lever.put("max", l.max());
        }
        if (l.kind() == Lever.Kind.CHOICE) lever.put("choices", l.choices());
        lever.put("value", e.getValue());
        levers.add(lever);
      }
      role.put("levers", levers);
      roles.add(role);
    }
    v.put("roles", roles);
    // Every year's committed decisions, by role, so that all see what each committed.
    List<Object> history = new ArrayList<>();
    for (var year : g.decisions()) {
      Map<String, Object> roles2 = new LinkedHashMap<>();
      year.forEach(
          (r, levers) -> {
            Map<String, String> values = new LinkedHashMap<>();
            levers.forEach((l, x) -> values.put(l.id(), x));
            roles2.put(r.id(), values);
          });
      history.add(roles2);
    }
    v.put("history", history);
    List<Object> results = new ArrayList<>();
    for (RoundResult r : g.results()) results.add(result(r, SHOWN, true));
    v.put("results", results);
    v.put("start", g.start() == null ? null : result(g.start(), SHOWN, true));
    Debrief d = g.debrief();
    if (d != null) {
      Map<String, Object> debrief = new LinkedHashMap<>();
      debrief.put("measures", Debrief.LEFT_OUT);
      debrief.put("room", finalValues(g.results()));
      debrief.put("baselineName", d.baselineName());
      debrief.put("baseline", finalValues(d.baseline()));
      debrief.put("compareName", d.compareName());
      debrief.put("comparison", d.comparison().isEmpty() ? null : finalValues(d.comparison()));
      v.put("debrief", debrief);
    } else {
      v.put("debrief", null);
    }
    if (you == null) {
      v.put("links", g.links());
      v.put("export", export);
    }
    return v;
  }

  private static Map<String, Object> finalValues(List<RoundResult> years) {
    RoundResult last = years.get(years.size() - 1);
    Map<String, Object> out = new LinkedHashMap<>();
    for (String key : Debrief.LEFT_OUT) out.put(key, last.metrics().get(key));
    return out;
  }

  private static Map<String, Object> result(RoundResult r, List<String> shown, boolean wards) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("round", r.round());
    out.put("week", r.week());
    Map<String, Double> metrics = new TreeMap<>();
    r.metrics()
        .forEach(
            (k, x) -> {
              if (shown.contains(k.substring(0, k.indexOf(':')))) metrics.put(k, x);
            });
    out.put("metrics", metrics);
    if (wards) out.put("wards", r.wards());
    return out;
  }
}
