package org.civicsim.scenario;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The scenario keys as declared by the {@link Param} and {@link Section} annotations on the
 * scenario records: what {@code explain}, {@code validate} and docs/scenarios.md show students.
 */
public final class Schema {

  /**
   * One key of a scenario file.
   *
   * @param key dotted key, for example {@code council.cuts.real_terms_per_year}; list entries are
   *     written {@code boroughs[].name}
   * @param type what may be written, for example "number" or "one of logit, threshold"
   * @param unit unit of the number, empty when none
   * @param defaultText the default as written in YAML, or null when the key is optional
   * @param min smallest allowed value (for lists, length), or null when unbounded
   * @param max largest allowed value (for lists, length), or null when unbounded
   * @param doc what the key changes in the model
   * @param source where the default comes from, empty when not stated
   */
  public record Key(
      String key,
      String type,
      String unit,
      String defaultText,
      Double min,
      Double max,
      String doc,
      String source) {}

  /** One record component read as a key. */
  record Field(String name, RecordComponent component, Param param, Section section) {

    Class<?> type() {
      return component.getType();
    }

    boolean isSection() {
      return section != null;
    }

    /** The default as YAML text, or null when the key is optional. */
    String defaultText() {
      return param == null || Param.NONE.equals(param.def()) ? null : param.def();
    }

    /** The element type of a list component. */
    Class<?> elementType() {
      Type g = component.getGenericType();
      if (g instanceof ParameterizedType pt
          && pt.getActualTypeArguments()[0] instanceof Class<?> c) {
        return c;
      }
      return Object.class;
    }
  }

  private static final Map<Class<?>, Map<String, Field>> FIELDS = new ConcurrentHashMap<>();

  private Schema() {}

  private static final class Keys {
    static final List<Key> ALL = build();
    static final List<String> VALUES =
        ALL.stream().map(Key::key).filter(k -> !k.contains("[]")).toList();

    private static List<Key> build() {
      List<Key> out = new ArrayList<>();
      addKeys(Scenario.class, "", out);
      return List.copyOf(out);
    }
  }

  /** Every key of a scenario file in the order of the records, with its default and range. */
  public static List<Key> keys() {
    return Keys.ALL;
  }

  private static void addKeys(Class<?> type, String prefix, List<Key> out) {
    for (Field f : fields(type).values()) {
      String key = prefix + f.name();
      if (f.isSection()) {
        addKeys(f.type(), key + ".", out);
        continue;
      }
      Param p = f.param();
      out.add(
          new Key(
              key,
              describeType(f),
              p.unit(),
              f.defaultText(),
              Double.isInfinite(p.min()) ? null : p.min(),
              Double.isInfinite(p.max()) ? null : p.max(),
              p.doc(),
              p.source()));
      if (List.class.equals(f.type()) && f.elementType().isRecord()) {
        addKeys(f.elementType(), key + "[].", out);
      }
    }
  }

  /**
   * The keys of one record type, by YAML name, in declaration order; derived components left out.
   */
  static Map<String, Field> fields(Class<?> recordType) {
    return FIELDS.computeIfAbsent(recordType, Schema::readFields);
  }

  private static Map<String, Field> readFields(Class<?> recordType) {
    Map<String, Field> out = new LinkedHashMap<>();
    for (RecordComponent c : recordType.getRecordComponents()) {
      if (c.isAnnotationPresent(Derived.class)) {
        continue;
      }
      Param param = c.getAnnotation(Param.class);
      Section section = c.getAnnotation(Section.class);
      if ((param == null) == (section == null)) {
        throw new IllegalStateException(
            recordType.getSimpleName()
                + "."
                + c.getName()
                + " needs exactly one of @Param, @Section");
      }
      out.put(Names.snake(c.getName()), new Field(Names.snake(c.getName()), c, param, section));
    }
    return out;
  }

  /** The field at a dotted key below {@code Scenario}, or null when there is no such key. */
  static Field find(String dotted) {
    Class<?> type = Scenario.class;
    Field f = null;
    for (String part : dotted.split("\\.", -1)) {
      if (type == null || !type.isRecord()) {
        return null;
      }
      f = fields(type).get(part);
      if (f == null) {
        return null;
      }
      type = f.isSection() ? f.type() : null;
    }
    return f;
  }

