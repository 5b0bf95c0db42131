package org.civicsim.cli;

import com.beust.jcommander.ParameterException;
import java.util.List;

/**
 * Checks the file names a command received: JCommander passes an unknown option such as {@code
 * --replicate} on as a file name, and it must be reported as the mistake it is.
 */
final class Positionals {
  private Positionals() {}

  /** Throws for the first of {@code names} that looks like an option. */
  static void rejectOptions(String command, List<String> names) {
    for (String name : names) {
      if (name.startsWith("-") && name.length() > 1) {
        throw new ParameterException(
            "unknown option " + name + " for " + command + " (civicsim help " + command + ")");
      }
    }
  }
}
