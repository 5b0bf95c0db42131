package org.civicsim.calibration;

import java.util.List;

/**
 * A priors file that cannot be used: every problem found, each naming the file, the line and the
 * column or key, so that all of them can be mended at once.
 */
public final class PriorsException extends Exception {
  private static final long serialVersionUID = 1L;

  PriorsException(List<String> problems) {
    super(String.join("\n", problems));
  }
}