  /** Every dotted key that holds a value (not a section), in file order. */
  static List<String> valueKeys() {
    return Keys.VALUES;
  }

  /**
   * The nearest valid key for an unknown {@code key} written in the section {@code sectionPath}
   * (empty at the top), as a dotted key, or null. A key that is valid in another section is
   * suggested there ("pb_share" under borough: council.pb_share), else the nearest spelling in the
   * same section, else the nearest key anywhere.
   */
  static String suggestKey(Class<?> section, String sectionPath, String key) {
    String prefix = sectionPath.isEmpty() ? "" : sectionPath + ".";
    List<String> elsewhere = pathsEndingIn(key);
    if (!elsewhere.isEmpty()) {
      return String.join(" or ", elsewhere);
    }
    String near = Suggest.nearest(key, fields(section).keySet());
    if (near != null) {
      return prefix + near;
    }
    Map<String, List<String>> byLeaf = new LinkedHashMap<>();
    for (String k : valueKeys()) {
      byLeaf.computeIfAbsent(k.substring(k.lastIndexOf('.') + 1), x -> new ArrayList<>()).add(k);
    }
    String leaf = Suggest.nearest(key, byLeaf.keySet());
    return leaf == null ? null : String.join(" or ", byLeaf.get(leaf));
  }

  /** The nearest valid dotted key to a whole dotted key typed on the command line, or null. */
  static String suggestDotted(String dotted) {
    String near = Suggest.nearest(dotted, valueKeys());
    if (near != null) {
      return near;
    }
    Class<?> type = Scenario.class;
    String path = "";
    for (String part : dotted.split("\\.", -1)) {
      Field f = fields(type).get(part);
      if (f == null || !f.isSection()) {
        return f == null ? suggestKey(type, path, part) : null;
      }
      path = path.isEmpty() ? part : path + "." + part;
      type = f.type();
    }
    return null;
  }

  private static List<String> pathsEndingIn(String key) {
    return valueKeys().stream().filter(k -> k.equals(key) || k.endsWith("." + key)).toList();
  }

  /** The valid keys of a section, for a message when nothing is close. */
  static String listKeys(Class<?> section) {
    return String.join(", ", fields(section).keySet());
  }

  /** What may be written for a key, as said in messages: "a number", "one of a, b". */
  static String describeType(Field f) {
    Class<?> t = f.type();
    if (f.isSection()) {
      return "a section of keys";
    }
    if (t == int.class || t == Integer.class || t == long.class || t == Long.class) {
      return "a whole number";
    }
    if (t == double.class || t == Double.class) {
      return "a number";
    }
    if (t == boolean.class || t == Boolean.class) {
      return "true or false";
    }
    if (t == String.class) {
      return "text";
    }
    if (t.isEnum()) {
      return "one of " + String.join(", ", labels(t));
    }
    if (List.class.equals(t)) {
      Class<?> e = f.elementType();
      if (e.isRecord()) {
        return "a list of sections, each with " + String.join(" and ", fields(e).keySet());
      }
      return "a list of numbers";
    }
    if (Map.class.equals(t)) {
      return "a section of dotted keys and their values";
    }
    return t.getSimpleName();
  }

  /** The file spellings of an enum's constants. */
  static List<String> labels(Class<?> enumType) {
    return Arrays.stream(enumType.getEnumConstants()).map(c -> ((Choice) c).label()).toList();
  }

  /** " between 0 and 1", " at least 1", " at most 5" or "" for a numeric key. */
  static String describeRange(Param p) {
    boolean lo = !Double.isInfinite(p.min());
    boolean hi = !Double.isInfinite(p.max());
    if (lo && hi) {
      return " between " + Values.format(p.min()) + " and " + Values.format(p.max());
    }
    if (lo) {
      return " at least " + Values.format(p.min());
    }
    return hi ? " at most " + Values.format(p.max()) : "";
  }
}
