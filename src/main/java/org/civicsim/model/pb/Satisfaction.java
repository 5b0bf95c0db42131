package org.civicsim.model.pb;

/**
 * How much a voter gains from a funded project they approve: the project's cost (a voter values
 * money spent on what they asked for) or one (a voter counts the projects they asked for).
 */
public enum Satisfaction {
  COST("cost"),
  CARDINALITY("cardinality");

  private final String label;

  Satisfaction(String label) {
    this.label = label;
  }

  /** The name on the command line and in Pabulib's literature: cost or cardinality. */
  public String label() {
    return label;
  }

  /** A voter's satisfaction from {@code project}, in currency (cost) or in projects (1). */
  double of(Project project) {
    return this == COST ? project.cost() : 1.0;
  }

  /** The satisfaction called {@code label}; IllegalArgumentException naming the choices. */
  public static Satisfaction named(String label) {
    for (Satisfaction s : values()) {
      if (s.label.equals(label)) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "unknown satisfaction '" + label + "'; choose cost or cardinality");
  }
}
