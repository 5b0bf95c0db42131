package org.civicsim.bench;

import org.civicsim.model.CivicModel;
import org.civicsim.model.Population;
import org.civicsim.model.Ties;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.field.network.Edge;
import sim.field.network.Network;
import sim.util.Bag;

/**
 * The same week as {@link Roofline} written as a MASON user would by default: one {@link Steppable}
 * object per resident, each scheduled with {@code scheduleRepeating}, the ties as edges of a MASON
 * {@link Network}, each resident reading its neighbours' last-week activity through {@code
 * getEdgesOut} and drawing from the model's {@code random}. The ties are the model's own.
 */
final class MasonIdiomatic extends SimState {
  private static final long serialVersionUID = 1L;

  final Network network = new Network(false);
  private final Resident[] residents;

  /** A resident: its propensity to act and its activity in even and odd weeks. */
  static final class Resident implements Steppable {
    private static final long serialVersionUID = 1L;

    final double propensity;
    final boolean[] active = new boolean[2];

    Resident(double propensity, boolean activeLastWeek) {
      this.propensity = propensity;
      this.active[1] = activeLastWeek;
    }

    @Override
    public void step(SimState state) {
      MasonIdiomatic m = (MasonIdiomatic) state;
      int week = (int) state.schedule.getSteps();
      int last = (week + 1) & 1;
      Bag edges = m.network.getEdgesOut(this);
      int activeTies = 0;
      for (int k = 0; k < edges.numObjs; k++) {
        Resident other = (Resident) ((Edge) edges.objs[k]).getOtherNode(this);
        if (other.active[last]) activeTies++;
      }
      double share = edges.numObjs > 0 ? activeTies / (double) edges.numObjs : 0;
      double p = 1 / (1 + Math.exp(-(propensity + 3.0 * share)));
      active[week & 1] = state.random.nextDouble() < p;
    }
  }

  /** Residents and ties copied from a started model (which may then go). */
  MasonIdiomatic(CivicModel model, long seed) {
    super(seed);
    Population p = model.population();
    Ties t = model.ties();
    residents = new Resident[p.n];
    for (int i = 0; i < p.n; i++) {
      residents[i] = new Resident(-3.0 + 2.0 * p.motivation[i], p.wasActive(i));
      network.addNode(residents[i]);
    }
    // Undirected ties are stored both ways in the model; a Network edge serves both ends.
    for (int i = 0; i < p.n; i++) {
      for (int k = t.start(i); k < t.end(i); k++) {
        int j = t.target(k);
        if (i < j) network.addEdge(residents[i], residents[j], null);
      }
    }
  }

  @Override
  public void start() {
    super.start();
    for (Resident r : residents) schedule.scheduleRepeating(r);
  }

  int residents() {
    return residents.length;
  }
}
