package org.civicsim.metrics;

import static org.civicsim.metrics.MetricNames.*;

import java.util.Arrays;
import org.civicsim.model.Activity;
import org.civicsim.model.CivicModel;
import org.civicsim.model.Council;
import org.civicsim.model.Population;
import org.civicsim.model.ServiceType;
import org.civicsim.model.Services;
import org.civicsim.model.Wards;

/**
 * Computes every contract metric for every group and ward at the model's current week, from sums
 * over residents and one sort of all residents by voice for the Gini of every group and ward.
 * Three tasks share the run's threads: the wards' and the borough's sums, the other groups' sums,
 * and the sort; each adds its residents in resident order, so the figures do not depend on the
 * threads. Scratch arrays are made once, so recording allocates nothing per resident. Alongside
 * the contract metrics it reports each council's spend by budget line and, at the scenario's
 * final week only, the residents' Lorenz curve of voice read off the same sort.
 */
public final class Observer {
  private static final int G = GROUPS.size();
  private static final int M = METRICS.size();
  // Per-resident sums kept for each group and ward.
  private static final int N_COUNT = 0;
  private static final int N_FORMAL = 1;
  private static final int N_INFORMAL = 2;
  private static final int N_CIVIC = 3;
  private static final int N_ANY = 4;
  private static final int N_COPRODUCTION = 5;
  private static final int N_ACTIVE = 6;
  private static final int S_TRUST = 7;
  private static final int S_VOICE = 8;
  private static final int S_HOURS = 9;
  private static final int S_COVERED = 10;
  private static final int S_NEED = 11;
  private static final int SUMS = 12;

  private final CivicModel model;
  private double[][] group;
  private double[][] ward;
  private long[] keys;
  /** Where {@link #sortByVoice} moves the keys between passes. */
  private long[] spare;
  /** Sum of every resident's voice, from the task that sums wards. */
  private double totalVoice;
  private final double[] out = new double[M];
  private final double[] lorenz = new double[LORENZ_POINTS];

  public Observer(CivicModel model) {
    this.model = model;
  }

  /** Emits every metric for every group (and every ward when asked) at the model's current week. */
  public void observe(MetricSink sink, boolean wards) {
    Population p = model.population();
    Wards wd = model.wards();
    Services sv = model.services();
    int n = p.n;
    if (keys == null || keys.length != n) {
      keys = new long[n];
      spare = new long[n];
      group = new double[G][SUMS];
      ward = new double[wd.count][SUMS];
    }
    for (double[] g : group) Arrays.fill(g, 0);
    for (double[] w : ward) Arrays.fill(w, 0);
    int step = model.week();
    double[] gini = new double[G];
    double[] wardGini = wards ? new double[wd.count] : null;
    model.inParallel(
        3,
        task -> {
          switch (task) {
            case 0 -> sum(p, sv, step - 1, true);
            case 1 -> sum(p, sv, step - 1, false);
            default -> gini(p, wd.count, gini, wardGini);
          }
        });
    double totalVoice = this.totalVoice;

    double spend = 0;
    int cdWorkers = 0;
    for (Council c : model.councils()) {
      String name = c.policy().name();
      for (int line = 0; line < Council.LINES.length; line++) {
        sink.spend(step, name, line, c.spentThisWeek(line));
      }
      spend += c.spentThisWeek();
      cdWorkers += c.cdWorkers();
    }
    if (step == model.scenario().steps()) {
      lorenz(n);
      for (int k = 0; k < LORENZ_POINTS; k++) {
        sink.voiceLorenz(step, k / (double) (LORENZ_POINTS - 1), lorenz[k]);
      }
    }
    int[] visits = model.cdVisitsByGroup();
    double needAll = group[ALL][S_NEED];
    double coverageQ1 = ratio(group[quintileGroup(0)][S_COVERED], group[quintileGroup(0)][S_NEED]);
    double coverageQ5 = ratio(group[quintileGroup(4)][S_COVERED], group[quintileGroup(4)][S_NEED]);
    double[][] facilities = attributedFacilities(wd, sv);
    for (int g = 0; g < G; g++) {
      double[] s = group[g];
      fill(s, gini[g], totalVoice, n);
      double coverage = ratio(s[S_COVERED], s[S_NEED]);
      out[COVERAGE_GAP] = g == ALL ? coverageQ5 - coverageQ1 : coverageQ5 - coverage;
      out[SERVICES_COUNCIL] = facilities[g][0];
      out[SERVICES_COMMUNITY] = facilities[g][1];
      out[SERVICES_CLOSED] = facilities[g][2];
      out[GROUPS_ACTIVE] = facilities[g][3];
      out[COUNCIL_SPEND] = needAll > 0 ? spend * s[S_NEED] / needAll : 0;
      out[CD_WORKERS] = g == ALL ? cdWorkers : (visits[ALL] > 0 ? cdWorkers * (double) visits[g] / visits[ALL] : 0);
      for (int m = 0; m < M; m++) sink.group(step, m, g, out[m]);
    }
    if (wards) emitWards(sink, step, wd, sv, wardGini, totalVoice, n);
  }

