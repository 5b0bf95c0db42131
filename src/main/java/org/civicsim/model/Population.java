package org.civicsim.model;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import java.util.List;
import org.civicsim.scenario.BoroughPolicy;
import org.civicsim.scenario.Constant;
import org.civicsim.scenario.Distribution;
import org.civicsim.scenario.Residents;

/**
 * Every resident's state, one primitive array per attribute, indexed by resident (0..n-1).
 * Residents are numbered ward by ward, so a ward is a contiguous range ({@link Wards}). Hours are
 * hours per week, shares and skills 0-1, times are week numbers (negative during burn-in).
 */
public final class Population implements java.io.Serializable {
  private static final long serialVersionUID = 2L;

  /** Week number meaning "never". */
  public static final int NEVER = Integer.MIN_VALUE / 2;

  /**
   * A resident's week stamps are {@code short}s, read every week by every resident's choice: half
   * the bytes of an {@code int}. A run's weeks lie in [-1,040, 30,520] (burn-in, steps and a
   * burnout at most), so this "never" is more than a year before any week.
   */
  public static final short NEVER_WEEK = Short.MIN_VALUE;

  /** The lapse week of a resident in no group: after every week a run can reach. */
  public static final short NO_LAPSE = Short.MAX_VALUE;

  /** The latest week a resident's stamp can hold. */
  public static final int LAST_WEEK = Short.MAX_VALUE;

  @Constant(
      doc =
          "How far latent income falls from the least to the most deprived ward, times segregation:"
              + " the shift is -3 x segregation x (deprivation - 0.5)",
      unit = "sd of income",
      source =
          "Judgement: at segregation 0.6 the wards' mean latent incomes span 1.8, twice the sd"
              + " within a ward (0.91)")
  static final double INCOME_SHIFT = 3.0;

  @Constant(
      doc = "Sd of a resident's civic skills around the mean of their quintile",
      unit = "0-1",
      source = "Judgement")
  static final double SKILL_NOISE = 0.15;

  @Constant(
      doc =
          "Rise in mean trust from the poorest to the richest quintile: trust + 0.05 x (q/4 - 0.5)",
      unit = "0-1",
      source = "Judgement")
  static final double TRUST_GRADIENT = 0.05;

  @Constant(doc = "Sd of a resident's trust around its mean", unit = "0-1", source = "Judgement")
  static final double TRUST_NOISE = 0.15;

  static final byte MINORITY = 1;
  static final byte ONLINE = 2;

  public final int n;
  public final int[] ward;

  /** Income quintile, 0 = poorest. */
  public final byte[] quintile;

  /** Bit flags: {@link #MINORITY}, {@link #ONLINE}. */
  public final byte[] flags;

  public final float[] freeHours;
  public final float[] skills;
  public final float[] trust;
  public final float[] motivation;
  public final float[] threshold;

  /** This week's activity ({@link Activity}). */
  public final byte[] activity;

  /** Whether each resident was active last week: what ties read (double buffer). */
  byte[] activePrev;

  /** Whether each resident is active this week. */
  byte[] activeNext;

  public final short[] lastInformal;
  public final short[] lastFormal;
  public final short[] lastCivic;
  public final short[] lastCoproduction;
  public final short[] lastContact;

  /** Week of the last participatory-budgeting vote. */
  public final short[] lastVote;

  public final short[] burntOutUntil;

  /** Hours taken on over free hours, averaged over recent weeks. */
  public final float[] load;

  /** Times in a row taking part was ignored. */
  public final byte[] ignored;

  /** Community group the resident belongs to, or -1. */
  public final int[] group;

  /**
   * Week in which a member leaves its group unless it volunteers formally or co-produces before:
   * {@link GroupLife#LAPSE_WEEKS} + 1 weeks after joining or after its last such act; {@link
   * #NO_LAPSE} for a resident in no group. Kept, rather than worked out from the week stamps each
   * week, so that the weekly tally asks every resident one question whose answer is almost always
   * no, instead of branching on membership, which half the residents have in no order.
   */
  public final short[] lapseWeek;

  /** Influence over council decisions in the last year (votes, responses, advocacy, bridging). */
  public final float[] voice;

  /** A tie made by an intermediary to an active resident, or -1. */
  public final int[] bridge;

