package org.civicsim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Command-line changes ({@code --set council.cuts.real_terms_per_year=0.08}) applied to the file's
 * tree before binding, so that their values are checked exactly like the file's.
 */
final class Overrides {
  private Overrides() {}

  /** The tree with every valid override applied; problems with the others are added. */
  static YamlNode.Mapping apply(YamlNode.Mapping root, List<String> overrides, Problems problems) {
    YamlNode.Mapping out = root;
    for (String o : overrides == null ? List.<String>of() : overrides) {
      String text = o == null ? "" : o;
      int eq = text.indexOf('=');
      if (eq <= 0 || text.substring(0, eq).isBlank()) {
        problems.add(
            Pos.override(),
            null,
            "\"" + text + "\" is not KEY=VALUE; write for example council.pb_share=0.01");
        continue;
      }
      String key = text.substring(0, eq).trim();
      Schema.Field f = Schema.find(key);
      if (f == null) {
        String near = Schema.suggestDotted(key);
        problems.add(
            Pos.override(),
            key,
            "unknown key"
                + (near == null
                    ? "; see ./civicsim explain for the keys"
                    : "; did you mean " + near + "?"));
        continue;
      }
      YamlNode value = value(f, key, text.substring(eq + 1), problems);
      if (value != null) {
        out = out.withPath(List.of(key.split("\\.")), Pos.override(), value);
      }
    }
    return out;
  }

  /**
   * The value as YAML (a scalar, or a flow list like {@code [0.1,0.2]}), every position moved to
   * the command line. Text keys take the text as written, so a description may hold a colon.
   */
  private static YamlNode value(Schema.Field f, String key, String text, Problems problems) {
    if (f.type() == String.class) {
      return new YamlNode.Scalar(text, YamlNode.Kind.STRING, Pos.override());
    }
    Problems own = new Problems();
    YamlNode node = YamlReader.read(text, Pos.OVERRIDE_FILE, own);
    for (Problem p : own.sorted(Pos.OVERRIDE_FILE)) {
      problems.add(Pos.override(), key, "the value \"" + text + "\" is not valid: " + p.message());
    }
    return node == null ? null : relocate(node);
  }

  private static YamlNode relocate(YamlNode node) {
    if (node instanceof YamlNode.Sequence seq) {
      List<YamlNode> items = new ArrayList<>();
      seq.items().forEach(i -> items.add(relocate(i)));
      return new YamlNode.Sequence(items, Pos.override());
    }
    if (node instanceof YamlNode.Mapping map) {
      Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
      map.entries()
          .forEach(
              (k, e) -> entries.put(k, new YamlNode.Entry(k, Pos.override(), relocate(e.value()))));
      return new YamlNode.Mapping(entries, Pos.override());
    }
    YamlNode.Scalar s = (YamlNode.Scalar) node;
    return new YamlNode.Scalar(s.text(), s.kind(), Pos.override());
  }
}
