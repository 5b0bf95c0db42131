package org.civicsim.model.pb;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The greedy count most cities use: projects in decreasing satisfaction per unit of cost, each
 * funded if it still fits in what is left of the budget. With cost satisfaction that is the order
 * of approvals; with cardinality satisfaction, of approvals divided by cost.
 */
public final class Greedy implements CountingRule {
  private final Satisfaction satisfaction;

  public Greedy(Satisfaction satisfaction) {
    this.satisfaction = satisfaction;
  }

  @Override
  public Outcome count(Election election) {
    List<Project> projects = election.projects();
    Comparator<Integer> order =
        satisfaction == Satisfaction.COST
            ? (a, b) -> Integer.compare(election.approvals(b), election.approvals(a))
            : (a, b) ->
                compareProducts(
                    election.approvals(b), projects.get(a).cost(),
                    election.approvals(a), projects.get(b).cost());
    order = order.thenComparing(p -> projects.get(p).id());
    List<Project> funded = new ArrayList<>();
    long spent = 0;
    for (int p : IntStream.range(0, projects.size()).boxed().sorted(order).toList()) {
      Project project = projects.get(p);
      if (spent + project.cost() <= election.budget()) {
        funded.add(project);
        spent += project.cost();
      }
    }
    return new Outcome(funded);
  }

  /** a x b against c x d, exactly, for numbers from 0 to Long.MAX_VALUE. */
  static int compareProducts(long a, long b, long c, long d) {
    long high = Math.multiplyHigh(a, b);
    long otherHigh = Math.multiplyHigh(c, d);
    return high != otherHigh ? Long.compare(high, otherHigh) : Long.compareUnsigned(a * b, c * d);
  }

  @Override
  public String toString() {
    return "greedy, " + satisfaction.label() + " satisfaction";
  }
}
