package org.civicsim.model;

import org.civicsim.scenario.Behaviour;
import org.civicsim.scenario.Local;
import org.civicsim.scenario.Residents;

/**
 * The weekly choice of every resident: the hot loop. Each resident reads last week's activity of
 * its ties (a double buffer) and writes only its own state, drawing from a counter-based stream
 * keyed by (replicate, week, resident), so any split of the residents over threads gives the same
 * result. Two rules: a logit random-utility choice among five activities, or a
 * Granovetter/Watts threshold.
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

  /** Chooses for residents [lo, hi) in week {@code week}. */
  void step(int lo, int hi, int week) {
    if (threshold) thresholdRange(lo, hi, week);
    else logitRange(lo, hi, week);
  }

  private void logitRange(int lo, int hi, int week) {
    final Population p = model.population;
    final WardState ws = model.wardState;
    final byte[] prev = p.activePrev;
    final byte[] next = p.activeNext;
    final double habit = b.habitWeight();
    final int limit = b.ignoredLimit();
    final long weekKey = Seeds.keyOf(key, week);
    final long heardWeekKey = Seeds.keyOf(heardKey, week);
    for (int i = lo; i < hi; i++) {
      p.voice[i] *= VOICE_KEEP;
      final int w = p.ward[i];
      final int bo = wardBorough[w];
      byte act = Activity.NONE;
      double hours = 0;
      if (p.burntOutUntil[i] <= week) {
        final double social = socialShare(p, prev, i, bo);
        final double s = p.skills[i];
        final double tr = p.trust[i];
        final double free = Math.max(0.5, p.freeHours[i]);
        final boolean online = p.online(i);
        final boolean member = p.group[i] >= 0;
        final double common =
            b.socialWeight() * social
                + b.motivationWeight() * (p.motivation[i] - 0.5)
                + (week - p.lastContact[i] < b.contactWeeks() ? b.contactWeight() : 0);
        final boolean easy = pledge[bo] && online;
        // A pledge platform halves the effort of finding and arranging informal help.
        final double costInf = easy ? 0.5 * b.hoursInformal() : b.hoursInformal();
        final double uInf =
            b.ascInformal()
                + 0.5 * b.skillWeight() * s
                + common
                + (week - p.lastInformal[i] < 4 ? habit : 0)
                - b.timeWeight() * costInf / free;
        final double uFor =
            b.ascFormal()
                + b.skillWeight() * s
                + 0.5 * b.trustWeight() * tr
                + common
                + (week - p.lastFormal[i] < 4 ? habit : 0)
                - b.timeWeight() * b.hoursFormal() / free
                + (member ? b.memberWeight() : ws.formalOpportunity[w])
                + creditsFormal[bo];
        final double hCiv = onlineChannel[bo] && online ? b.hoursCivicOnline() : b.hoursCivic();
        double eCiv = 0;
        double eCop = 0;
        if (councilOn[bo]) {
          if (p.ignored[i] < limit) {
            final double uCiv =
                b.ascCivic()
                    // A PB round or consultation draws most those able to make their case.
                    + ws.civicBonus[w] * 2 * s
                    + b.skillWeight() * Math.min(1.0, s + skillBoost[bo])
                    + b.trustWeight() * tr
                    + common
                    + (week - p.lastCivic[i] < 4 ? habit : 0)
                    - b.timeWeight() * hCiv / free;
            eCiv = FastExp.exp(uCiv);
          }
          final double uCop =
              b.ascCoproduction()
                  + b.skillWeight() * s
                  + b.trustWeight() * tr
                  + common
                  + (week - p.lastCoproduction[i] < 4 ? habit : 0)
                  - b.timeWeight() * b.hoursCoproduction() / free
                  + (member ? b.memberWeight() : 0)
                  + (ws.communityFacility[w] ? 0 : -1.5)
                  + creditsCoproduction[bo];
          eCop = FastExp.exp(uCop);
        }
        final double eInf = FastExp.exp(uInf);
        final double eFor = FastExp.exp(uFor);
        double x = Seeds.uniform(weekKey, i) * (1 + eInf + eFor + eCiv + eCop);
        if ((x -= 1) < 0) {
          act = Activity.NONE;
        } else if ((x -= eInf) < 0) {
          act = Activity.INFORMAL;
          hours = b.hoursInformal();
          p.lastInformal[i] = week;
        } else if ((x -= eFor) < 0) {
          act = Activity.FORMAL;
          hours = b.hoursFormal();
          p.lastFormal[i] = week;
        } else if ((x -= eCiv) < 0) {
          act = Activity.CIVIC;
          hours = hCiv;
          p.lastCivic[i] = week;
          civicOutcome(p, i, w, bo, heardWeekKey);
        } else {
          act = Activity.COPRODUCTION;
          hours = b.hoursCoproduction();
          p.lastCoproduction[i] = week;
        }
        // Burnout: taking on more than one can for weeks on end ends in dropping out.
        float load = 0.9f * p.load[i] + 0.1f * (float) (hours / free);
        if (load > b.burnoutLoad()) {
          p.burntOutUntil[i] = week + b.burnoutWeeks();
          p.motivation[i] *= 0.9f;
          load = 0;
        }
        p.load[i] = load;
      }
      p.activity[i] = act;
      next[i] = act == Activity.NONE ? (byte) 0 : (byte) 1;
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

  /** Share of i's ties (and the tie an intermediary made) active last week. */
  private double socialShare(Population p, byte[] prev, int i, int bo) {
    Ties t = model.ties;
    if (t.complete()) {
      int others = boroughSize[bo] - 1;
      return others <= 0 ? 0 : (boroughActive[bo] - prev[i]) / (double) others;
    }
    int a = t.start(i);
    int e = t.end(i);
    int active = 0;
    for (int k = a; k < e; k++) active += prev[t.target(k)];
    int degree = e - a;
    int bridge = p.bridge[i];
    if (bridge >= 0) {
      active += prev[bridge];
      degree++;
    }
    return degree == 0 ? 0 : active / (double) degree;
  }

  /**
   * Granovetter/Watts: an inactive resident becomes active when the active share (or count) of
   * its ties last week reaches its threshold; activation is permanent.
   */
  private void thresholdRange(int lo, int hi, int week) {
    final Population p = model.population;
    final byte[] prev = p.activePrev;
    final byte[] next = p.activeNext;
    final Ties t = model.ties;
    for (int i = lo; i < hi; i++) {
      boolean active = prev[i] != 0;
      if (!active) {
        int bo = wardBorough[p.ward[i]];
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
      } else {
        p.activity[i] = Activity.NONE;
      }
      next[i] = active ? (byte) 1 : (byte) 0;
    }
  }
}
