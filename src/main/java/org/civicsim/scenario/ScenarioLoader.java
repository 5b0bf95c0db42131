package org.civicsim.scenario;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and validates scenario files: strict YAML, defaults from the schema annotations, command
 * line overrides, ranges and cross-field checks, and the per-borough configurations.
 */
public final class ScenarioLoader {
  private ScenarioLoader() {}

  /**
   * Loads a scenario file, applies {@code KEY=VALUE} overrides (dotted keys, values as YAML
   * scalars), fills defaults, validates everything and resolves per-borough configurations.
   *
   * @throws ScenarioException listing every problem in the file and the overrides
   */
  public static Scenario load(Path file, List<String> overrides) throws ScenarioException {
    String name = String.valueOf(file);
    String text = SourceText.read(file);
    return parse(text, name, overrides);
  }

  /** As {@link #load}, from text; {@code fileName} is used in messages. */
  public static Scenario parse(String yaml, String fileName, List<String> overrides)
      throws ScenarioException {
    String file = fileName == null ? "<scenario>" : fileName;
    Problems problems = new Problems();
    try {
      YamlNode root = YamlReader.read(yaml == null ? "" : yaml, file, problems);
      if (isEmpty(root)) {
        problems.add(new Pos(file, 0, 0), null, "the file is empty; a scenario needs at least a"
            + " name, like: name: my-scenario");
      } else if (root != null && !(root instanceof YamlNode.Mapping)) {
        problems.add(root.pos(), null, "the top level must be a section of keys (name: ...,"
            + " steps: ...); got " + YamlNode.describe(root));
      }
      if (!(root instanceof YamlNode.Mapping map)) {
        throw problems.exception(file);
      }
      Map<String, Pos> origins = new LinkedHashMap<>();
      Scenario s = new Binder(problems, origins).bind(Scenario.class, map, "");
      if (!problems.isEmpty()) {
        throw problems.exception(file);
      }
      return s.withLocals(List.of(new Local("borough-1", s.borough(), s.council(),
          s.communityDevelopment(), s.groups(), s.incentives())));
    } catch (RuntimeException | StackOverflowError e) {
      problems.add(new Pos(file, 0, 0), null, "internal error while reading the scenario: " + e);
      throw problems.exception(file);
    }
  }

  private static boolean isEmpty(YamlNode root) {
    return root instanceof YamlNode.Scalar s
        && (s.kind() == YamlNode.Kind.NULL || s.text().isBlank());
  }
}
