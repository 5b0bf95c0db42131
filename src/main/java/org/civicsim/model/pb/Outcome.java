package org.civicsim.model.pb;

import java.util.List;

/** The projects a counting rule funds, in the order it funded them. */
public record Outcome(List<Project> funded) {
  public Outcome {
    funded = List.copyOf(funded);
  }

  /** The funded projects' ids sorted as text, as Pabulib's tools and expected results list them. */
  public List<String> ids() {
    return funded.stream().map(Project::id).sorted().toList();
  }

  /** What the funded projects cost together, in the election's currency. */
  public long cost() {
    long sum = 0;
    for (Project p : funded) {
      sum += p.cost();
    }
    return sum;
  }
}
