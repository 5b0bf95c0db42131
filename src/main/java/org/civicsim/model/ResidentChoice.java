package org.civicsim.model;

import org.civicsim.scenario.Behaviour;
import org.civicsim.scenario.BoroughPolicy;
import org.civicsim.scenario.Residents;

/**
 * The weekly choice of every resident: the hot loop. Each resident reads last week's activity of
 * its ties (a double buffer) and writes only its own state, drawing from a counter-based stream
 * keyed by (replicate, week, resident), so any split of the residents over threads gives the same
 * result. Two rules: a logit random-utility choice among five activities, or a Granovetter/Watts
 * threshold. A block is whole wards, and each ward's tally is summed in the same loop as its
 * residents choose (see {@link Tally}), in resident order whatever the threads.
 */
final class ResidentChoice implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  /** Voice fades with a one-year memory: each week keeps 51/52 of it. */
  @org.civicsim.scenario.Constant(
      doc =
          "Share of a resident's voice kept from one week to the next in logit runs (51/52): voice"
              + " has a one-year memory",
      unit = "share per week",
      source = "Judgement: influence lasts about a year's round of decisions")
  static final float VOICE_KEEP = 51f / 52f;

  private final CivicModel model;
  private final Behaviour b;
  private final boolean threshold;
  private final boolean countUnit;
  private final long key;
  private final long heardKey;

  // Per-borough settings, read through each resident's ward.
  /** Utility of the credits an hour of formal volunteering or co-production earns. */
  private final double[] creditsFormal;

  private final double[] creditsCoproduction;
  private final boolean[] pledge;
  private final boolean[] councilOn;
  private final boolean[] onlineChannel;
  private final double[] skillBoost;
  private final double[] lossFactor;

  /** Influence one civic act carries, by how much the council's decisions follow it. */
  private final float[] actVoice;

  private final int[] wardBorough;
  private final int[] boroughSize;

  /** Active residents of each borough last week, for complete networks. */
  final int[] boroughActive;

  /**
   * Each resident's four weights, at [4i, 4i + 4): exp of the part of the utility of informal,
   * formal, civic and co-production activity that changes only when something happens to the
   * resident (skills, trust, motivation) or to its borough's policy; 0 where the council offers no
   * such channel. Null under the threshold rule. Whoever changes those calls {@link #renew}. Not
   * kept in checkpoints (a quarter of a resident's bytes): made again by {@link #ready}.
   */
  private transient double[] weights;

  /**
   * exp(social_weight·on/degree + C), the week's factor from a resident's ties and contact, for
   * every degree up to {@link #TABLED_DEGREE} and every count of active ties: at [row(degree) + on]
   * without a recent contact, and that plus {@link #socialRows} with one. Computed as the loop
   * would compute it, so the same to the bit; a larger degree is computed in the loop.
   */
  private final double[] socialTable;

  /** Entries of the social table for one contact state: rows of 1, 2, ... TABLED_DEGREE + 1. */
  private final int socialRows;

  static final int TABLED_DEGREE = 63;

  /**
   * Each thread's factors of ties and contact for the ward it is choosing for, grown to the largest
   * ward it has met: the only allocation, and never in a week like the last.
   */
  private static final ThreadLocal<double[]> TIES = ThreadLocal.withInitial(() -> new double[0]);

  /** exp of the habit, member and no-facility terms: factors of a week's weights. */
  private final double habitFactor;

  private final double memberFactor;
  private final double noFacility;

  ResidentChoice(CivicModel model, long seed) {
    this.model = model;
    this.b = model.scenario().behaviour();
    Residents r = model.scenario().residents();
    this.threshold = r.decision() == Residents.Decision.THRESHOLD;
    this.countUnit = r.thresholdUnit() == Residents.ThresholdUnit.COUNT;
    this.key = Seeds.mix(seed ^ 0x243F6A8885A308D3L);
    this.heardKey = Seeds.mix(seed ^ 0x13198A2E03707344L);
    int n = model.councils.length;
    creditsFormal = new double[n];
    creditsCoproduction = new double[n];
    pledge = new boolean[n];
    councilOn = new boolean[n];
    onlineChannel = new boolean[n];
    skillBoost = new double[n];
    lossFactor = new double[n];
    actVoice = new float[n];
    boroughSize = new int[n];
    boroughActive = new int[n];
    for (int k = 0; k < n; k++) boroughSize[k] = model.councils[k].residents;
    wardBorough = model.wards.borough;
    weights = threshold ? null : new double[4 * model.population.n];
    habitFactor = FastExp.exp(b.habitWeight());
    memberFactor = FastExp.exp(b.memberWeight());
    noFacility = FastExp.exp(-1.5);
    socialRows = (TABLED_DEGREE + 1) * (TABLED_DEGREE + 2) / 2;
    socialTable = new double[2 * socialRows];
    for (int contact = 0; contact < 2; contact++) {
      for (int degree = 0; degree <= TABLED_DEGREE; degree++) {
        for (int on = 0; on <= degree; on++) {
          socialTable[socialIndex(degree, on, contact == 1)] =
              social(degree == 0 ? 0 : on / (double) degree, contact == 1);
        }
      }
    }
    refresh();
  }

  /** Reads each borough's policy again (after a change of policy). */
  void refresh() {
    for (int k = 0; k < creditsFormal.length; k++) {
      BoroughPolicy l = model.local(k);
      double credits = l.incentives().creditsPerHour();
      creditsFormal[k] =
          credits > 0 ? b.incentiveWeight() * StrictMath.log1p(credits * b.hoursFormal()) : 0;
      creditsCoproduction[k] =
          credits > 0 ? b.incentiveWeight() * StrictMath.log1p(credits * b.hoursCoproduction()) : 0;
      pledge[k] = l.incentives().pledgePlatform();
      councilOn[k] = l.council().enabled();
      onlineChannel[k] = l.council().online();
      skillBoost[k] = l.council().openBudget() ? 0.15 : 0.0;
      lossFactor[k] = l.council().explainDecisions() ? b.explainedFactor() : 1.0;
      actVoice[k] = (float) Council.actVoice(l.council());
    }
    if (weights != null) renewAll();
  }

  /** Renews every resident's weights, in parts of 65,536 over the run's threads. */
  private void renewAll() {
    int n = model.population.n;
    model
        .workers()
        .forEachBlock(
            (n >> 16) + 1,
            part -> {
              for (int i = part << 16, end = Math.min(n, i + (1 << 16)); i < end; i++) renew(i);
            });
  }

  /** exp(social_weight·social + C): the factor of a resident's ties and a recent contact. */
  private double social(double social, boolean contact) {
    return FastExp.exp(b.socialWeight() * social + (contact ? b.contactWeight() : 0));
  }

  /**
   * Makes every resident's weights again if a checkpoint left them out; called before each week's
   * choice, on one thread. Renewals asked for before it find no weights and wait for it.
   */
  void ready() {
    if (threshold || weights != null) return;
    weights = new double[4 * model.population.n];
    renewAll();
  }

  /** The tabled factor of {@code on} active ties of {@code degree} (at most TABLED_DEGREE). */
  double socialFactor(int degree, int on, boolean contact) {
    return socialTable[socialIndex(degree, on, contact)];
  }

  private int socialIndex(int degree, int on, boolean contact) {
    return (contact ? socialRows : 0) + degree * (degree + 1) / 2 + on;
  }

  /** The weights of every resident, [4i, 4i + 4) for resident i (for tests). */
  double[] weights() {
    return weights;
  }

  /**
   * Computes resident i's weights again: call it after changing the resident's skills, trust or
   * motivation. Each weight is exp of the activity's utility without the parts a week brings (ties,
   * a recent contact, habit, group, the ward's opportunities and PB round).
   */
  void renew(int i) {
    if (weights == null) return;
    final Population p = model.population;
    final int bo = wardBorough[p.ward[i]];
    final double s = p.skills[i];
    final double tr = p.trust[i];
    final double free = Math.max(0.5, p.freeHours[i]);
    final boolean online = (p.flags[i] & Population.ONLINE) != 0;
    final double motive = b.motivationWeight() * (p.motivation[i] - 0.5);
    // What the ward offers: fewer groups, venues and people who ask where it is more deprived.
    final double area = b.areaWeight() * (0.5 - model.wards.deprivation[p.ward[i]]);
    // A pledge platform halves the effort of finding and arranging informal help.
    final double costInf = pledge[bo] && online ? 0.5 * b.hoursInformal() : b.hoursInformal();
    final double hCiv = onlineChannel[bo] && online ? b.hoursCivicOnline() : b.hoursCivic();
    final int at = 4 * i;
    weights[at] =
        FastExp.exp(
            b.ascInformal() + 0.5 * b.skillWeight() * s + motive - b.timeWeight() * costInf / free);
    weights[at + 1] =
        FastExp.exp(
            b.ascFormal()
                + b.skillWeight() * s
                + 0.5 * b.trustWeight() * tr
                + motive
                + area
                - b.timeWeight() * b.hoursFormal() / free
                + creditsFormal[bo]);
    weights[at + 2] =
        councilOn[bo]
            ? FastExp.exp(
                b.ascCivic()
                    + b.skillWeight() * Math.min(1.0, s + skillBoost[bo])
                    + b.trustWeight() * tr
                    + motive
                    + area
                    - b.timeWeight() * hCiv / free)
            : 0;
    weights[at + 3] =
        councilOn[bo]
            ? FastExp.exp(
                b.ascCoproduction()
                    + b.skillWeight() * s
                    + b.trustWeight() * tr
                    + motive
                    - b.timeWeight() * b.hoursCoproduction() / free
                    + creditsCoproduction[bo])
            : 0;
  }

  /**
   * Chooses for the residents of wards [firstWard, endWard) in week {@code week}, and tallies them.
   */
  void step(int firstWard, int endWard, int week) {
    if (threshold) thresholdRange(firstWard, endWard, week);
    else logitRange(firstWard, endWard, week);
  }

  private void logitRange(int firstWard, int endWard, int week) {
    // Every array and constant the loop reads, in locals: the loop is the model's hot path.
    final Population p = model.population;
    final WardState ws = model.wardState;
    final byte[] prev = p.activePrev;
    final byte[] next = p.activeNext;
    final short[] burntOutUntil = p.burntOutUntil;
    final float[] skills = p.skills;
    final float[] freeHours = p.freeHours;
    final byte[] flags = p.flags;
    final float[] motivation = p.motivation;
    final int[] group = p.group;
    final byte[] ignored = p.ignored;
    final short[] lastContact = p.lastContact;
    final short[] lastInformal = p.lastInformal;
    final short[] lastFormal = p.lastFormal;
    final short[] lastCivic = p.lastCivic;
    final short[] lastCoproduction = p.lastCoproduction;
    final float[] loadOf = p.load;
    final float[] voice = p.voice;
    final byte[] activity = p.activity;
    final int[] bridgeOf = p.bridge;
    final double[] weight = weights;
    final Ties t = model.ties;
    final boolean complete = t.complete();
    final int[] offsets = t.offsetsArray();
    final int[] targets = t.targetsArray();
    final double[] formalOpportunity = ws.formalOpportunity;
    final double[] civicBonus = ws.civicBonus;
    final boolean[] communityFacility = ws.communityFacility;
    final int[] residentStart = model.wards.residentStart;
    final int contactWeeks = b.contactWeeks();
    final int limit = b.ignoredLimit();
    final double hInf = b.hoursInformal();
    final double hFor = b.hoursFormal();
    final double hCop = b.hoursCoproduction();
    final double burnoutLoad = b.burnoutLoad();
    final long weekKey = Seeds.keyOf(key, week);
    final long heardWeekKey = Seeds.keyOf(heardKey, week);
    final Tally tally = model.tally;
    final long joinWeekKey = tally.weekKey(week);
    int most = 0;
    for (int w = firstWard; w < endWard; w++) {
      most = Math.max(most, residentStart[w + 1] - residentStart[w]);
    }
    double[] ties = TIES.get();
    if (ties.length < most) TIES.set(ties = new double[most]);
    // Factors picked by index, not by branch (whether a resident acted in the last four weeks, or
    // is in a group, follows no order a processor could predict): habit[1] for a recent act,
    // formalGroup and coproductionGroup [0] for a member, [1] for one in no group.
    final double[] habit = {1, habitFactor};
    final double[] formalGroup = {memberFactor, 0};
    final double[] coproductionGroup = {memberFactor, 1};
    for (int w = firstWard; w < endWard; w++) {
      final int bo = wardBorough[w];
      // The ward's parts of the utilities this week, as factors of the weights.
      final double formalNotMember = FastExp.exp(formalOpportunity[w]);
      final double coproductionHere = communityFacility[w] ? 1 : noFacility;
      final double bonus = civicBonus[w];
      formalGroup[1] = formalNotMember;
      // The ward's tally, summed in resident order as they choose.
      int civic = 0;
      int founders = 0;
      int active = 0;
      double volunteer = 0;
      double coproduction = 0;
      double credited = 0;
      final int first = residentStart[w];
      final int end = residentStart[w + 1];
      if (!complete) {
        // First every resident's factor of ties and contact, in a short loop of its own: apart
        // from the choice, its reads of last week's activity overlap (about a quarter faster on
        // two threads, measured).
        for (int i = first; i < end; i++) {
          int a = offsets[i];
          int e = offsets[i + 1];
          int on = 0;
          for (int k = a; k < e; k++) on += prev[targets[k]];
          int degree = e - a;
          int bridge = bridgeOf[i];
          if (bridge >= 0) { // the tie an intermediary made
            on += prev[bridge];
            degree++;
          }
          boolean contact = week - lastContact[i] < contactWeeks;
          ties[i - first] =
              degree <= TABLED_DEGREE
                  ? socialFactor(degree, on, contact)
                  : social(on / (double) degree, contact);
        }
      }
      for (int i = first; i < end; i++) {
        voice[i] *= VOICE_KEEP;
        byte act = Activity.NONE;
        if (burntOutUntil[i] <= week) {
          // exp(u) of each activity is the resident's weight times this week's factors (ties,
          // a recent contact, habit, the ward): no exponential in most residents' weeks.
          final double shared;
          if (complete) {
            int others = boroughSize[bo] - 1;
            shared =
                social(
                    others <= 0 ? 0 : (boroughActive[bo] - prev[i]) / (double) others,
                    week - lastContact[i] < contactWeeks);
          } else {
            shared = ties[i - first];
          }
          final int notMember = group[i] >>> 31;
          final int at = 4 * i;
          final double eInf = shared * weight[at] * habit[recent(week, lastInformal[i])];
          final double eFor =
              shared * weight[at + 1] * habit[recent(week, lastFormal[i])] * formalGroup[notMember];
          double eCiv =
              ignored[i] < limit ? shared * weight[at + 2] * habit[recent(week, lastCivic[i])] : 0;
          // A PB round or consultation draws most those able to make their case.
          if (bonus != 0 && eCiv != 0) eCiv *= FastExp.exp(bonus * 2 * skills[i]);
          final double eCop =
              shared
                  * weight[at + 3]
                  * habit[recent(week, lastCoproduction[i])]
                  * coproductionGroup[notMember]
                  * coproductionHere;
          final double draw = Seeds.uniform(weekKey, i);
          double hours = 0;
          double x = draw * (1 + eInf + eFor + eCiv + eCop);
          if ((x -= 1) < 0) {
            act = Activity.NONE;
          } else if ((x -= eInf) < 0) {
            act = Activity.INFORMAL;
            hours = hInf;
            lastInformal[i] = (short) week;
            volunteer += hInf;
          } else if ((x -= eFor) < 0) {
            act = Activity.FORMAL;
            hours = hFor;
            lastFormal[i] = (short) week;
            p.keptUp(i, week);
            volunteer += hFor;
            credited += hFor;
          } else if ((x -= eCiv) < 0) {
            act = Activity.CIVIC;
            hours =
                onlineChannel[bo] && (flags[i] & Population.ONLINE) != 0
                    ? b.hoursCivicOnline()
                    : b.hoursCivic();
            lastCivic[i] = (short) week;
            civic++;
            civicOutcome(p, i, w, bo, heardWeekKey);
          } else {
            act = Activity.COPRODUCTION;
            hours = hCop;
            lastCoproduction[i] = (short) week;
            p.keptUp(i, week);
            volunteer += hCop;
            credited += hCop;
            coproduction += hCop * (0.5 + skills[i]);
          }
          // Burnout: taking on more than one can for weeks on end ends in dropping out. A week
          // without hours only lets the load fade, so free time is read only for one with hours.
          float load =
              hours == 0
                  ? 0.9f * loadOf[i]
                  : 0.9f * loadOf[i] + 0.1f * (float) (hours / Math.max(0.5, freeHours[i]));
          if (load > burnoutLoad) {
            burntOutUntil[i] = (short) (week + b.burnoutWeeks());
            motivation[i] *= 0.9f;
            renew(i);
            load = 0;
          }
          loadOf[i] = load;
        }
        activity[i] = act;
        if (act == Activity.NONE) {
          next[i] = 0;
        } else {
          next[i] = 1;
          active++;
          if ((act == Activity.FORMAL || act == Activity.CIVIC)
              && group[i] < 0
              && skills[i] >= 0.5
              && motivation[i] >= 0.5) {
            founders++; // ready to start something, counted before any of them joins a group
          }
        }
        tally.groups(i, w, act, week, joinWeekKey);
      }
      tally.closeWard(w, civic, founders, active, volunteer, coproduction, credited);
    }
  }

  /** 1 if {@code last} lies within the four weeks before {@code week}, else 0. */
  private static int recent(int week, short last) {
    return (week - last - 4) >>> 31;
  }

  /** A civic act is heard (trust rises) or ignored (trust falls; too often and one gives up). */
  private void civicOutcome(Population p, int i, int w, int bo, long heardWeekKey) {
    p.voice[i] += actVoice[bo];
    if (Seeds.uniform(heardWeekKey, i) < model.wardState.heard[w]) {
      p.trust[i] += (float) (b.heardGain() * (1 - p.trust[i]));
      p.ignored[i] = 0;
    } else {
      p.trust[i] -= (float) (b.ignoredLoss() * lossFactor[bo] * p.trust[i]);
      if (p.ignored[i] < Byte.MAX_VALUE) p.ignored[i]++;
    }
    renew(i);
  }

  /**
   * Granovetter/Watts: an inactive resident becomes active when the active share (or count) of its
   * ties last week reaches its threshold; activation is permanent.
   */
  private void thresholdRange(int firstWard, int endWard, int week) {
    final Population p = model.population;
    final byte[] prev = p.activePrev;
    final byte[] next = p.activeNext;
    final Ties t = model.ties;
    final double hFor = b.hoursFormal();
    final Tally tally = model.tally;
    final long joinWeekKey = tally.weekKey(week);
    final int[] residentStart = model.wards.residentStart;
    for (int w = firstWard; w < endWard; w++) {
      final int bo = wardBorough[w];
      int founders = 0;
      int activeHere = 0;
      double volunteer = 0;
      for (int i = residentStart[w]; i < residentStart[w + 1]; i++) {
        boolean active = prev[i] != 0;
        if (!active) {
          int count;
          int degree;
          if (t.complete()) {
            count = boroughActive[bo];
            degree = boroughSize[bo] - 1;
          } else {
            count = 0;
            for (int k = t.start(i); k < t.end(i); k++) count += prev[t.target(k)];
            degree = t.degree(i);
          }
          double th = p.threshold[i];
          active = countUnit ? count >= th : (degree > 0 ? count >= th * degree - 1e-9 : th <= 0);
        }
        if (active) {
          p.activity[i] = Activity.FORMAL;
          p.lastFormal[i] = (short) week;
          p.keptUp(i, week);
          next[i] = 1;
          activeHere++;
          volunteer += hFor;
          if (p.group[i] < 0 && p.skills[i] >= 0.5 && p.motivation[i] >= 0.5) founders++;
          tally.groups(i, w, Activity.FORMAL, week, joinWeekKey);
        } else {
          p.activity[i] = Activity.NONE;
          next[i] = 0;
          tally.groups(i, w, Activity.NONE, week, joinWeekKey);
        }
      }
      tally.closeWard(w, 0, founders, activeHere, volunteer, 0, volunteer);
    }
  }
}
