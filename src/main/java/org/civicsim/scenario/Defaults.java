package org.civicsim.scenario;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The default value of each key, read once from its {@link Param#def()} text. */
final class Defaults {
  private static final Map<RecordComponent, Optional<Object>> CACHE = new ConcurrentHashMap<>();

  private Defaults() {}

  /** The default of a value key: null for an optional key. */
  static Object of(Schema.Field f) {
    return CACHE.computeIfAbsent(f.component(), c -> Optional.ofNullable(read(f))).orElse(null);
  }

  private static Object read(Schema.Field f) {
    String text = f.defaultText();
    Class<?> t = f.type();
    if (text == null) {
      if (t.isPrimitive()) {
        throw schemaBug(f, "a primitive needs a default");
      }
      return null;
    }
    if (!List.class.equals(t) && !Map.class.equals(t)) {
      Object v = Binder.scalar(t, text, null);
      if (v instanceof Binder.Failure) {
        throw schemaBug(f, "default \"" + text + "\" is not " + Schema.describeType(f));
      }
      return v;
    }
    Problems problems = new Problems();
    YamlNode node = YamlReader.read(text, "@Param.def", problems);
    if (List.class.equals(t) && node instanceof YamlNode.Sequence seq) {
      List<Object> out = new ArrayList<>();
      for (YamlNode item : seq.items()) {
        out.add(Binder.scalar(double.class, ((YamlNode.Scalar) item).text(), null));
      }
      return List.copyOf(out);
    }
    if (Map.class.equals(t) && node instanceof YamlNode.Mapping map) {
      Map<String, String> out = new LinkedHashMap<>();
      map.entries().values().forEach(e -> out.put(e.key(), ((YamlNode.Scalar) e.value()).text()));
      return Collections.unmodifiableMap(out);
    }
    throw schemaBug(f, "default \"" + text + "\" is not " + Schema.describeType(f));
  }

  private static IllegalStateException schemaBug(Schema.Field f, String why) {
    return new IllegalStateException("scenario schema: " + f.name() + ": " + why);
  }
}
