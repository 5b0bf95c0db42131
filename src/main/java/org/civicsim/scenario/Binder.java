package org.civicsim.scenario;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Builds the scenario records from a {@link YamlNode} tree by reflection: defaults for missing keys
 * from {@link Param#def()}, type conversion and range checks. A value with a problem is reported
 * and replaced by its default, so that binding goes on and every problem in a file is found.
 */
final class Binder {
  private final Problems problems;
  private final Map<String, Pos> origins;
  private final String label;
  private final Predicate<YamlNode> reportable;

  /**
   * @param origins filled with where each key's value was written (absent: the default)
   * @param label put before every key in problems, for example {@code boroughs[north].}
   * @param reportable which values' problems to report; the others were reported already
   */
  Binder(
      Problems problems, Map<String, Pos> origins, String label, Predicate<YamlNode> reportable) {
    this.problems = problems;
    this.origins = origins;
    this.label = label;
    this.reportable = reportable;
  }

  Binder(Problems problems, Map<String, Pos> origins) {
    this(problems, origins, "", node -> true);
  }

  /** Binds a record from {@code node} (null when the section is absent) at the dotted path. */
  <R> R bind(Class<R> type, YamlNode node, String path) {
    YamlNode.Mapping map = asMapping(type, node, path);
    Map<String, Schema.Field> fields = Schema.fields(type);
    for (YamlNode.Entry e : map.entries().values()) {
      if (!fields.containsKey(e.key())) {
        unknownKey(type, path, e);
      }
    }
    RecordComponent[] components = type.getRecordComponents();
    Object[] args = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      RecordComponent c = components[i];
      Schema.Field f = fields.get(Names.snake(c.getName()));
      if (f == null) {
        args[i] = List.class.equals(c.getType()) ? List.of() : null;
        continue;
      }
      YamlNode.Entry e = map.entry(f.name());
      String key = join(path, f.name());
      if (e != null) {
        origins.put(key, e.keyPos());
      }
      if (f.isSection()) {
        args[i] = bind(f.type(), e == null ? null : e.value(), key);
      } else {
        args[i] = e == null ? Defaults.of(f) : value(f, e.value(), key);
      }
    }
    return construct(type, components, args);
  }

  private YamlNode.Mapping asMapping(Class<?> type, YamlNode node, String path) {
    if (node instanceof YamlNode.Mapping m) {
      return m;
    }
    Pos pos = node == null ? new Pos("", 0, 0) : node.pos();
    if (node != null && !YamlNode.isNull(node) && !isInvalid(node) && reportable.test(node)) {
      problems.add(
          pos,
          label + path,
          "must be a section of keys ("
              + Schema.listKeys(type)
              + "); got "
              + YamlNode.describe(node));
    }
    return YamlNode.Mapping.empty(pos);
  }

  private void unknownKey(Class<?> type, String path, YamlNode.Entry e) {
    if (!reportable.test(e.value())) {
      return;
    }
    String where = path.isEmpty() ? "at the top level" : "in " + path;
    String suggestion = Schema.suggestKey(type, path, e.key());
    String hint =
        suggestion != null
            ? "; did you mean " + suggestion + "?"
            : "; the keys allowed here are " + Schema.listKeys(type);
    String shown = e.key().replace("\n", "\\n").replace("\t", "\\t");
    problems.add(
        e.keyPos(), label + join(path, shown), "unknown key \"" + shown + "\" " + where + hint);
  }

  /** Converts one value, or reports it and returns the default. */
  private Object value(Schema.Field f, YamlNode node, String key) {
    if (isInvalid(node)) {
      return Defaults.of(f);
    }
    if (YamlNode.isNull(node) && f.defaultText() == null) {
      return null;
    }
    Class<?> t = f.type();
    if (List.class.equals(t)) {
      return f.elementType().isRecord() ? records(f, node, key) : numbers(f, node, key);
    }
    if (Map.class.equals(t)) {
      return strings(f, node, key);
    }
    Object v =
        node instanceof YamlNode.Scalar s && s.kind() != YamlNode.Kind.NULL
            ? scalar(t, s.text(), f.param())
            : null;
    if (v instanceof Failure failure) {
      report(
          node,
          key,
          withDefault(mustBe(f) + "; got " + YamlNode.describe(node) + failure.extra, f));
      return Defaults.of(f);
    }
    if (v == null) {
      report(node, key, withDefault(mustBe(f) + "; got " + YamlNode.describe(node), f));
      return Defaults.of(f);
    }
    return v;
  }

  /**
   * Converts scalar text to a value of type {@code t}; a {@link Failure} when it is not one or is
   * out of range. Also used for defaults, with no range check.
   */
  static Object scalar(Class<?> t, String text, Param p) {
    if (t == String.class) {
      return text;
    }
    if (t == boolean.class || t == Boolean.class) {
      String b = text.trim().toLowerCase(Locale.ROOT);
      return b.equals("true") ? Boolean.TRUE : b.equals("false") ? Boolean.FALSE : Failure.PLAIN;
    }
    if (t.isEnum()) {
      return choice(t, text);
    }
    BigDecimal n = Values.parseNumber(text);
    if (n == null) {
      return Failure.PLAIN;
    }
    boolean whole = t == int.class || t == Integer.class || t == long.class || t == Long.class;
    if (whole && !Values.isWhole(n)) {
      return Failure.PLAIN;
    }
    if (p != null && !inRange(n, p)) {
      return Failure.PLAIN;
    }
    if (t == int.class || t == Integer.class) {
      return fits(n, Integer.MIN_VALUE, Integer.MAX_VALUE)
          ? (Object) n.intValueExact()
          : Failure.TOO_BIG;
    }
    if (t == long.class || t == Long.class) {
      return fits(n, Long.MIN_VALUE, Long.MAX_VALUE)
          ? (Object) n.longValueExact()
          : Failure.TOO_BIG;
    }
    double d = n.doubleValue();
    return Double.isInfinite(d) ? Failure.TOO_BIG : (Object) d;
  }

  private static boolean inRange(BigDecimal n, Param p) {
    boolean aboveMin = Double.isInfinite(p.min()) || n.compareTo(new BigDecimal(p.min())) >= 0;
    boolean belowMax = Double.isInfinite(p.max()) || n.compareTo(new BigDecimal(p.max())) <= 0;
    return aboveMin && belowMax;
  }

  private static boolean fits(BigDecimal n, long min, long max) {
    return n.compareTo(BigDecimal.valueOf(min)) >= 0 && n.compareTo(BigDecimal.valueOf(max)) <= 0;
  }

  private static Object choice(Class<?> t, String text) {
    for (Object c : t.getEnumConstants()) {
      if (((Choice) c).label().equalsIgnoreCase(text.trim())) {
        return c;
      }
    }
    String near = Suggest.nearest(text.trim(), Schema.labels(t));
    return near == null ? Failure.PLAIN : new Failure("; did you mean " + near + "?");
  }

  private List<Double> numbers(Schema.Field f, YamlNode node, String key) {
    if (!(node instanceof YamlNode.Sequence seq)) {
      report(
          node,
          key,
          withDefault(mustBe(f) + ", like [0.1, 0.25]; got " + YamlNode.describe(node), f));
      @SuppressWarnings("unchecked")
      List<Double> d = (List<Double>) Defaults.of(f);
      return d;
    }
    List<Double> out = new ArrayList<>(seq.items().size());
    for (int i = 0; i < seq.items().size(); i++) {
      YamlNode item = seq.items().get(i);
      Object v = item instanceof YamlNode.Scalar s ? scalar(double.class, s.text(), null) : null;
      if (v instanceof Double d) {
        out.add(d);
      } else if (!isInvalid(item)) {
        report(item, key + "[" + i + "]", "must be a number; got " + YamlNode.describe(item));
      }
    }
    checkLength(f, seq, key);
    return List.copyOf(out);
  }

  private List<Object> records(Schema.Field f, YamlNode node, String key) {
    if (!(node instanceof YamlNode.Sequence seq)) {
      report(node, key, withDefault(mustBe(f) + "; got " + YamlNode.describe(node), f));
      return List.of();
    }
    List<Object> out = new ArrayList<>(seq.items().size());
    for (int i = 0; i < seq.items().size(); i++) {
      out.add(bind(f.elementType(), seq.items().get(i), key + "[" + i + "]"));
    }
    checkLength(f, seq, key);
    return List.copyOf(out);
  }

  private Map<String, String> strings(Schema.Field f, YamlNode node, String key) {
    if (!(node instanceof YamlNode.Mapping map)) {
      report(node, key, withDefault(mustBe(f) + "; got " + YamlNode.describe(node), f));
      return Map.of();
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (YamlNode.Entry e : map.entries().values()) {
      if (e.value() instanceof YamlNode.Scalar s) {
        out.put(e.key(), s.text());
      } else {
        report(
            e.value(),
            key + "." + e.key(),
            "must be a single value; got " + YamlNode.describe(e.value()));
      }
    }
    return Collections.unmodifiableMap(out);
  }

  private void checkLength(Schema.Field f, YamlNode.Sequence seq, String key) {
    Param p = f.param();
    int n = seq.items().size();
    if ((!Double.isInfinite(p.min()) && n < p.min())
        || (!Double.isInfinite(p.max()) && n > p.max())) {
      report(seq, key, "must have" + Schema.describeRange(p) + " entries; got " + n);
    }
  }

  private void report(YamlNode node, String key, String message) {
    if (reportable.test(node)) {
      problems.add(node.pos(), label + key, message);
    }
  }

  /** "must be a number between 0 and 1 (share 0-1)". */
  static String mustBe(Schema.Field f) {
    Param p = f.param();
    Class<?> t = f.type();
    boolean numeric = t.isPrimitive() && t != boolean.class || Number.class.isAssignableFrom(t);
    String range = numeric ? Schema.describeRange(p) : "";
    String unit = p.unit().isEmpty() ? "" : " (" + p.unit() + ")";
    return "must be " + Schema.describeType(f) + range + unit;
  }

  /** The message with the key's default as a last sentence: "...; got 1.5. Default 0.2." */
  static String withDefault(String message, Schema.Field f) {
    String d = f.defaultText();
    String note =
        d == null
            ? "It is optional: leave it out to not set it."
            : "Default " + (d.isEmpty() ? "\"\"" : d) + ".";
    return message + (message.endsWith("?") ? " " : ". ") + note;
  }

  private static boolean isInvalid(YamlNode node) {
    return node instanceof YamlNode.Scalar s && s.kind() == YamlNode.Kind.INVALID;
  }

  private static String join(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  private static <R> R construct(Class<R> type, RecordComponent[] components, Object[] args) {
    Class<?>[] types =
        Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
    try {
      return type.getDeclaredConstructor(types).newInstance(args);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("cannot build " + type.getSimpleName(), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
    }
  }

  /** Why a scalar was refused: the plain "must be" message, or with a note added. */
  static final class Failure {
    static final Failure PLAIN = new Failure("");
    static final Failure TOO_BIG = new Failure(", which is too large");
    final String extra;

    Failure(String extra) {
      this.extra = extra;
    }
  }
}
