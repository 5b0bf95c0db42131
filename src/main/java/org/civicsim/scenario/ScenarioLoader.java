package org.civicsim.scenario;

import java.nio.file.Path;
import java.util.List;

/** STUB, to be replaced: reads and validates scenario files. */
public final class ScenarioLoader {
  private ScenarioLoader() {}

  /**
   * Loads a scenario file, applies {@code KEY=VALUE} overrides (dotted keys, values as YAML
   * scalars), fills defaults, validates everything and resolves per-borough configurations.
   *
   * @throws ScenarioException listing every problem in the file and the overrides
   */
  public static Scenario load(Path file, List<String> overrides) throws ScenarioException {
    throw new UnsupportedOperationException("not yet");
  }

  /** As {@link #load}, from text; {@code fileName} is used in messages. */
  public static Scenario parse(String yaml, String fileName, List<String> overrides)
      throws ScenarioException {
    throw new UnsupportedOperationException("not yet");
  }
}