  /**
   * Adds every resident, in resident order, to its ward's sums and the borough's ({@code
   * wardsAndAll}), or to its quintile's and its minority group's; {@code last} is the week just
   * stepped.
   */
  private void sum(Population p, Services sv, int last, boolean wardsAndAll) {
    double hoursInformal = model.scenario().behaviour().hoursInformal();
    double hoursFormal = model.scenario().behaviour().hoursFormal();
    double hoursCoproduction = model.scenario().behaviour().hoursCoproduction();
    double voiceSum = 0;
    for (int i = 0; i < p.n; i++) {
      int q = p.quintile[i];
      int w = p.ward[i];
      byte act = p.activity[i];
      boolean formal = last - p.lastFormal[i] < 4;
      boolean informal = last - p.lastInformal[i] < 4;
      boolean coproduction = last - p.lastCoproduction[i] < 4;
      boolean civicMonth = last - p.lastCivic[i] < 4;
      boolean civicYear = last - p.lastCivic[i] < 52;
      boolean any = formal || informal || civicMonth || coproduction;
      boolean active = act != Activity.NONE;
      double hours =
          switch (act) {
            case Activity.INFORMAL -> hoursInformal;
            case Activity.FORMAL -> hoursFormal;
            case Activity.COPRODUCTION -> hoursCoproduction;
            default -> 0;
          };
      double need = ServiceType.totalNeed(q);
      double covered = need * sv.coverageByQuintile[w * 5 + q];
      double trust = p.trust[i];
      double voice = p.voice[i];
      if (wardsAndAll) {
        voiceSum += voice;
        add(ward[w], formal, informal, civicYear, any, coproduction, active, trust, voice, hours,
            covered, need);
        add(group[ALL], formal, informal, civicYear, any, coproduction, active, trust, voice, hours,
            covered, need);
      } else {
        add(group[quintileGroup(q)], formal, informal, civicYear, any, coproduction, active, trust,
            voice, hours, covered, need);
        add(group[p.minority(i) ? MINORITY : MAJORITY], formal, informal, civicYear, any,
            coproduction, active, trust, voice, hours, covered, need);
      }
    }
    if (wardsAndAll) totalVoice = voiceSum;
  }

  private static void add(double[] r, boolean formal, boolean informal, boolean civic, boolean any,
      boolean coproduction, boolean active, double trust, double voice, double hours,
      double covered, double need) {
    r[N_COUNT]++;
    if (formal) r[N_FORMAL]++;
    if (informal) r[N_INFORMAL]++;
    if (civic) r[N_CIVIC]++;
    if (any) r[N_ANY]++;
    if (coproduction) r[N_COPRODUCTION]++;
    if (active) r[N_ACTIVE]++;
    r[S_TRUST] += trust;
    r[S_VOICE] += voice;
    r[S_HOURS] += hours;
    r[S_COVERED] += covered;
    r[S_NEED] += need;
  }

