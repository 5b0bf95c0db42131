package org.civicsim.model;

import org.civicsim.scenario.Constant;

/**
 * What each ward's residents did this week, summed as they choose: {@link ResidentChoice} opens a
 * ward, hands over each of its residents in order right after the resident's choice, while the
 * resident's state is still in cache, and the sums go into the ward and group tallies. On the way
 * volunteers join a group of their ward, lapsed members leave, and each group's advocacy passes to
 * its active members as voice. After every block, {@link #step} makes this week's activity what
 * ties read next week.
 *
 * <p>A ward is tallied by one thread, in resident order (blocks hold whole wards), and writes only
 * its own sums, its residents and its own groups, so the result does not depend on threads.
 */
final class Tally implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  /** Weekly chance an unaffiliated formal volunteer joins one of the ward's groups. */
  @Constant(
      doc =
          "Weekly chance an unaffiliated formal volunteer joins one of the ward's groups: joining"
              + " takes time, so some stay free to found a group",
      unit = "per week",
      source = "Judgement")
  static final double JOIN_CHANCE = 0.25;

  private final CivicModel model;
  private final long key;

  /** Hours of a week's formal volunteering (behaviour.hours_formal). */
  private final double hoursFormal;

  /** Residents of each ward active this week. */
  private final int[] wardActive;

  Tally(CivicModel model, long seed) {
    this.model = model;
    this.wardActive = new int[model.wards.count];
    this.key = Seeds.mix(seed ^ 0xA4093822299F31D0L);
    this.hoursFormal = model.scenario().behaviour().hoursFormal();
  }

  /**
   * Before any resident chooses: the groups' weekly tallies start from nothing (their members are
   * counted as they join and leave, not weekly).
   */
  void beginWeek() {
    CommunityGroups g = model.groups;
    java.util.Arrays.fill(g.activeMembers, 0, g.slots(), 0);
    java.util.Arrays.fill(g.capacity, 0, g.slots(), 0);
  }

  /** The key of this week's joining draws, mixed once a block. */
  long weekKey(int week) {
    return Seeds.keyOf(key, week);
  }

  /**
   * Ward w's sums of the week, summed by the caller over its residents in order: civic acts,
   * residents ready to found a group (not in one, active formally or civically, with skills and
   * motivation of at least a half), residents active, hours volunteered (informal, formal and
   * co-production), co-production hours weighted by skill, and hours that earn credits.
   */
  void closeWard(
      int w,
      int civic,
      int founders,
      int active,
      double volunteer,
      double coproduction,
      double credited) {
    WardState ws = model.wardState;
    ws.civicActs[w] = civic;
    ws.founders[w] = founders;
    ws.volunteerHours[w] = volunteer;
    ws.coproductionHours[w] = coproduction;
    ws.creditedHours[w] = credited;
    wardActive[w] = active;
  }

  /**
   * Resident i's part in its ward's groups after choosing {@code act}, asked of every resident: a
   * formal volunteer without a group joins one of the ward's with a chance a week; a member whose
   * lapse week has come leaves (one who volunteered formally or co-produced this week has had its
   * stay renewed); an active member adds to its group's active members and capacity and receives
   * its advocacy as voice. Who is a member follows no order, so nothing here branches on it but
   * what is rare: joining, leaving, and being active.
   */
  void groups(int i, int w, byte act, int week, long weekKey) {
    final Population p = model.population;
    if (act == Activity.FORMAL && p.group[i] < 0) join(i, w, week, weekKey);
    else if (p.lapseWeek[i] <= week) model.leaveGroup(i);
    if (act == Activity.FORMAL || act == Activity.COPRODUCTION) {
      int id = p.group[i];
      if (id < 0) return;
      final CommunityGroups g = model.groups;
      g.activeMembers[id]++;
      // Co-production hours go to the ward's facilities directly, not twice.
      if (act == Activity.FORMAL) g.capacity[id] += hoursFormal * (0.5 + p.skills[i]);
      p.voice[i] += g.advocacyPerMember[id];
    }
  }

  /**
   * Joining takes time: a volunteer without a group finds one of the ward's with a chance a week.
   */
  private void join(int i, int w, int week, long weekKey) {
    final CommunityGroups g = model.groups;
    int groupsHere = g.inWard(w);
    if (groupsHere == 0) return;
    double u = Seeds.uniform(weekKey, i);
    if (u >= JOIN_CHANCE) return;
    model.joinGroup(i, g.groupOf(w, (int) (u / JOIN_CHANCE * groupsHere)), week);
  }

  /** After every resident has chosen and been tallied. */
  void step() {
    Wards wards = model.wards;
    int[] boroughActive = model.choice.boroughActive;
    java.util.Arrays.fill(boroughActive, 0);
    for (int w = 0; w < wards.count; w++) boroughActive[wards.borough[w]] += wardActive[w];
    model.population.swapBuffers();
  }
}
