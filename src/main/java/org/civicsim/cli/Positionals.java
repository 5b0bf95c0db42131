package org.civicsim.cli;

import com.beust.jcommander.ParameterException;
import java.util.List;

/**
 * Checks the file names a command received: JCommander passes an unknown option such as {@code
 * --replicate} on as a file name, and it must be reported as the mistake it is.
 */
final class Positionals {
  private Positionals() {}

  /**
   * Throws for the first of {@code names} that looks like an option, or when there are none
   * ("{@code command} needs at least one {@code what}").
   */
  static void requireSome(String command, List<String> names, String what) {
    rejectOptions(command, names);
    if (names.isEmpty()) {
      throw new ParameterException(command + " needs at least one " + what);
    }
  }

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
