package org.civicsim.model;

import org.civicsim.scenario.Behaviour;

/**
 * After residents choose: sums what each ward's residents did, in a fixed order, into the ward
 * and group tallies; lets volunteers join a group of their ward and lapsed members leave; passes
 * each group's advocacy to its members as voice; then makes this week's activity what ties read
 * next week.
 */
final class Tally implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  /** Weekly chance an unaffiliated formal volunteer joins one of the ward's groups. */
  static final double JOIN_CHANCE = 0.25;

  private final CivicModel model;
  private final long key;

  /** Residents of each ward active this week. */
  private final int[] wardActive;

  Tally(CivicModel model, long seed) {
    this.model = model;
    this.wardActive = new int[model.wards.count];
    this.key = Seeds.mix(seed ^ 0xA4093822299F31D0L);
  }

  void step(int week) {
    Population p = model.population;
    WardState ws = model.wardState;
    CommunityGroups g = model.groups;
    Behaviour b = model.scenario().behaviour();
    Wards wards = model.wards;
    java.util.Arrays.fill(g.members, 0, g.slots(), 0);
    java.util.Arrays.fill(g.activeMembers, 0, g.slots(), 0);
    java.util.Arrays.fill(g.capacity, 0, g.slots(), 0);
    model.workers().forEachBlock(wards.count, w -> ward(w, week, p, ws, g, b, wards));
    int[] boroughActive = model.choice.boroughActive;
    java.util.Arrays.fill(boroughActive, 0);
    for (int w = 0; w < wards.count; w++) boroughActive[wards.borough[w]] += wardActive[w];
    p.swapBuffers();
  }

  /** One ward's tally: it writes only this ward's sums, its residents and its own groups. */
  private void ward(
      int w, int week, Population p, WardState ws, CommunityGroups g, Behaviour b, Wards wards) {
    int civic = 0;
    int founders = 0;
    int active = 0;
    double volunteer = 0;
    double coproduction = 0;
    double credited = 0;
    int groupsHere = g.inWard(w);
    long weekKey = Seeds.keyOf(key, week);
    for (int i = wards.residentStart[w]; i < wards.residentStart[w + 1]; i++) {
      byte act = p.activity[i];
      double hours = 0;
      switch (act) {
        case Activity.INFORMAL -> hours = b.hoursInformal();
        case Activity.FORMAL -> hours = b.hoursFormal();
        case Activity.COPRODUCTION -> hours = b.hoursCoproduction();
        case Activity.CIVIC -> civic++;
        default -> {}
      }
      if (act != Activity.NONE) active++;
      volunteer += hours;
      boolean works = act == Activity.FORMAL || act == Activity.COPRODUCTION;
      if (works) credited += hours;
      if (act == Activity.COPRODUCTION) coproduction += hours * (0.5 + p.skills[i]);
      int id = p.group[i];
      if (id < 0 && (act == Activity.FORMAL || act == Activity.CIVIC)
          && p.skills[i] >= 0.5 && p.motivation[i] >= 0.5) {
        founders++; // ready to start something, counted before any of them joins a group
      }
      if (id < 0 && act == Activity.FORMAL && groupsHere > 0) {
        // Joining takes time: a volunteer without a group finds one with a chance a week.
        double u = Seeds.uniform(weekKey, i);
        if (u < JOIN_CHANCE) {
          id = g.groupOf(w, (int) (u / JOIN_CHANCE * groupsHere));
          p.group[i] = id;
          p.joinedAt[i] = week;
        }
      }
      if (id >= 0) {
        if (week - Math.max(Math.max(p.lastFormal[i], p.lastCoproduction[i]), p.joinedAt[i])
            > GroupLife.LAPSE_WEEKS) {
          p.group[i] = -1;
        } else {
          g.members[id]++;
          if (works) {
            g.activeMembers[id]++;
            // Co-production hours go to the ward's facilities directly (below), not twice.
            if (act == Activity.FORMAL) g.capacity[id] += hours * (0.5 + p.skills[i]);
            p.voice[i] += g.advocacyPerMember[id];
          }
        }
      }
    }
    ws.civicActs[w] = civic;
    ws.founders[w] = founders;
    ws.volunteerHours[w] = volunteer;
    ws.coproductionHours[w] = coproduction;
    ws.creditedHours[w] = credited;
    wardActive[w] = active;
  }
}