  /** The metrics every grouping computes alike from its sums. */
  private void fill(double[] s, double gini, double totalVoice, int n) {
    double count = s[N_COUNT];
    out[PARTICIPATION_FORMAL] = ratio(s[N_FORMAL], count);
    out[PARTICIPATION_INFORMAL] = ratio(s[N_INFORMAL], count);
    out[PARTICIPATION_CIVIC] = ratio(s[N_CIVIC], count);
    out[PARTICIPATION_ANY] = ratio(s[N_ANY], count);
    out[COPRODUCTION] = ratio(s[N_COPRODUCTION], count);
    out[VOICE_GINI] = gini;
    out[VOICE_SHARE] = totalVoice > 0 && count > 0 ? (s[S_VOICE] / totalVoice) / (count / n) : 0;
    out[COVERAGE] = ratio(s[S_COVERED], s[S_NEED]);
    out[VOLUNTEER_HOURS] = s[S_HOURS];
    out[TRUST_MEAN] = ratio(s[S_TRUST], count);
    out[ACTIVE_SHARE] = ratio(s[N_ACTIVE], count);
  }

  private void emitWards(MetricSink sink, int step, Wards wd, Services sv, double[] wardGini,
      double totalVoice, int n) {
    var groups = model.groups();
    int[] boroughVisits = new int[model.councils().size()];
    for (int w = 0; w < wd.count; w++) boroughVisits[wd.borough[w]] += model.wardState().cdVisits[w];
    for (int w = 0; w < wd.count; w++) {
      double[] s = ward[w];
      fill(s, wardGini[w], totalVoice, n);
      out[COVERAGE_GAP] = sv.coverageByQuintile[w * 5 + 4] - sv.coverageByQuintile[w * 5];
      out[SERVICES_COUNCIL] = sv.count(w, Services.COUNCIL);
      out[SERVICES_COMMUNITY] = sv.count(w, Services.COMMUNITY);
      out[SERVICES_CLOSED] = sv.count(w, Services.CLOSED);
      out[GROUPS_ACTIVE] = groups.inWard(w);
      double spend = model.wardState().grantPerWeek[w];
      for (int f = w * ServiceType.COUNT; f < (w + 1) * ServiceType.COUNT; f++) spend += sv.funding[f] / 52;
      out[COUNCIL_SPEND] = spend;
      int b = wd.borough[w];
      out[CD_WORKERS] =
          boroughVisits[b] > 0
              ? model.councils().get(b).cdWorkers() * (double) model.wardState().cdVisits[w] / boroughVisits[b]
              : 0;
      for (int m = 0; m < M; m++) sink.ward(step, m, w, out[m]);
    }
  }

  /**
   * Facilities by operator and groups, attributed to each population group by its share of each
   * ward's residents, so the quintiles add up to the borough's counts.
   */
  private double[][] attributedFacilities(Wards wd, Services sv) {
    double[][] r = new double[G][4];
    var groups = model.groups();
    for (int w = 0; w < wd.count; w++) {
      int size = wd.size(w);
      if (size == 0) continue;
      double[] counts = {
        sv.count(w, Services.COUNCIL), sv.count(w, Services.COMMUNITY), sv.count(w, Services.CLOSED),
        groups.inWard(w)
      };
      for (int k = 0; k < 4; k++) {
        r[ALL][k] += counts[k];
        for (int q = 0; q < 5; q++) r[quintileGroup(q)][k] += counts[k] * wd.inQuintile(w, q) / size;
        int minority = 0;
        for (int q = 0; q < 5; q++) minority += wd.census[w][q * 2 + 1];
        r[MINORITY][k] += counts[k] * minority / size;
        r[MAJORITY][k] += counts[k] * (size - minority) / size;
      }
    }
    return r;
  }

