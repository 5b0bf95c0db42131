package org.civicsim.scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves the boroughs a scenario runs side by side into {@link BoroughPolicy} configurations:
 * {@code borough.count} identical copies, or one per {@code boroughs:} entry with its {@code set:}
 * changes applied to the borough, council, community_development, groups and incentives sections.
 */
final class Boroughs {
  /** The sections a borough may change; the rest (network, residents, ...) is shared. */
  static final List<String> LOCAL_SECTIONS =
      List.of("borough", "council", "community_development", "groups", "incentives");

  /** One resolved borough and where its own changes were written (dotted key to position). */
  record Resolved(BoroughPolicy local, String label, Map<String, Pos> origins) {}

  private Boroughs() {}

  /**
   * The boroughs of a bound scenario. Deprivation left unset is spread evenly from 0 (least
   * deprived) to 1 over the boroughs in order, or 0.5 for a single borough.
   */
  static List<Resolved> resolve(Scenario s, YamlNode.Mapping root, Problems problems) {
    List<Resolved> out = new ArrayList<>();
    if (s.boroughs().isEmpty()) {
      int n = s.borough().count();
      for (int i = 0; i < n; i++) {
        BoroughPolicy l =
            new BoroughPolicy(
                "borough-" + (i + 1),
                spread(s.borough(), i, n),
                s.council(),
                s.communityDevelopment(),
                s.groups(),
                s.incentives());
        out.add(new Resolved(l, "", Map.of()));
      }
      return out;
    }
    YamlNode listNode = root.get("boroughs");
    List<YamlNode> items = listNode instanceof YamlNode.Sequence seq ? seq.items() : List.of();
    Map<String, Integer> seen = new HashMap<>();
    int n = s.boroughs().size();
    for (int i = 0; i < n; i++) {
      YamlNode item = i < items.size() ? items.get(i) : null;
      YamlNode.Mapping entry = item instanceof YamlNode.Mapping m ? m : null;
      String name = checkName(s.boroughs().get(i).name(), i, entry, item, seen, problems);
      out.add(one(s, root, entry, name, i, n, problems));
    }
    return out;
  }

  private static String checkName(
      String name,
      int i,
      YamlNode.Mapping entry,
      YamlNode item,
      Map<String, Integer> seen,
      Problems problems) {
    String key = "boroughs[" + i + "].name";
    YamlNode.Entry nameEntry = entry == null ? null : entry.entry("name");
    Pos where = nameEntry != null ? nameEntry.keyPos() : item != null ? item.pos() : Pos.override();
    if (name == null || name.isBlank()) {
      problems.add(where, key, "every borough needs a name, like: - name: north");
      return "borough-" + (i + 1);
    }
    Integer first = seen.putIfAbsent(name, i);
    if (first != null) {
      problems.add(
          where,
          key,
          "the name \""
              + name
              + "\" is already used by boroughs["
              + first
              + "]; names must be unique");
    }
    return name;
  }

  private static Resolved one(
      Scenario s,
      YamlNode.Mapping root,
      YamlNode.Mapping entry,
      String name,
      int i,
      int n,
      Problems problems) {
    String label = "boroughs[" + name + "].";
    Set<YamlNode> own = Collections.newSetFromMap(new IdentityHashMap<>());
    Map<String, Pos> origins = new LinkedHashMap<>();
    YamlNode.Mapping tree = root;
    YamlNode setNode = entry == null ? null : entry.get("set");
    if (setNode instanceof YamlNode.Mapping set) {
      for (YamlNode.Entry e : set.entries().values()) {
        if (!allowed(e, label, problems)) {
          continue;
        }
        own.add(e.value());
        origins.put(e.key(), e.keyPos());
        tree = tree.withPath(List.of(e.key().split("\\.")), e.keyPos(), e.value());
      }
    }
    if (own.isEmpty()) {
      return new Resolved(
          new BoroughPolicy(
              name,
              spread(s.borough(), i, n),
              s.council(),
              s.communityDevelopment(),
              s.groups(),
              s.incentives()),
          label,
          origins);
    }
    Binder binder = new Binder(problems, new HashMap<>(), label, own::contains);
    BoroughPolicy l =
        new BoroughPolicy(
            name,
            spread(binder.bind(Borough.class, tree.get("borough"), "borough"), i, n),
            binder.bind(Council.class, tree.get("council"), "council"),
            binder.bind(
                CommunityDevelopment.class,
                tree.get("community_development"),
                "community_development"),
            binder.bind(Groups.class, tree.get("groups"), "groups"),
            binder.bind(Incentives.class, tree.get("incentives"), "incentives"));
    return new Resolved(l, label, origins);
  }

  /** Whether a {@code set:} key names a value a borough may change; reports it when not. */
  private static boolean allowed(YamlNode.Entry e, String label, Problems problems) {
    String key = e.key();
    String section = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
    if (!LOCAL_SECTIONS.contains(section)) {
      problems.add(
          e.keyPos(),
          label + "set",
          "\""
              + key
              + "\" cannot be set per borough; only keys under borough., council.,"
              + " community_development., groups. and incentives. can");
      return false;
    }
    Schema.Field f = Schema.find(key);
    if (f == null || f.isSection()) {
      String near = f == null ? Schema.suggestDotted(key) : null;
      problems.add(
          e.keyPos(),
          label + "set",
          "unknown key \""
              + key
              + "\""
              + (near == null
                  ? "; write a dotted key with a value, like" + " council.pb_share"
                  : "; did you mean " + near + "?"));
      return false;
    }
    return true;
  }

  private static Borough spread(Borough b, int i, int n) {
    if (b.deprivation() != null) {
      return b;
    }
    double d = n == 1 ? 0.5 : (double) i / (n - 1);
    return new Borough(b.residents(), b.wards(), b.count(), b.minorityShare(), b.segregation(), d);
  }
}
