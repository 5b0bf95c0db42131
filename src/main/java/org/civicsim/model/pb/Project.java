package org.civicsim.model.pb;

/**
 * A project on a participatory-budgeting ballot: its id as the ballot names it and its cost in
 * whole units of the election's currency (pounds in the model, zloty in Pabulib's files); a project
 * the city withdrew may be listed at no cost.
 */
public record Project(String id, long cost) implements java.io.Serializable {
  public Project {
    if (id == null || id.isEmpty()) {
      throw new IllegalArgumentException("a project needs an id");
    }
    if (cost < 0) {
      throw new IllegalArgumentException("project " + id + ": cost must be 0 or more, got " + cost);
    }
  }
}