  /**
   * Gini of voice for every group and every ward from one sort of all residents by voice: a scan
   * in ascending order keeps, for each group and ward, its count, its sum and the sum of rank
   * times value, which is all the Gini needs ({@link Gini}). Each key carries, below the voice,
   * the resident's ward, quintile and minority status, so the scan reads nothing else: in the
   * sorted order residents are scattered, and reading their arrays there would miss the cache
   * at every step.
   */
  private void gini(Population p, int wards, double[] byGroup, double[] byWard) {
    int n = p.n;
    // Wards number fewer than residents, at most 100,000,000 < 2^27: ward, quintile (3 bits) and
    // minority (1 bit) fit in the lower 32 bits.
    for (int i = 0; i < n; i++) {
      keys[i] = bits(p.voice[i]) << 32 | p.ward[i] << 4 | p.quintile[i] << 1 | (p.minority(i) ? 1 : 0);
    }
    sortByVoice(n);
    long[] count = new long[G + wards];
    double[] sum = new double[G + wards];
    double[] weighted = new double[G + wards];
    for (int k = 0; k < n; k++) {
      int who = (int) keys[k];
      double v = Float.intBitsToFloat((int) (keys[k] >>> 32));
      accumulate(ALL, v, count, sum, weighted);
      accumulate(quintileGroup(who >>> 1 & 7), v, count, sum, weighted);
      accumulate((who & 1) != 0 ? MINORITY : MAJORITY, v, count, sum, weighted);
      if (byWard != null) accumulate(G + (who >>> 4), v, count, sum, weighted);
    }
    for (int g = 0; g < G; g++) byGroup[g] = Gini.of(count[g], sum[g], weighted[g]);
    if (byWard != null) {
      for (int w = 0; w < wards; w++) byWard[w] = Gini.of(count[G + w], sum[G + w], weighted[G + w]);
    }
  }

  /**
   * The residents' Lorenz curve of voice at {@link MetricNames#LORENZ_POINTS} evenly spaced
   * population shares, from the keys {@link #gini} left sorted by voice: the exact curve through
   * (i/n, share of voice of the i residents with least) is linear between residents, so each point
   * interpolates within the resident it falls on. With no voice at all, everyone is equal.
   */
  private void lorenz(int n) {
    double total = 0;
    for (int k = 0; k < n; k++) total += voiceAt(k);
    int last = LORENZ_POINTS - 1;
    if (n == 0 || total <= 0) {
      for (int k = 0; k <= last; k++) lorenz[k] = k / (double) last;
      return;
    }
    double cumulative = 0; // voice of the first `done` residents
    int done = 0;
    for (int k = 0; k <= last; k++) {
      // Population share k/last covers k*n/last residents: whole ones plus part of the next.
      long whole = (long) k * n / last;
      double part = ((long) k * n % last) / (double) last;
      while (done < whole) cumulative += voiceAt(done++);
      double share = (cumulative + (done < n ? part * voiceAt(done) : 0)) / total;
      lorenz[k] = Math.min(1.0, share);
    }
    lorenz[last] = 1.0;
  }

  /**
   * Sorts the first n keys, made in resident order, by voice: a stable radix sort on the voice
   * bits (the upper 32; a voice is never negative, so its bits sort as the number does), a byte a
   * pass, leaves residents of equal voice in resident order. Four passes over the keys instead of
   * a comparison sort: at 46,000,000 residents 1.1 s instead of 5.3 s, within one of the
   * observer's tasks.
   */
  private void sortByVoice(int n) {
    long[] from = keys;
    long[] to = spare;
    int[] start = new int[257];
    for (int shift = 32; shift < 64; shift += 8) {
      Arrays.fill(start, 0);
      for (int k = 0; k < n; k++) start[(int) (from[k] >>> shift & 0xFF) + 1]++;
      if (n == 0 || start[(int) (from[0] >>> shift & 0xFF) + 1] == n) continue; // one digit: as is
      for (int d = 0; d < 256; d++) start[d + 1] += start[d];
      for (int k = 0; k < n; k++) to[start[(int) (from[k] >>> shift & 0xFF)]++] = from[k];
      long[] t = from;
      from = to;
      to = t;
    }
    if (from != keys) System.arraycopy(from, 0, keys, 0, n);
  }

  private double voiceAt(int rank) {
    return Float.intBitsToFloat((int) (keys[rank] >>> 32));
  }

  private static void accumulate(int slot, double v, long[] count, double[] sum, double[] weighted) {
    count[slot]++;
    sum[slot] += v;
    weighted[slot] += count[slot] * v;
  }

  private static long bits(float voice) {
    return Float.floatToIntBits(Math.max(0f, voice)) & 0xFFFFFFFFL;
  }

  private static double ratio(double a, double b) {
    return b > 0 ? a / b : 0;
  }
}
