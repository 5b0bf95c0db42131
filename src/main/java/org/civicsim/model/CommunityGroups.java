package org.civicsim.model;

import java.util.Arrays;
import org.civicsim.scenario.Constant;

/**
 * The voluntary and community sector: every group's ward, members, capacity (member hours a week
 * weighted by skill), money (GBP), weeks struggling, and the facilities it runs. Groups are kept in
 * growable primitive arrays; a dissolved group's slot stays dead so ids never change.
 */
public final class CommunityGroups implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  /** Voice an hour of advocacy gives the group's active members, shared among them. */
  @Constant(
      doc =
          "Voice an hour of a group's advocacy (skill-weighted capacity times advocacy_share) gives"
              + " its members active this week, shared among them",
      unit = "votes per hour",
      source = "Judgement")
  static final double VOICE_PER_ADVOCACY_HOUR = 0.05;

  int size;
  public int[] ward = new int[64];
  public boolean[] alive = new boolean[64];
  public boolean[] anchor = new boolean[64];
  public int[] members = new int[64];

  /** Members who volunteered or co-produced this week. */
  public int[] activeMembers = new int[64];

  /** Formal volunteering hours of members this week, weighted by skill (0.5 + skills). */
  public double[] capacity = new double[64];

  public double[] money = new double[64];
  public int[] struggle = new int[64];
  public int[] supportedAt = new int[64];
  public int[] founded = new int[64];

  /** Facilities the group runs. */
  public int[] facilities = new int[64];

  /** Voice each member active this week gains from the group's advocacy. */
  public float[] advocacyPerMember = new float[64];

  /** Alive groups of each ward: ids {@code wardGroups[wardStart[w] .. wardStart[w+1])}. */
  int[] wardStart;

  int[] wardGroups = new int[0];
  private boolean dirty = true;

  CommunityGroups(int wards) {
    wardStart = new int[wards + 1];
  }

  /** Number of group slots ever used (alive or dissolved). */
  public int slots() {
    return size;
  }

  public int alive() {
    int c = 0;
    for (int g = 0; g < size; g++) if (alive[g]) c++;
    return c;
  }

  public int inWard(int w) {
    return wardStart[w + 1] - wardStart[w];
  }

  /** The k-th alive group of ward w. */
  public int groupOf(int w, int k) {
    return wardGroups[wardStart[w] + k];
  }

  int found(int w, int week, double startMoney) {
    if (size == ward.length) grow();
    int g = size++;
    ward[g] = w;
    alive[g] = true;
    anchor[g] = false;
    members[g] = 0;
    money[g] = startMoney;
    struggle[g] = 0;
    supportedAt[g] = Population.NEVER;
    founded[g] = week;
    facilities[g] = 0;
    dirty = true;
    return g;
  }

  void dissolve(int g) {
    alive[g] = false;
    dirty = true;
  }

  /** Rebuilds the per-ward lists of alive groups after groups formed or dissolved. */
  void index() {
    if (!dirty) return;
    int wards = wardStart.length - 1;
    Arrays.fill(wardStart, 0);
    int n = 0;
    for (int g = 0; g < size; g++) {
      if (alive[g]) {
        wardStart[ward[g] + 1]++;
        n++;
      }
    }
    for (int w = 0; w < wards; w++) wardStart[w + 1] += wardStart[w];
    if (wardGroups.length < n) wardGroups = new int[Math.max(n, wardGroups.length * 2)];
    int[] fill = Arrays.copyOf(wardStart, wards);
    for (int g = 0; g < size; g++) if (alive[g]) wardGroups[fill[ward[g]]++] = g;
    dirty = false;
  }

  private void grow() {
    int c = ward.length * 2;
    ward = Arrays.copyOf(ward, c);
    alive = Arrays.copyOf(alive, c);
    anchor = Arrays.copyOf(anchor, c);
    members = Arrays.copyOf(members, c);
    activeMembers = Arrays.copyOf(activeMembers, c);
    capacity = Arrays.copyOf(capacity, c);
    money = Arrays.copyOf(money, c);
    struggle = Arrays.copyOf(struggle, c);
    supportedAt = Arrays.copyOf(supportedAt, c);
    founded = Arrays.copyOf(founded, c);
    facilities = Arrays.copyOf(facilities, c);
    advocacyPerMember = Arrays.copyOf(advocacyPerMember, c);
  }
}
