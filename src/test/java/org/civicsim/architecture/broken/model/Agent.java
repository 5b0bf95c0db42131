package org.civicsim.architecture.broken.model;

import org.civicsim.architecture.broken.io.Format;

/** An agent that writes a results file: breaks "the model depends on the scenario alone". */
public final class Agent {
  /** The file it writes. */
  public String file() {
    return Format.name() + ".csv";
  }
}
