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

  /** Before any resident chooses: the groups' tallies start from nothing. */
  void beginWeek() {
    CommunityGroups g = model.groups;
    java.util.Arrays.fill(g.members, 0, g.slots(), 0);
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
   * Resident i's part in its ward's groups after choosing {@code act}; called for members and
   * formal volunteers, the only residents it can change. A formal volunteer without a group joins
   * one of the ward's with a chance a week; a member idle too long leaves; a member counts towards
   * its group, and an active one adds capacity and receives the group's advocacy as voice.
   */
  void groups(int i, int w, byte act, int week, long weekKey) {
    final Population p = model.population;
    final CommunityGroups g = model.groups;
    int id = p.group[i];
    if (id < 0) {
      if (act != Activity.FORMAL) return;
      int groupsHere = g.inWard(w);
      if (groupsHere == 0) return;
      // Joining takes time: a volunteer without a group finds one with a chance a week.
      double u = Seeds.uniform(weekKey, i);
      if (u >= JOIN_CHANCE) return;
      id = g.groupOf(w, (int) (u / JOIN_CHANCE * groupsHere));
      p.group[i] = id;
      p.joinedAt[i] = (short) week;
    }
    if (week - Math.max(Math.max(p.lastFormal[i], p.lastCoproduction[i]), p.joinedAt[i])
        > GroupLife.LAPSE_WEEKS) {
      p.group[i] = -1;
      return;
    }
    g.members[id]++;
    if (act == Activity.FORMAL || act == Activity.COPRODUCTION) {
      g.activeMembers[id]++;
      // Co-production hours go to the ward's facilities directly, not twice.
      if (act == Activity.FORMAL) g.capacity[id] += hoursFormal * (0.5 + p.skills[i]);
      p.voice[i] += g.advocacyPerMember[id];
    }
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
