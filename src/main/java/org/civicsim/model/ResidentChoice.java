package org.civicsim.model;

import org.civicsim.scenario.Behaviour;
import org.civicsim.scenario.Local;
import org.civicsim.scenario.Residents;

/**
 * The weekly choice of every resident: the hot loop. Each resident reads last week's activity of
 * its ties (a double buffer) and writes only its own state, drawing from a counter-based stream
 * keyed by (replicate, week, resident), so any split of the residents over threads gives the same
 * result. Two rules: a logit random-utility choice among five activities, or a
 * Granovetter/Watts threshold. A block is whole wards, and each ward's tally is summed in the same
 * loop as its residents choose (see {@link Tally}), in resident order whatever the threads.
 */
final class ResidentChoice implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  /** Voice fades with a one-year memory: each week keeps 51/52 of it. */
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
    refresh();
  }

  /** Reads each borough's policy again (after a change of policy). */
  void refresh() {
    for (int k = 0; k < creditsFormal.length; k++) {
      Local l = model.local(k);
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
  }

  /** Chooses for the residents of wards [firstWard, endWard) in week {@code week}, and tallies them. */
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
    final int[] burntOutUntil = p.burntOutUntil;
    final float[] skills = p.skills;
    final float[] trust = p.trust;
    final float[] freeHours = p.freeHours;
    final byte[] flags = p.flags;
    final float[] motivation = p.motivation;
    final int[] group = p.group;
    final byte[] ignored = p.ignored;
    final int[] lastContact = p.lastContact;
    final int[] lastInformal = p.lastInformal;
    final int[] lastFormal = p.lastFormal;
    final int[] lastCivic = p.lastCivic;
    final int[] lastCoproduction = p.lastCoproduction;
    final float[] loadOf = p.load;
    final float[] voice = p.voice;
    final byte[] activity = p.activity;
    final int[] bridgeOf = p.bridge;
    final Ties t = model.ties;
    final boolean complete = t.complete();
    final int[] offsets = t.offsetsArray();
    final int[] targets = t.targetsArray();
    final double[] formalOpportunity = ws.formalOpportunity;
    final double[] civicBonus = ws.civicBonus;
    final boolean[] communityFacility = ws.communityFacility;
    final int[] residentStart = model.wards.residentStart;
    final double habit = b.habitWeight();
    final int limit = b.ignoredLimit();
    final double hInf = b.hoursInformal();
    final double hFor = b.hoursFormal();
    final double hCop = b.hoursCoproduction();
    final long weekKey = Seeds.keyOf(key, week);
    final long heardWeekKey = Seeds.keyOf(heardKey, week);
    final Tally tally = model.tally;
    final long joinWeekKey = tally.weekKey(week);
    for (int w = firstWard; w < endWard; w++) {
      final int bo = wardBorough[w];
      // The ward's tally, summed in resident order as they choose.
      int civic = 0;
      int founders = 0;
      int active = 0;
      double volunteer = 0;
      double coproduction = 0;
      double credited = 0;
      for (int i = residentStart[w]; i < residentStart[w + 1]; i++) {
        voice[i] *= VOICE_KEEP;
        byte act = Activity.NONE;
        if (burntOutUntil[i] <= week) {
          final double social;
          if (complete) {
            int others = boroughSize[bo] - 1;
            social = others <= 0 ? 0 : (boroughActive[bo] - prev[i]) / (double) others;
          } else {
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
            social = degree == 0 ? 0 : on / (double) degree;
          }
          final double s = skills[i];
          final double tr = trust[i];
          final double free = Math.max(0.5, freeHours[i]);
          final boolean online = (flags[i] & Population.ONLINE) != 0;
          final boolean member = group[i] >= 0;
          final double common =
              b.socialWeight() * social
                  + b.motivationWeight() * (motivation[i] - 0.5)
                  + (week - lastContact[i] < b.contactWeeks() ? b.contactWeight() : 0);
          final boolean easy = pledge[bo] && online;
          // A pledge platform halves the effort of finding and arranging informal help.
          final double costInf = easy ? 0.5 * hInf : hInf;
          final double uInf =
              b.ascInformal()
                  + 0.5 * b.skillWeight() * s
                  + common
                  + (week - lastInformal[i] < 4 ? habit : 0)
                  - b.timeWeight() * costInf / free;
          final double uFor =
              b.ascFormal()
                  + b.skillWeight() * s
                  + 0.5 * b.trustWeight() * tr
                  + common
                  + (week - lastFormal[i] < 4 ? habit : 0)
                  - b.timeWeight() * hFor / free
                  + (member ? b.memberWeight() : formalOpportunity[w])
                  + creditsFormal[bo];
          final double hCiv = onlineChannel[bo] && online ? b.hoursCivicOnline() : b.hoursCivic();
          final boolean civicOpen = councilOn[bo] && ignored[i] < limit;
          final boolean coproductionOpen = councilOn[bo];
          final double uCiv =
              civicOpen
                  ? b.ascCivic()
                      // A PB round or consultation draws most those able to make their case.
                      + civicBonus[w] * 2 * s
                      + b.skillWeight() * Math.min(1.0, s + skillBoost[bo])
                      + b.trustWeight() * tr
                      + common
                      + (week - lastCivic[i] < 4 ? habit : 0)
                      - b.timeWeight() * hCiv / free
                  : Double.NEGATIVE_INFINITY;
          final double uCop =
              coproductionOpen
                  ? b.ascCoproduction()
                      + b.skillWeight() * s
                      + b.trustWeight() * tr
                      + common
                      + (week - lastCoproduction[i] < 4 ? habit : 0)
                      - b.timeWeight() * hCop / free
                      + (member ? b.memberWeight() : 0)
                      + (communityFacility[w] ? 0 : -1.5)
                      + creditsCoproduction[bo]
                  : Double.NEGATIVE_INFINITY;
          final double draw = Seeds.uniform(weekKey, i);
          double hours = 0;
          final double eInf = FastExp.exp(uInf);
          final double eFor = FastExp.exp(uFor);
          final double eCiv = civicOpen ? FastExp.exp(uCiv) : 0;
          final double eCop = coproductionOpen ? FastExp.exp(uCop) : 0;
          double x = draw * (1 + eInf + eFor + eCiv + eCop);
          if ((x -= 1) < 0) {
            act = Activity.NONE;
          } else if ((x -= eInf) < 0) {
            act = Activity.INFORMAL;
            hours = hInf;
            lastInformal[i] = week;
            volunteer += hInf;
          } else if ((x -= eFor) < 0) {
            act = Activity.FORMAL;
            hours = hFor;
            lastFormal[i] = week;
            volunteer += hFor;
            credited += hFor;
          } else if ((x -= eCiv) < 0) {
            act = Activity.CIVIC;
            hours = hCiv;
            lastCivic[i] = week;
            civic++;
            civicOutcome(p, i, w, bo, heardWeekKey);
          } else {
            act = Activity.COPRODUCTION;
            hours = hCop;
            lastCoproduction[i] = week;
            volunteer += hCop;
            credited += hCop;
            coproduction += hCop * (0.5 + s);
          }
          // Burnout: taking on more than one can for weeks on end ends in dropping out.
          float load = 0.9f * loadOf[i] + 0.1f * (float) (hours / free);
          if (load > b.burnoutLoad()) {
            burntOutUntil[i] = week + b.burnoutWeeks();
            motivation[i] *= 0.9f;
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
          if (group[i] < 0 && (act == Activity.FORMAL || act == Activity.CIVIC)
              && skills[i] >= 0.5 && motivation[i] >= 0.5) {
            founders++; // ready to start something, counted before any of them joins a group
          }
        }
        if (group[i] >= 0 || act == Activity.FORMAL) tally.groups(i, w, act, week, joinWeekKey);
      }
      tally.closeWard(w, civic, founders, active, volunteer, coproduction, credited);
    }
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
  }

  /**
   * Granovetter/Watts: an inactive resident becomes active when the active share (or count) of
   * its ties last week reaches its threshold; activation is permanent.
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
          p.lastFormal[i] = week;
          next[i] = 1;
          activeHere++;
          volunteer += hFor;
          if (p.group[i] < 0 && p.skills[i] >= 0.5 && p.motivation[i] >= 0.5) founders++;
          tally.groups(i, w, Activity.FORMAL, week, joinWeekKey);
        } else {
          p.activity[i] = Activity.NONE;
          next[i] = 0;
          if (p.group[i] >= 0) tally.groups(i, w, Activity.NONE, week, joinWeekKey);
        }
      }
      tally.closeWard(w, 0, founders, activeHere, volunteer, 0, volunteer);
    }
  }
}
