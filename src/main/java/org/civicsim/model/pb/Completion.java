package org.civicsim.model.pb;

/**
 * What the Method of Equal Shares does with the money it leaves unspent: nothing, or "add1" as
 * Wieliczka's Green Budget used it in 2023 (every voter's starting share raised by one unit of
 * currency at a time while the outcome still fits the real budget).
 */
public enum Completion {
  NONE("none"),
  ADD1("add1");

  private final String label;

  Completion(String label) {
    this.label = label;
  }

  /** The name on the command line: none or add1. */
  public String label() {
    return label;
  }

  /** The completion called {@code label}; IllegalArgumentException naming the choices. */
  public static Completion named(String label) {
    for (Completion c : values()) {
      if (c.label.equals(label)) {
        return c;
      }
    }
    throw new IllegalArgumentException("unknown completion '" + label + "'; choose none or add1");
  }
}
