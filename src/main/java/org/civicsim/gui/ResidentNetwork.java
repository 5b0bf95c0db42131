package org.civicsim.gui;

import ec.util.MersenneTwisterFast;
import java.awt.Color;
import java.awt.Graphics2D;
import java.util.HashMap;
import java.util.Map;
import org.civicsim.model.Activity;
import org.civicsim.model.CivicModel;
import org.civicsim.model.CommunityGroups;
import org.civicsim.model.Population;
import org.civicsim.model.Ties;
import org.civicsim.model.Wards;
import sim.field.continuous.Continuous2D;
import sim.field.network.Network;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.continuous.ContinuousPortrayal2D;
import sim.portrayal.network.NetworkPortrayal2D;
import sim.portrayal.network.SimpleEdgePortrayal2D;
import sim.portrayal.network.SpatialNetwork2D;
import sim.portrayal.simple.OvalPortrayal2D;
import sim.util.Double2D;

/**
 * A fixed sample of at most {@value #SAMPLE} residents, whatever the population, placed inside
 * their ward's tile (the map's layout) with the ties among them. Built once at start; each frame
 * reads the sampled residents' activity from the model's arrays, so a large borough costs no more
 * to draw than a small one.
 */
final class ResidentNetwork {
  static final int SAMPLE = 2000;
  static final Color[] ACTIVITY = {
    new Color(200, 200, 200), Palette.SKY, Palette.GREEN, Palette.ORANGE, Palette.VERMILION
  };
  static final String[] ACTIVITY_NAMES = {"none", "informal", "formal", "civic", "co-production"};

  final ContinuousPortrayal2D residents = new ContinuousPortrayal2D();
  final NetworkPortrayal2D ties = new NetworkPortrayal2D();
  int columns = 1;
  int rows = 1;

  /** A sampled resident, as the inspector shows it when clicked. */
  public static final class Resident {
    private final CivicSimulation sim;
    private final int i;

    Resident(CivicSimulation sim, int i) {
      this.sim = sim;
      this.i = i;
    }

    private Population p() {
      return sim.model().population();
    }

    public int getId() {
      return i;
    }

    public int getWard() {
      return p().ward[i];
    }

    public int getIncomeQuintile() {
      return p().quintile[i] + 1;
    }

    public boolean getMinority() {
      return p().minority(i);
    }

    public boolean getOnline() {
      return p().online(i);
    }

    public String getActivity() {
      return ACTIVITY_NAMES[p().activity[i]];
    }

    public double getTrust() {
      return p().trust[i];
    }

    public double getSkills() {
      return p().skills[i];
    }

    public double getFreeHours() {
      return p().freeHours[i];
    }

    public double getVoice() {
      return p().voice[i];
    }

    /** The resident's community group (click it in the inspector to see the group). */
    public Group getGroup() {
      int g = p().group[i];
      return g < 0 ? null : new Group(sim, g);
    }

    byte activity() {
      return p().activity[i];
    }

    @Override
    public String toString() {
      return "resident " + i;
    }
  }

  /** A community group, as the inspector shows it. */
  public static final class Group {
    private final CivicSimulation sim;
    private final int g;

    Group(CivicSimulation sim, int g) {
      this.sim = sim;
      this.g = g;
    }

    private CommunityGroups groups() {
      return sim.model().groups();
    }

    public int getId() {
      return g;
    }

    public boolean getAlive() {
      return groups().alive[g];
    }

    public int getWard() {
      return groups().ward[g];
    }

    public boolean getAnchor() {
      return groups().anchor[g];
    }

    public int getMembers() {
      return groups().members[g];
    }

    public int getActiveMembers() {
      return groups().activeMembers[g];
    }

    public double getCapacityHours() {
      return groups().capacity[g];
    }

    public double getMoneyGbp() {
      return groups().money[g];
    }

    public int getFacilitiesRun() {
      return groups().facilities[g];
    }

    @Override
    public String toString() {
      return "group " + g;
    }
  }

  /** Draws the sample from a freshly started model: residents spread evenly through each ward. */
  void build(CivicSimulation sim) {
    CivicModel m = sim.model();
    Wards wards = m.wards();
    Population p = m.population();
    columns = (int) Math.ceil(Math.sqrt(wards.count));
    rows = (wards.count + columns - 1) / columns;
    Continuous2D field = new Continuous2D(1, columns, rows);
    Network network = new Network(false);
    MersenneTwisterFast jitter = new MersenneTwisterFast(1);
    Map<Integer, Resident> chosen = new HashMap<>();
    double share = Math.min(1.0, SAMPLE / (double) Math.max(1, p.n));
    for (int w = 0; w < wards.count; w++) {
      int size = wards.size(w);
      int take = (int) Math.round(size * share);
      double x0 = w % columns;
      double y0 = w / columns;
      for (int k = 0; k < take; k++) {
        // Residents are sorted by income within a ward: even spacing takes every quintile.
        int i = wards.residentStart[w] + (int) ((long) k * size / take);
        Resident r = new Resident(sim, i);
        chosen.put(i, r);
        field.setObjectLocation(
            r,
            new Double2D(
                x0 + 0.08 + 0.84 * jitter.nextDouble(), y0 + 0.08 + 0.84 * jitter.nextDouble()));
        network.addNode(r);
      }
    }
    Ties t = m.ties();
    if (!t.complete()) {
      for (Map.Entry<Integer, Resident> e : chosen.entrySet()) {
        int i = e.getKey();
        for (int k = t.start(i); k < t.end(i); k++) {
          int j = t.target(k);
          Resident other = chosen.get(j);
          if (other != null && i < j) network.addEdge(e.getValue(), other, null);
        }
      }
    }
    residents.setField(field);
    residents.setPortrayalForAll(
        new OvalPortrayal2D(ACTIVITY[0], 0.07, true) {
          private static final long serialVersionUID = 1L;

          @Override
          public void draw(Object object, Graphics2D graphics, DrawInfo2D info) {
            paint = ACTIVITY[((Resident) object).activity()];
            super.draw(object, graphics, info);
          }
        });
    ties.setField(new SpatialNetwork2D(field, network));
    SimpleEdgePortrayal2D edge = new SimpleEdgePortrayal2D(new Color(0, 0, 0, 22), null);
    ties.setPortrayalForAll(edge);
  }

  static {
    assert ACTIVITY.length == Activity.COPRODUCTION + 1;
  }
}
