package org.civicsim.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A node of a parsed scenario file that remembers where it was written, so that every problem can
 * name a line and column. Nodes are immutable; overrides build modified copies.
 */
sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Sequence, YamlNode.Mapping {

  Pos pos();

  /** What a scalar looked like to the YAML parser; used to quote text in messages. */
  enum Kind {
    STRING,
    NUMBER,
    BOOLEAN,
    NULL,
    /** A value already reported as a problem (an alias); binding skips it silently. */
    INVALID
  }

  /** A single value, kept as the text written. */
  record Scalar(String text, Kind kind, Pos pos) implements YamlNode {}

  /** A list of values. */
  record Sequence(List<YamlNode> items, Pos pos) implements YamlNode {
    public Sequence {
      items = List.copyOf(items);
    }
  }

  /** One {@code key: value} line of a mapping, with the position of the key. */
  record Entry(String key, Pos keyPos, YamlNode value) {}

  /** Keys and values in file order. */
  record Mapping(Map<String, Entry> entries, Pos pos) implements YamlNode {
    public Mapping {
      entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    static Mapping empty(Pos pos) {
      return new Mapping(Map.of(), pos);
    }

    Entry entry(String key) {
      return entries.get(key);
    }

    YamlNode get(String key) {
      Entry e = entries.get(key);
      return e == null ? null : e.value();
    }

    /** A copy with {@code key} set (replacing any earlier value in place). */
    Mapping with(Entry entry) {
      Map<String, Entry> copy = new LinkedHashMap<>(entries);
      copy.put(entry.key(), entry);
      return new Mapping(copy, pos);
    }

    /**
     * A copy with the value at the dotted {@code path} replaced, creating missing sections. A
     * section written as something other than a mapping is left as it is (its own problem is
     * reported when binding), so the copy is returned unchanged.
     */
    Mapping withPath(List<String> path, Pos keyPos, YamlNode value) {
      String head = path.get(0);
      if (path.size() == 1) {
        return with(new Entry(head, keyPos, value));
      }
      Entry old = entries.get(head);
      Mapping child;
      if (old == null || isNull(old.value())) {
        child = Mapping.empty(keyPos);
      } else if (old.value() instanceof Mapping m) {
        child = m;
      } else {
        return this;
      }
      Pos headPos = old == null ? keyPos : old.keyPos();
      return with(
          new Entry(head, headPos, child.withPath(path.subList(1, path.size()), keyPos, value)));
    }
  }

  static boolean isNull(YamlNode node) {
    return node instanceof Scalar s && s.kind() == Kind.NULL;
  }

  /** How a value is described after "got" in a message. */
  static String describe(YamlNode node) {
    if (node instanceof Mapping) {
      return "a section of keys";
    }
    if (node instanceof Sequence) {
      return "a list";
    }
    Scalar s = (Scalar) node;
    return switch (s.kind()) {
      case NULL -> "no value";
      case STRING -> '"' + s.text() + '"';
      default -> s.text();
    };
  }
}
