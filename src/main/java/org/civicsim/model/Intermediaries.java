package org.civicsim.model;

import ec.util.MersenneTwisterFast;
import org.civicsim.scenario.CommunityDevelopment;
import org.civicsim.scenario.CommunityDevelopment.Targeting;

/**
 * Community-development workers, coaches and organisers at work: each week each visits its caseload
 * of residents in the wards its targeting favours, and spends part of its time helping struggling
 * groups. A visit raises skills and trust, re-engages a resident who had given up, ties an isolated
 * resident to an active neighbour, offers a group to join, and carries the resident's preferences
 * into council decisions (bridging).
 */
final class Intermediaries implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  static final int CD_WORKER = 0;
  static final int COACH = 1;
  static final int ORGANISER = 2;

  private final CivicModel model;

  /** Cumulative ward weights per borough, for drawing the ward of a visit. */
  private final double[][] wardWeights;

  /**
   * Each borough's own stream of draws for its visits, so boroughs are visited side by side on the
   * run's threads with the same result on any number. Borough 0 draws from the model's stream,
   * which nothing else draws from while visits are made: a one-borough scenario draws as it did
   * when every borough shared that stream.
   */
  private final MersenneTwisterFast[] streams;

  /** CD-worker visits this week to residents of each metric group. */
  final int[] cdVisitsByGroup = new int[8];

  /** The same, borough by borough, added up into {@link #cdVisitsByGroup}. */
  private final int[][] boroughVisitsByGroup;

  Intermediaries(CivicModel model, long seed) {
    this.model = model;
    int boroughs = model.councils.length;
    wardWeights = new double[boroughs][];
    streams = Seeds.streams(Seeds.mix(seed ^ 0x082EFA98EC4E6C89L), boroughs);
    boroughVisitsByGroup = new int[boroughs][cdVisitsByGroup.length];
    refresh();
  }

  /** Reads each borough's targeting again (after a change of policy). */
  void refresh() {
    for (int b = 0; b < model.councils.length; b++) {
      Council c = model.councils[b];
      Targeting t = model.local(b).communityDevelopment().targeting();
      double[] cum = new double[c.endWard - c.firstWard];
      double sum = 0;
      for (int j = 0; j < cum.length; j++) {
        int w = c.firstWard + j;
        // Deprived-first follows deprivation in proportion: a ward's share of visits is its
        // residents times its deprivation (0-1), so a ward twice as deprived gets twice the visits
        // per resident (once the cube: the most deprived ward got 27 times a middling one's).
        sum +=
            t == Targeting.DEPRIVED_FIRST
                ? model.wards.deprivation[w] * model.wards.size(w)
                : model.wards.size(w);
        cum[j] = sum;
      }
      wardWeights[b] = cum;
    }
  }

  /** Organisers a borough has in week {@code week}: paid nationally for a fixed number of years. */
  int organisers(int b, int week) {
    CommunityDevelopment cd = model.local(b).communityDevelopment();
    // The national programme starts in week 0: no organisers during burn-in.
    if (!cd.enabled() || week < 0 || week >= cd.organiserYears() * 52) return 0;
    return (int) Math.round(cd.organisersPer10k() * model.councils[b].residents / 1e4);
  }

  /**
   * A week's visits, borough by borough over the run's threads: a borough's visits touch only its
   * own wards, residents and groups, and draw from its own stream, in the same order whatever the
   * threads.
   */
  void step(int week) {
    java.util.Arrays.fill(model.wardState.cdVisits, 0);
    model.workers().forEachBlock(model.councils.length, b -> visitBorough(b, week));
    java.util.Arrays.fill(cdVisitsByGroup, 0);
    for (int[] visits : boroughVisitsByGroup) {
      for (int g = 0; g < visits.length; g++) cdVisitsByGroup[g] += visits[g];
    }
  }

  private void visitBorough(int b, int week) {
    java.util.Arrays.fill(boroughVisitsByGroup[b], 0);
    CommunityDevelopment cd = model.local(b).communityDevelopment();
    if (!cd.enabled()) return;
    Council c = model.councils[b];
    MersenneTwisterFast random = b == 0 ? model.random : streams[b];
    work(b, CD_WORKER, c.cdWorkers(), cd, week, random);
    work(b, COACH, c.coaches(), cd, week, random);
    work(b, ORGANISER, organisers(b, week), cd, week, random);
  }

  private void work(
      int b, int kind, int staff, CommunityDevelopment cd, int week, MersenneTwisterFast random) {
    if (staff <= 0 || wardWeights[b].length == 0) return;
    int visits = staff * cd.caseload();
    int support = (int) Math.round(visits * cd.supportShare());
    for (int v = 0; v < visits; v++) {
      int w = drawWard(b, random);
      if (v < support) supportGroup(w, week);
      else visit(w, kind, cd, week, random, boroughVisitsByGroup[b]);
    }
  }

  private int drawWard(int b, MersenneTwisterFast random) {
    double[] cum = wardWeights[b];
    double x = random.nextDouble() * cum[cum.length - 1];
    int lo = 0;
    int hi = cum.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cum[mid] > x) hi = mid;
      else lo = mid + 1;
    }
    return model.councils[b].firstWard + lo;
  }

  private void visit(
      int w,
      int kind,
      CommunityDevelopment cd,
      int week,
      MersenneTwisterFast random,
      int[] visitsByGroup) {
    Population p = model.population;
    Wards wards = model.wards;
    int size = wards.size(w);
    if (size == 0) return;
    int a = wards.residentStart[w] + random.nextInt(size);
    int b2 = wards.residentStart[w] + random.nextInt(size);
    // Intermediaries seek out those not already taking part.
    int i = p.wasActive(a) && !p.wasActive(b2) ? b2 : a;
    double gain = cd.skillGain() * (kind == COACH ? 2 : 1);
    p.skills[i] += (float) (gain * (1 - p.skills[i]));
    p.trust[i] += (float) (cd.trustGain() * (1 - p.trust[i]));
    model.choice.renew(i);
    p.lastContact[i] = (short) week;
    p.ignored[i] = 0;
    p.voice[i] += (float) cd.bridgingWeight();
    if (p.bridge[i] < 0) {
      for (int k = 0; k < 5; k++) {
        int j = wards.residentStart[w] + random.nextInt(size);
        if (j != i && p.wasActive(j)) {
          p.bridge[i] = j;
          break;
        }
      }
    }
    CommunityGroups g = model.groups;
    if (p.group[i] < 0 && g.inWard(w) > 0 && random.nextBoolean(kind == ORGANISER ? 0.5 : 0.25)) {
      model.joinGroup(i, g.groupOf(w, random.nextInt(g.inWard(w))), week);
    }
    if (kind == ORGANISER) model.wardState.organiserPresence[w] += 1;
    if (kind == CD_WORKER) {
      model.wardState.cdVisits[w]++;
      visitsByGroup[0]++;
      visitsByGroup[1 + p.quintile[i]]++;
      visitsByGroup[p.minority(i) ? 6 : 7]++;
    }
  }

  /** Helps the most struggling group of the ward: fewer weeks struggling, some money raised. */
  private void supportGroup(int w, int week) {
    CommunityGroups g = model.groups;
    int best = -1;
    for (int k = 0; k < g.inWard(w); k++) {
      int id = g.groupOf(w, k);
      if (best < 0 || g.struggle[id] > g.struggle[best]) best = id;
    }
    if (best < 0) return;
    g.struggle[best] = Math.max(0, g.struggle[best] - 4);
    g.supportedAt[best] = week;
    g.money[best] += 100;
  }
}
