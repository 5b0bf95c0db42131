package org.civicsim.architecture.broken.scenario;

import org.civicsim.architecture.broken.io.Format;

/** A scenario key that reads a results file's format: breaks "the scenario stands alone". */
public final class Key {
  /** The format's name. */
  public String format() {
    return Format.name();
  }
}