  Population(int n) {
    this.n = n;
    ward = new int[n];
    quintile = new byte[n];
    flags = new byte[n];
    freeHours = new float[n];
    skills = new float[n];
    trust = new float[n];
    motivation = new float[n];
    threshold = new float[n];
    activity = new byte[n];
    activePrev = new byte[n];
    activeNext = new byte[n];
    lastInformal = filled(n);
    lastFormal = filled(n);
    lastCivic = filled(n);
    lastCoproduction = filled(n);
    lastContact = filled(n);
    lastVote = filled(n);
    burntOutUntil = filled(n);
    load = new float[n];
    ignored = new byte[n];
    group = new int[n];
    Arrays.fill(group, -1);
    lapseWeek = new short[n];
    Arrays.fill(lapseWeek, NO_LAPSE);
    voice = new float[n];
    bridge = new int[n];
    Arrays.fill(bridge, -1);
  }

  private static short[] filled(int n) {
    short[] a = new short[n];
    Arrays.fill(a, NEVER_WEEK);
    return a;
  }

  public boolean minority(int i) {
    return (flags[i] & MINORITY) != 0;
  }

  public boolean online(int i) {
    return (flags[i] & ONLINE) != 0;
  }

  /** Resident i joins group {@code id} in {@code week}: it stays at least until its lapse week. */
  void join(int i, int id, int week) {
    group[i] = id;
    lapseWeek[i] = (short) (week + GroupLife.LAPSE_WEEKS + 1);
  }

  /** Resident i leaves its group. */
  void leave(int i) {
    group[i] = -1;
    lapseWeek[i] = NO_LAPSE;
  }

  /** Resident i volunteered formally or co-produced in {@code week}: a member's stay renews. */
  void keptUp(int i, int week) {
    if (group[i] >= 0) {
      lapseWeek[i] = (short) Math.max(lapseWeek[i], week + GroupLife.LAPSE_WEEKS + 1);
    }
  }

  /** True when resident i was active last week (what others read through their ties). */
  public boolean wasActive(int i) {
    return activePrev[i] != 0;
  }

  /** True when resident i is active this week. */
  public boolean isActive(int i) {
    return activeNext[i] != 0;
  }

  void swapBuffers() {
    byte[] t = activePrev;
    activePrev = activeNext;
    activeNext = t;
  }

  /**
   * Draws every borough's residents, boroughs side by side on the workers' threads: borough b draws
   * from {@code streams[b]}, so the residents do not depend on the threads. Income follows ward
   * deprivation as strongly as {@code segregation} says, and quintiles are fifths of the whole run
   * (national when there are several boroughs); minority residents live more often in deprived
   * wards; within a ward residents are sorted by quintile and minority.
   */
  static Population draw(
      List<BoroughPolicy> locals,
      Residents spec,
      Wards wards,
      MersenneTwisterFast[] streams,
      ThreadTeam workers) {
    Population p = new Population(wards.residentStart[wards.count]);
    float[] latent = new float[p.n];
    workers.forEachBlock(
        locals.size(), b -> drawIncome(latent, b, locals.get(b), wards, streams[b]));
    byte[] quintile = latent.length == 0 ? new byte[0] : quintiles(latent);
    workers.forEachBlock(
        locals.size(),
        b -> {
          drawBorough(p, b, quintile, locals.get(b), spec, wards, streams[b]);
          p.drawThresholds(
              spec,
              wards.residentStart[wards.boroughFirstWard[b]],
              wards.residentStart[wards.boroughFirstWard[b + 1]],
              streams[b]);
        });
    return p;
  }

  /**
   * Each resident's latent income: lower the more deprived the ward (as strongly as {@code
   * segregation} says), with the ward's deprivation carrying the council's own in a national run.
   */
  private static void drawIncome(
      float[] latent, int b, BoroughPolicy local, Wards wards, MersenneTwisterFast random) {
    double seg = local.borough().segregation();
    for (int w = wards.boroughFirstWard[b]; w < wards.boroughFirstWard[b + 1]; w++) {
      double shift = -INCOME_SHIFT * seg * (wards.deprivation[w] - 0.5);
      for (int i = wards.residentStart[w]; i < wards.residentStart[w + 1]; i++) {
        latent[i] = (float) (shift + random.nextGaussian() * Math.sqrt(1 - 0.5 * seg * seg));
      }
    }
  }

