package org.civicsim.history;

/** A measure that a run cannot give, with the reason in a few words ("needs services.csv"). */
public final class Undefined extends Exception {
  private static final long serialVersionUID = 1L;

  Undefined(String reason) {
    super(reason);
  }
}
