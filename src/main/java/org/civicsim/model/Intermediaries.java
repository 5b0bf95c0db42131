package org.civicsim.model;

import ec.util.MersenneTwisterFast;
import org.civicsim.scenario.CommunityDevelopment;
import org.civicsim.scenario.CommunityDevelopment.Targeting;

/**
 * Community-development workers, coaches and organisers at work: each week each visits its
 * caseload of residents in the wards its targeting favours, and spends part of its time helping
 * struggling groups. A visit raises skills and trust, re-engages a resident who had given up,
 * ties an isolated resident to an active neighbour, offers a group to join, and carries the
 * resident's preferences into council decisions (bridging).
 */
final class Intermediaries implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  static final int CD_WORKER = 0;
  static final int COACH = 1;
  static final int ORGANISER = 2;

  private final CivicModel model;
  /** Cumulative ward weights per borough, for drawing the ward of a visit. */
  private final double[][] wardWeights;
  /** CD-worker visits this week to residents of each metric group. */
  final int[] cdVisitsByGroup = new int[8];

  Intermediaries(CivicModel model) {
    this.model = model;
    wardWeights = new double[model.councils.length][];
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
        double d = model.wards.deprivation[w];
        // Deprived-first: most of the time goes to the most deprived wards (weight d^3).
        sum += t == Targeting.DEPRIVED_FIRST ? d * d * d * model.wards.size(w) : model.wards.size(w);
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

  void step(int week) {
    java.util.Arrays.fill(cdVisitsByGroup, 0);
    java.util.Arrays.fill(model.wardState.cdVisits, 0);
    for (int b = 0; b < model.councils.length; b++) {
      CommunityDevelopment cd = model.local(b).communityDevelopment();
      if (!cd.enabled()) continue;
      Council c = model.councils[b];
      work(b, CD_WORKER, c.cdWorkers(), cd, week);
      work(b, COACH, c.coaches(), cd, week);
      work(b, ORGANISER, organisers(b, week), cd, week);
    }
  }

  private void work(int b, int kind, int staff, CommunityDevelopment cd, int week) {
    if (staff <= 0 || wardWeights[b].length == 0) return;
    MersenneTwisterFast random = model.random;
    int visits = staff * cd.caseload();
    int support = (int) Math.round(visits * cd.supportShare());
    for (int v = 0; v < visits; v++) {
      int w = drawWard(b, random);
      if (v < support) supportGroup(w, week);
      else visit(w, kind, cd, week, random);
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

  private void visit(int w, int kind, CommunityDevelopment cd, int week, MersenneTwisterFast random) {
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
    p.lastContact[i] = week;
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
      p.group[i] = g.groupOf(w, random.nextInt(g.inWard(w)));
      p.joinedAt[i] = week;
    }
    if (kind == ORGANISER) model.wardState.organiserPresence[w] += 1;
    if (kind == CD_WORKER) {
      model.wardState.cdVisits[w]++;
      cdVisitsByGroup[0]++;
      cdVisitsByGroup[1 + p.quintile[i]]++;
      cdVisitsByGroup[p.minority(i) ? 6 : 7]++;
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
