package org.civicsim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.civicsim.model.CommunityGroups;
import org.civicsim.model.Population;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import sim.field.continuous.Continuous2D;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;
import sim.portrayal.LocationWrapper;
import sim.util.Bag;
import sim.util.Double2D;
import sim.util.Properties;

/**
 * What a click on the map or the network view finds, and what the inspector then shows: the
 * hit-testing and bean properties MASON's Display2D uses, run without a screen. Four wards on a
 * 200-pixel square: each ward's tile is 100 pixels wide.
 */
class InspectionTest {
  private static final double PIXELS_PER_TILE = 100;
  private CivicSimulation sim;
  private CivicModelWithUI ui;

  @BeforeEach
  void aYearOfASmallBorough() throws Exception {
    sim =
        new CivicSimulation(
            Path.of("scenarios/baseline.yaml"),
            List.of("borough.residents=2000", "borough.wards=4"));
    sim.start();
    for (int t = 0; t < 52; t++) sim.schedule.step(sim);
    ui = new CivicModelWithUI(sim);
  }

  private List<Object> hitAt(FieldPortrayal2D portrayal, double x, double y) {
    DrawInfo2D info =
        new DrawInfo2D(
            ui,
            portrayal,
            new Rectangle2D.Double(0, 0, 2 * PIXELS_PER_TILE, 2 * PIXELS_PER_TILE),
            new Rectangle2D.Double(x * PIXELS_PER_TILE, y * PIXELS_PER_TILE, 1, 1));
    Bag hit = new Bag();
    portrayal.hitObjects(info, hit);
    List<Object> objects = new ArrayList<>();
    for (Object o : hit) objects.add(((LocationWrapper) o).getObject());
    return objects;
  }

  private static Object property(Object bean, String name) {
    Properties p = Properties.getProperties(bean);
    for (int k = 0; k < p.numProperties(); k++) {
      if (p.getName(k).equals(name)) return p.getValue(k);
    }
    throw new AssertionError(bean + " shows no property " + name);
  }

  @Test
  void clickingAWardsPurpleDiscInspectsItsGroupsAndEachGroupCanBeOpened() {
    BoroughMap map = new BoroughMap();
    map.build(sim, new Snapshot());
    // Ward 1 is the second tile of the first row; its groups' disc is at its top left.
    List<Object> hit = hitAt(map.portrayal, 1.2, 0.2);
    BoroughMap.WardGroups groups =
        (BoroughMap.WardGroups)
            hit.stream().filter(o -> o instanceof BoroughMap.WardGroups).findFirst().orElseThrow();
    assertEquals(1, groups.getWard());
    assertTrue(hit.stream().anyMatch(o -> o.toString().equals("ward 1")), hit.toString());

    CommunityGroups g = sim.model().groups();
    int alive = 0;
    int members = 0;
    for (int id = 0; id < g.slots(); id++) {
      if (g.alive[id] && g.ward[id] == 1) {
        alive++;
        members += g.members[id];
      }
    }
    assertTrue(alive > 0, "a year in, ward 1 has community groups");
    assertEquals(alive, property(groups, "Groups"));
    assertEquals(members, property(groups, "Members"));
    ResidentNetwork.Group[] list = (ResidentNetwork.Group[]) property(groups, "GroupList");
    assertEquals(alive, list.length);
    for (ResidentNetwork.Group one : list) {
      assertEquals(1, property(one, "Ward"));
      assertEquals(true, property(one, "Alive"));
    }
  }

  @Test
  void clickingAFacilityInspectsWhoRunsItAndTheWardAroundIt() {
    BoroughMap map = new BoroughMap();
    map.build(sim, new Snapshot());
    // Ward 2 (second row, first tile): its first facility's dot is low on the left.
    List<Object> hit = hitAt(map.portrayal, 0.2, 1.8);
    BoroughMap.Facility facility =
        (BoroughMap.Facility)
            hit.stream().filter(o -> o instanceof BoroughMap.Facility).findFirst().orElseThrow();
    assertEquals(2, property(facility, "Ward"));
    assertTrue(List.of("council", "community", "closed").contains(property(facility, "RunBy")));
    assertTrue(hit.stream().anyMatch(o -> o.toString().equals("ward 2")), hit.toString());
  }

  @Test
  void clickingAResidentInspectsThatResidentsOwnState() {
    ResidentNetwork network = new ResidentNetwork();
    network.build(sim);
    Continuous2D field = (Continuous2D) network.residents.getField();
    ResidentNetwork.Resident r = (ResidentNetwork.Resident) field.getAllObjects().objs[7];
    Double2D at = field.getObjectLocation(r);
    List<Object> hit = hitAt(network.residents, at.x, at.y);
    assertTrue(hit.contains(r), hit.toString());
    Population p = sim.model().population();
    int i = r.getId();
    assertEquals(p.ward[i], property(r, "Ward"));
    assertEquals(p.quintile[i] + 1, property(r, "IncomeQuintile"));
    assertEquals(ResidentNetwork.ACTIVITY_NAMES[p.activity[i]], property(r, "Activity"));
    assertEquals(p.trust[i], (double) property(r, "Trust"), 0);
  }
}
