package org.civicsim.architecture.broken.io;

import javax.swing.JFrame;
import org.civicsim.architecture.broken.scenario.Key;

/**
 * A file format that needs a scenario key (a cycle with the scenario) and opens a window (Swing
 * outside the GUI).
 */
public final class Format {
  /** The format's name (a method, not a constant: javac copies constants into their users). */
  public static String name() {
    return "metrics";
  }

  /** The key's format, shown in a window. */
  public JFrame show(Key key) {
    return new JFrame(key.format());
  }
}
