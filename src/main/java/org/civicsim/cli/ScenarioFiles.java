package org.civicsim.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import org.civicsim.scenario.Scenario;
import org.civicsim.scenario.ScenarioException;
import org.civicsim.scenario.ScenarioLoader;

/**
 * Opens the scenario files named on the command line, reporting a missing or unreadable file in the
 * user's own spelling of its name before the loader sees it.
 */
final class ScenarioFiles {
  private ScenarioFiles() {}

  /** Loads {@code name} with {@code overrides} applied. */
  static Scenario load(String name, List<String> overrides)
      throws InputException, ScenarioException {
    return ScenarioLoader.load(readable(name), overrides);
  }

  /** The path of {@code name}, which must be a readable file. */
  static Path readable(String name) throws InputException {
    Path path;
    try {
      path = Path.of(name);
    } catch (InvalidPathException e) {
      throw new InputException("cannot read " + name + ": not a valid file name");
    }
    if (!Files.exists(path)) {
      throw new InputException("cannot read " + name + ": no such file");
    }
    if (Files.isDirectory(path)) {
      throw new InputException("cannot read " + name + ": it is a folder, not a file");
    }
    if (!Files.isReadable(path)) {
      throw new InputException("cannot read " + name + ": permission denied");
    }
    return path;
  }
}
