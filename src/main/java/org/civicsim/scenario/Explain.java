package org.civicsim.scenario;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Lists every value in effect in a loaded scenario and where it came from. */
final class Explain {
  /** Longer lists are shortened: a per-resident list can hold millions of numbers. */
  private static final int LIST_SHOWN = 10;

  private Explain() {}

  static List<ResolvedValue> values(
      Scenario s, Map<String, Pos> origins, List<Boroughs.Resolved> boroughs) {
    List<ResolvedValue> out = new ArrayList<>();
    for (String key : Schema.valueKeys()) {
      out.add(new ResolvedValue(key, text(valueAt(s, key)), source(origins.get(key))));
    }
    for (Boroughs.Resolved b : boroughs) {
      for (Map.Entry<String, Pos> e : b.origins().entrySet()) {
        out.add(
            new ResolvedValue(
                b.label() + e.getKey(),
                text(valueAt(b.local(), e.getKey())),
                source(e.getValue())));
      }
    }
    return out;
  }

  private static String source(Pos pos) {
    if (pos == null) {
      return ResolvedValue.DEFAULT;
    }
    return Pos.OVERRIDE_FILE.equals(pos.file()) ? Pos.OVERRIDE_FILE : pos.describe();
  }

  /**
   * The value at a dotted key of a scenario record (or a {@link BoroughPolicy}), by component name.
   */
  static Object valueAt(Object record, String dotted) {
    Object v = record;
    for (String part : dotted.split("\\.")) {
      v = component(v, part);
    }
    return v;
  }

  private static Object component(Object record, String yamlName) {
    for (RecordComponent c : record.getClass().getRecordComponents()) {
      if (Names.snake(c.getName()).equals(yamlName)) {
        try {
          return c.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("cannot read " + yamlName, e);
        }
      }
    }
    throw new IllegalArgumentException(
        "no key " + yamlName + " in " + record.getClass().getSimpleName());
  }

  /** A value as it would be written in YAML. */
  static String text(Object v) {
    if (v == null) {
      return "(not set)";
    }
    if (v instanceof Double d) {
      return Values.format(d);
    }
    if (v instanceof Choice c) {
      return c.label();
    }
    if (v instanceof BoroughOverride b) {
      return b.name();
    }
    if (v instanceof List<?> list) {
      String shown =
          list.stream().limit(LIST_SHOWN).map(Explain::text).collect(Collectors.joining(", "));
      return list.size() > LIST_SHOWN
          ? "[" + shown + ", ... (" + list.size() + " in all)]"
          : "[" + shown + "]";
    }
    if (v instanceof Map<?, ?> map) {
      return map.entrySet().stream()
          .map(e -> e.getKey() + ": " + e.getValue())
          .collect(Collectors.joining(", ", "{", "}"));
    }
    return String.valueOf(v);
  }
}