  /**
   * Income quintiles by rank over every borough of the run: for one borough within it, for several
   * nationally, so that a deprived council has more of the poorest fifth and an affluent one fewer.
   * The cut points are the latent incomes at ranks n/5, 2n/5, ... of a sorted copy (a sort whose
   * result does not depend on threads); a resident exactly at a cut point goes above it.
   */
  private static byte[] quintiles(float[] latent) {
    float[] sorted = latent.clone();
    Arrays.parallelSort(sorted);
    float[] cut = new float[4];
    for (int k = 1; k <= 4; k++) cut[k - 1] = sorted[(int) ((long) k * sorted.length / 5)];
    byte[] q = new byte[latent.length];
    for (int i = 0; i < latent.length; i++) {
      float x = latent[i];
      q[i] =
          (byte)
              ((x >= cut[0] ? 1 : 0)
                  + (x >= cut[1] ? 1 : 0)
                  + (x >= cut[2] ? 1 : 0)
                  + (x >= cut[3] ? 1 : 0));
    }
    return q;
  }

  private static void drawBorough(
      Population p,
      int b,
      byte[] q,
      BoroughPolicy local,
      Residents spec,
      Wards wards,
      MersenneTwisterFast random) {
    double minorityShare = local.borough().minorityShare();
    for (int w = wards.boroughFirstWard[b]; w < wards.boroughFirstWard[b + 1]; w++) {
      int a = wards.residentStart[w];
      int e = wards.residentStart[w + 1];
      double pMinority = Math.min(1.0, minorityShare * (0.5 + wards.deprivation[w]));
      if (minorityShare >= 1.0) pMinority = 1.0;
      long[] keys = new long[e - a];
      for (int i = a; i < e; i++) {
        int minority = random.nextBoolean(pMinority) ? 1 : 0;
        keys[i - a] = ((long) q[i] << 40) | ((long) minority << 32) | (i - a);
      }
      Arrays.sort(keys);
      for (int k = 0; k < keys.length; k++) {
        int i = a + k;
        int qi = (int) (keys[k] >>> 40);
        boolean minority = ((keys[k] >>> 32) & 1) != 0;
        p.ward[i] = w;
        p.quintile[i] = (byte) qi;
        double share = qi / 4.0;
        double online = spec.onlineQ1() + (spec.onlineQ5() - spec.onlineQ1()) * share;
        p.flags[i] = (byte) ((minority ? MINORITY : 0) | (random.nextBoolean(online) ? ONLINE : 0));
        // Free hours: gamma with shape 2 around the mean.
        double gamma = -StrictMath.log((1 - random.nextDouble()) * (1 - random.nextDouble())) / 2.0;
        p.freeHours[i] = (float) (spec.freeHours() * gamma);
        double skillMean = spec.skillsQ1() + (spec.skillsQ5() - spec.skillsQ1()) * share;
        p.skills[i] = (float) clamp(skillMean + SKILL_NOISE * random.nextGaussian());
        p.trust[i] =
            (float)
                clamp(
                    spec.trust()
                        + TRUST_GRADIENT * (share - 0.5)
                        + TRUST_NOISE * random.nextGaussian());
        p.motivation[i] = (float) random.nextDouble();
      }
    }
  }

  /** Thresholds of residents [lo, hi): as listed (the list repeated), or drawn. */
  private void drawThresholds(Residents spec, int lo, int hi, MersenneTwisterFast random) {
    List<Double> given = spec.thresholds();
    if (given != null && !given.isEmpty()) {
      for (int i = lo; i < hi; i++) threshold[i] = given.get(i % given.size()).floatValue();
      return;
    }
    Distribution d = spec.threshold();
    for (int i = lo; i < hi; i++) {
      double x =
          switch (d.distribution()) {
            case FIXED -> d.value();
            case UNIFORM -> d.min() + (d.max() - d.min()) * random.nextDouble();
            case UNIFORM_INT -> {
              long min = Math.round(d.min());
              long span = Math.round(d.max()) - min + 1;
              yield min + (long) Math.floor(random.nextDouble() * span);
            }
            case NORMAL -> d.mean() + d.sd() * random.nextGaussian();
          };
      threshold[i] = (float) x;
    }
  }

  static double clamp(double x) {
    return x < 0 ? 0 : (x > 1 ? 1 : x);
  }
}
