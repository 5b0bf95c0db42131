package org.civicsim.scenario;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and validates scenario files: strict YAML, defaults from the schema annotations, command
 * line overrides, ranges and cross-field checks, and the per-borough configurations. Precedence:
 * the default, then the file, then {@code --set}, then a borough's own {@code set:}.
 */
public final class ScenarioLoader {
  private ScenarioLoader() {}

  /** A loaded scenario with where each value came from. */
  private record Loaded(
      Scenario scenario, Map<String, Pos> origins, List<Boroughs.Resolved> boroughs) {}

  /**
   * Loads a scenario file, applies {@code KEY=VALUE} overrides (dotted keys, values as YAML
   * scalars), fills defaults, validates everything and resolves per-borough configurations.
   *
   * @throws ScenarioException listing every problem in the file and the overrides
   */
  public static Scenario load(Path file, List<String> overrides) throws ScenarioException {
    return parse(SourceText.read(file), String.valueOf(file), overrides);
  }

  /** As {@link #load}, from text; {@code fileName} is used in messages. */
  public static Scenario parse(String yaml, String fileName, List<String> overrides)
      throws ScenarioException {
    return resolve(yaml, fileName, overrides).scenario();
  }

  /**
   * Every parameter in effect after loading {@code file} with {@code overrides}, in file order,
   * with where its value came from; then each borough's own changes.
   *
   * @throws ScenarioException as {@link #load} does
   */
  public static List<ResolvedValue> explain(Path file, List<String> overrides)
      throws ScenarioException {
    return explain(SourceText.read(file), String.valueOf(file), overrides);
  }

  /** As {@link #explain(Path, List)}, from text. */
  public static List<ResolvedValue> explain(String yaml, String fileName, List<String> overrides)
      throws ScenarioException {
    Loaded l = resolve(yaml, fileName, overrides);
    return Explain.values(l.scenario(), l.origins(), l.boroughs());
  }

  private static Loaded resolve(String yaml, String fileName, List<String> overrides)
      throws ScenarioException {
    String file = fileName == null || fileName.isEmpty() ? "<scenario>" : fileName;
    Problems problems = new Problems();
    try {
      YamlNode.Mapping root = root(yaml, file, problems);
      YamlNode.Mapping tree =
          Overrides.apply(
              root == null ? YamlNode.Mapping.empty(new Pos(file, 0, 0)) : root,
              overrides,
              problems);
      if (root == null) {
        throw problems.exception(file);
      }
      Map<String, Pos> origins = new LinkedHashMap<>();
      Scenario s = new Binder(problems, origins).bind(Scenario.class, tree, "");
      List<Boroughs.Resolved> boroughs = Boroughs.resolve(s, tree, problems);
      CrossChecks.check(s, boroughs, origins, file, problems);
      if (!problems.isEmpty()) {
        throw problems.exception(file);
      }
      List<BoroughPolicy> locals = boroughs.stream().map(Boroughs.Resolved::local).toList();
      return new Loaded(s.withLocals(locals), origins, boroughs);
    } catch (RuntimeException | StackOverflowError e) {
      problems.add(new Pos(file, 0, 0), null, "internal error while reading the scenario: " + e);
      throw problems.exception(file);
    }
  }

  /** The file's top-level mapping, or null when there is none (the problem is added). */
  private static YamlNode.Mapping root(String yaml, String file, Problems problems) {
    String text = yaml == null ? "" : yaml;
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.length() > YamlReader.MAX_CHARS) {
      problems.add(new Pos(file, 0, 0), null, SourceText.tooLarge(text.length()));
      return null;
    }
    Pos binary = SourceText.firstControlCharacter(text, file);
    if (binary != null) {
      problems.add(
          binary,
          null,
          "the file contains binary data (a control character); a scenario file is plain YAML"
              + " text");
      return null;
    }
    YamlNode root = YamlReader.read(text, file, problems);
    if (root instanceof YamlNode.Mapping m) {
      return m;
    }
    if (root instanceof YamlNode.Scalar s
        && (s.kind() == YamlNode.Kind.NULL
            || (s.kind() == YamlNode.Kind.STRING && s.text().isBlank()))) {
      problems.add(
          new Pos(file, 0, 0),
          null,
          "the file is empty; a scenario needs at least a name, like: name: my-scenario");
    } else if (root != null
        && !(root instanceof YamlNode.Scalar s && s.kind() == YamlNode.Kind.INVALID)) {
      problems.add(
          root.pos(),
          null,
          "the top level must be a section of keys (name: ..., steps: ...); got "
              + YamlNode.describe(root));
    }
    return null;
  }
}
