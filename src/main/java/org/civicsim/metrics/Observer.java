package org.civicsim.metrics;

import static org.civicsim.metrics.MetricNames.*;

import java.util.Arrays;
import org.civicsim.model.Activity;
import org.civicsim.model.CivicModel;
import org.civicsim.model.Council;
import org.civicsim.model.PbRound;
import org.civicsim.model.Population;
import org.civicsim.model.ServiceType;
import org.civicsim.model.Services;
import org.civicsim.model.Wards;
import org.civicsim.model.policy.BudgetHead;

/**
 * Computes every contract metric for every group and ward at the model's current week, from sums
 * over residents and one sort of all residents by voice for the Gini of every group and ward. The
 * run's threads share the wards' and the borough's sums, the other groups' sums, the sort and the
 * scan after it; each sum adds its residents in resident order, and the sort is stable, so the
 * figures do not depend on the threads. Scratch arrays are made once, so recording allocates
 * nothing per resident. Alongside the contract metrics it reports each council's spend by budget
 * line and, at the scenario's final week only, the residents' Lorenz curve of voice read off the
 * same sort.
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
  private static final int N_VOTED = 12;
  private static final int SUMS = 13;

  private final CivicModel model;

  private double[][] group;
  private double[][] ward;
  private long[] keys;

  /** Where {@link #sortByVoice} moves the keys between passes (the two change places). */
  private long[] spare;

  /** Parts the keys are sorted in, whatever the threads; wards are summed in as many. */
  private static final int CHUNKS = 16;

  private static final int DIGIT_BITS = 11;
  private static final int DIGIT_COUNT = 1 << DIGIT_BITS;
  private static final int DIGIT_MASK = DIGIT_COUNT - 1;

  /** Each part's count of each digit in a pass of the sort, then its next place for each. */
  private final int[][] digits = new int[CHUNKS][DIGIT_COUNT];

  /**
   * Each ward's sums by cell, quintile x minority status (cell 2q + 1 the minority of quintile q),
   * SUMS entries from (ward x CELLS + cell) x SUMS: what the groups' sums are added from.
   */
  private double[] cells;

  private static final int CELLS = 10;

  /** Wards summed together, whole on one thread: part k is wards [parts[k], parts[k + 1]). */
  private int[] parts;

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
      cells = new double[wd.count * CELLS * SUMS];
      parts = parts(wd);
    }
    int step = model.week();
    double[] gini = new double[G];
    double[] wardGini = wards ? new double[wd.count] : null;
    // Each part of the wards is summed, and its keys made, whole on one thread; then the groups
    // are added up from the wards' cells in ward order, the keys sorted and scanned.
    int[] bounds = parts;
    model.inParallel(
        bounds.length - 1, part -> sum(p, wd, sv, step - 1, bounds[part], bounds[part + 1]));
    addGroups(wd.count);
    sortByVoice(n);
    int councilCount = model.councils().size();
    double[] councilGini = new double[councilCount];
    gini(n, wd.count, gini, wardGini, councilGini);
    double totalVoice = group[ALL][S_VOICE];

    emitPbRounds(sink);
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
      out[CD_WORKERS] =
          g == ALL
              ? cdWorkers
              : (visits[ALL] > 0 ? cdWorkers * (double) visits[g] / visits[ALL] : 0);
      for (int m = 0; m < M; m++) sink.group(step, m, g, out[m]);
    }
    if (wards) emitWards(sink, step, wd, sv, wardGini, totalVoice, n);
    if (step == 0) emitPlaces(sink, wd);
    emitServices(sink, step, wd, sv);
    emitCouncils(
        sink,
        step,
        wd,
        sv,
        councilCount > 1 ? councilGini : new double[] {gini[ALL]},
        totalVoice,
        n);
  }

  /** Every ward with its council and their national deprivation deciles (places.csv). */
  private void emitPlaces(MetricSink sink, Wards wd) {
    for (int w = 0; w < wd.count; w++) {
      int b = wd.borough[w];
      sink.place(
          model.councils().get(b).policy().name(),
          wd.boroughDecile[b],
          w,
          wd.decile[w],
          wd.size(w));
    }
  }

  /** Each council's facilities, hours and spend by service (services.csv). */
  private void emitServices(MetricSink sink, int step, Wards wd, Services sv) {
    for (Council c : model.councils()) {
      String name = c.policy().name();
      for (ServiceType s : ServiceType.all()) {
        double council = 0;
        double community = 0;
        double closed = 0;
        double needed = 0;
        double supplied = 0;
        double spend = 0;
        for (int w = wd.boroughFirstWard[c.borough()];
            w < wd.boroughFirstWard[c.borough() + 1];
            w++) {
          int f = Services.index(w, s);
          switch (sv.operator[f]) {
            case Services.COUNCIL -> council++;
            case Services.COMMUNITY -> community++;
            default -> closed++;
          }
          needed += sv.need[f];
          supplied += sv.need[f] * sv.coverage[f];
          spend += sv.funding[f] / 52;
        }
        sink.service(step, name, s.key(), "open_council", council);
        sink.service(step, name, s.key(), "open_community", community);
        sink.service(step, name, s.key(), "closed", closed);
        sink.service(step, name, s.key(), "hours_needed", needed);
        sink.service(step, name, s.key(), "hours_supplied", supplied);
        sink.service(step, name, s.key(), "spend", spend);
      }
      sink.service(
          step,
          name,
          "childrens_social_care",
          "spend",
          c.head(BudgetHead.CHILDRENS_SOCIAL_CARE) / 52);
      sink.service(step, name, "other", "spend", c.head(BudgetHead.OTHER) / 52);
    }
  }

  /**
   * Each council's participatory-budgeting round the first time it is observed: every project
   * (pb.csv) and every vote as counted (for Pabulib files), at the week the round was held.
   */
  private void emitPbRounds(MetricSink sink) {
    for (Council c : model.councils()) {
      PbRound round = c.pbRound();
      if (round == null || !round.firstRecorded()) continue;
      String name = c.policy().name();
      for (int k = 0; k < round.projects(); k++) {
        sink.pbProject(
            round.week(),
            name,
            round.ward(k),
            round.id(k),
            round.cost(k),
            round.votes(k),
            round.selected(k));
      }
      for (int e = 0; e < round.elections().size(); e++) {
        sink.pbElection(round.week(), name, round.units().get(e), round.elections().get(e));
      }
    }
  }

  /** Every metric for each council, plus its spend per head (metrics-councils.csv). */
  private void emitCouncils(
      MetricSink sink,
      int step,
      Wards wd,
      Services sv,
      double[] councilGini,
      double totalVoice,
      int n) {
    double[] s = new double[SUMS];
    var groups = model.groups();
    for (Council c : model.councils()) {
      int b = c.borough();
      Arrays.fill(s, 0);
      double[] byQuintile = new double[5];
      double[] people = new double[5];
      double[] facilities = new double[4];
      for (int w = wd.boroughFirstWard[b]; w < wd.boroughFirstWard[b + 1]; w++) {
        for (int m = 0; m < SUMS; m++) s[m] += ward[w][m];
        for (int q = 0; q < 5; q++) {
          byQuintile[q] += wd.inQuintile(w, q) * sv.coverageByQuintile[w * 5 + q];
          people[q] += wd.inQuintile(w, q);
        }
        facilities[0] += sv.count(w, Services.COUNCIL);
        facilities[1] += sv.count(w, Services.COMMUNITY);
        facilities[2] += sv.count(w, Services.CLOSED);
        facilities[3] += groups.inWard(w);
      }
      fill(s, councilGini[Math.min(b, councilGini.length - 1)], totalVoice, n);
      out[COVERAGE_GAP] = ratio(byQuintile[4], people[4]) - ratio(byQuintile[0], people[0]);
      out[SERVICES_COUNCIL] = facilities[0];
      out[SERVICES_COMMUNITY] = facilities[1];
      out[SERVICES_CLOSED] = facilities[2];
      out[GROUPS_ACTIVE] = facilities[3];
      out[COUNCIL_SPEND] = c.spentThisWeek();
      out[CD_WORKERS] = c.cdWorkers();
      String name = c.policy().name();
      for (int m = 0; m < M; m++) sink.council(step, METRICS.get(m), name, out[m]);
      sink.council(
          step, "spend_per_head", name, c.residents() > 0 ? c.spentThisWeek() / c.residents() : 0);
    }
  }

  /**
   * Sums wards [firstWard, endWard), and makes their residents' sort keys. A ward's residents are
   * sorted by quintile and minority status, so they come in runs of one cell (quintile x minority):
   * a run is summed in locals, in resident order, and added to its cell when the cell changes; a
   * ward's sums are its cells' added in cell order. {@code last} is the week just stepped.
   */
  private void sum(Population p, Wards wd, Services sv, int last, int firstWard, int endWard) {
    double hoursInformal = model.scenario().behaviour().hoursInformal();
    double hoursFormal = model.scenario().behaviour().hoursFormal();
    double hoursCoproduction = model.scenario().behaviour().hoursCoproduction();
    double[] c = cells;
    Arrays.fill(c, firstWard * CELLS * SUMS, endWard * CELLS * SUMS, 0);
    for (int w = firstWard; w < endWard; w++) {
      int cell = -1;
      int count = 0, formal = 0, informal = 0, civic = 0, any = 0, coproduction = 0, active = 0;
      int voted = 0;
      double trust = 0, voice = 0, hours = 0, covered = 0, need = 0;
      var round = model.councils().get(wd.borough[w]).pbRound();
      int roundWeek = round == null ? Population.NEVER : round.week();
      for (int i = wd.residentStart[w], end = wd.residentStart[w + 1]; ; i++) {
        int q = i < end ? p.quintile[i] : 0;
        int here = i < end ? q * 2 + (p.minority(i) ? 1 : 0) : -1; // -1: the ward is done
        if (here != cell) {
          if (cell >= 0) {
            addRun(
                c,
                (w * CELLS + cell) * SUMS,
                count,
                formal,
                informal,
                civic,
                any,
                coproduction,
                active,
                voted,
                trust,
                voice,
                hours,
                covered,
                need);
          }
          cell = here;
          count = formal = informal = civic = any = coproduction = active = voted = 0;
          trust = voice = hours = covered = need = 0;
        }
        if (i == end) break;
        byte act = p.activity[i];
        boolean f = last - p.lastFormal[i] < 4;
        boolean inf = last - p.lastInformal[i] < 4;
        boolean cop = last - p.lastCoproduction[i] < 4;
        count++;
        if (f) formal++;
        if (inf) informal++;
        // A participatory-budgeting vote is a civic act for the surveys' measures.
        if (last - p.lastCivic[i] < 52 || last - p.lastVote[i] < 52) civic++;
        if (f || inf || cop || last - p.lastCivic[i] < 4 || last - p.lastVote[i] < 4) any++;
        if (cop) coproduction++;
        if (act != Activity.NONE) active++;
        if (roundWeek != Population.NEVER && p.lastVote[i] == roundWeek) voted++;
        hours +=
            switch (act) {
              case Activity.INFORMAL -> hoursInformal;
              case Activity.FORMAL -> hoursFormal;
              case Activity.COPRODUCTION -> hoursCoproduction;
              default -> 0;
            };
        double needed = ServiceType.totalNeed(q);
        need += needed;
        covered += needed * sv.coverageByQuintile[w * 5 + q];
        trust += p.trust[i];
        float v = p.voice[i];
        voice += v;
        // Wards number fewer than residents, at most 100,000,000 < 2^27: ward, quintile (3 bits)
        // and minority (1 bit), the cell, fit below the voice.
        keys[i] = bits(v) << 32 | w << 4 | here;
      }
      double[] s = ward[w];
      Arrays.fill(s, 0);
      for (int k = 0; k < CELLS; k++) {
        for (int m = 0; m < SUMS; m++) s[m] += c[(w * CELLS + k) * SUMS + m];
      }
    }
  }

  /** Adds a run of residents' sums to the cell at {@code at}. */
  private static void addRun(
      double[] c,
      int at,
      int count,
      int formal,
      int informal,
      int civic,
      int any,
      int coproduction,
      int active,
      int voted,
      double trust,
      double voice,
      double hours,
      double covered,
      double need) {
    c[at + N_COUNT] += count;
    c[at + N_FORMAL] += formal;
    c[at + N_INFORMAL] += informal;
    c[at + N_CIVIC] += civic;
    c[at + N_ANY] += any;
    c[at + N_COPRODUCTION] += coproduction;
    c[at + N_ACTIVE] += active;
    c[at + N_VOTED] += voted;
    c[at + S_TRUST] += trust;
    c[at + S_VOICE] += voice;
    c[at + S_HOURS] += hours;
    c[at + S_COVERED] += covered;
    c[at + S_NEED] += need;
  }

  /** The groups' sums: every ward's cells, added in ward order to all, their quintile and group. */
  private void addGroups(int wards) {
    for (double[] g : group) Arrays.fill(g, 0);
    for (int w = 0; w < wards; w++) {
      for (int k = 0; k < CELLS; k++) {
        int at = (w * CELLS + k) * SUMS;
        double[] quintile = group[quintileGroup(k / 2)];
        double[] minority = group[(k & 1) != 0 ? MINORITY : MAJORITY];
        for (int m = 0; m < SUMS; m++) {
          double v = cells[at + m];
          group[ALL][m] += v;
          quintile[m] += v;
          minority[m] += v;
        }
      }
    }
  }

  /**
   * Wards in {@link #CHUNKS} parts of about equal residents (fewer if there are fewer wards), each
   * summed whole on one thread: part k is wards [parts[k], parts[k + 1]).
   */
  private static int[] parts(Wards wd) {
    int n = wd.residentStart[wd.count];
    int[] bounds = new int[Math.min(CHUNKS, Math.max(1, wd.count)) + 1];
    int k = 1;
    for (int w = 0; w < wd.count && k < bounds.length - 1; w++) {
      if (wd.residentStart[w + 1] >= (long) n * k / (bounds.length - 1)) bounds[k++] = w + 1;
    }
    while (k < bounds.length) bounds[k++] = wd.count;
    return bounds;
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
    out[PB_TURNOUT] = ratio(s[N_VOTED], count);
  }

  private void emitWards(
      MetricSink sink,
      int step,
      Wards wd,
      Services sv,
      double[] wardGini,
      double totalVoice,
      int n) {
    var groups = model.groups();
    int[] boroughVisits = new int[model.councils().size()];
    for (int w = 0; w < wd.count; w++)
      boroughVisits[wd.borough[w]] += model.wardState().cdVisits[w];
    for (int w = 0; w < wd.count; w++) {
      double[] s = ward[w];
      fill(s, wardGini[w], totalVoice, n);
      out[COVERAGE_GAP] = sv.coverageByQuintile[w * 5 + 4] - sv.coverageByQuintile[w * 5];
      out[SERVICES_COUNCIL] = sv.count(w, Services.COUNCIL);
      out[SERVICES_COMMUNITY] = sv.count(w, Services.COMMUNITY);
      out[SERVICES_CLOSED] = sv.count(w, Services.CLOSED);
      out[GROUPS_ACTIVE] = groups.inWard(w);
      double spend = model.wardState().grantPerWeek[w];
      for (int f = w * ServiceType.COUNT; f < (w + 1) * ServiceType.COUNT; f++)
        spend += sv.funding[f] / 52;
      out[COUNCIL_SPEND] = spend;
      int b = wd.borough[w];
      out[CD_WORKERS] =
          boroughVisits[b] > 0
              ? model.councils().get(b).cdWorkers()
                  * (double) model.wardState().cdVisits[w]
                  / boroughVisits[b]
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
        sv.count(w, Services.COUNCIL),
        sv.count(w, Services.COMMUNITY),
        sv.count(w, Services.CLOSED),
        groups.inWard(w)
      };
      for (int k = 0; k < 4; k++) {
        r[ALL][k] += counts[k];
        for (int q = 0; q < 5; q++)
          r[quintileGroup(q)][k] += counts[k] * wd.inQuintile(w, q) / size;
        int minority = 0;
        for (int q = 0; q < 5; q++) minority += wd.census[w][q * 2 + 1];
        r[MINORITY][k] += counts[k] * minority / size;
        r[MAJORITY][k] += counts[k] * (size - minority) / size;
      }
    }
    return r;
  }

  /**
   * Gini of voice for every group and every ward from one sort of all residents by voice: a scan in
   * ascending order keeps, for each group and ward, its count, its sum and the sum of rank times
   * value, which is all the Gini needs ({@link Gini}). The groups are scanned on one thread and the
   * wards on another, each in the sorted order, so the sums do not depend on the threads.
   */
  private void gini(int n, int wards, double[] byGroup, double[] byWard, double[] byCouncil) {
    int councils = byCouncil.length;
    int[] borough = model.wards().borough;
    long[] count = new long[G + wards + councils];
    double[] sum = new double[G + wards + councils];
    double[] weighted = new double[G + wards + councils];
    long[] sorted = keys;
    model.inParallel(
        byWard == null ? 1 : 2,
        task -> {
          for (int k = 0; k < n; k++) {
            int who = (int) sorted[k];
            double v = Float.intBitsToFloat((int) (sorted[k] >>> 32));
            if (task == 0) {
              accumulate(ALL, v, count, sum, weighted);
              accumulate(quintileGroup(who >>> 1 & 7), v, count, sum, weighted);
              accumulate((who & 1) != 0 ? MINORITY : MAJORITY, v, count, sum, weighted);
              if (councils > 1) accumulate(G + wards + borough[who >>> 4], v, count, sum, weighted);
            } else {
              accumulate(G + (who >>> 4), v, count, sum, weighted);
            }
          }
        });
    for (int g = 0; g < G; g++) byGroup[g] = Gini.of(count[g], sum[g], weighted[g]);
    if (byWard != null) {
      for (int w = 0; w < wards; w++)
        byWard[w] = Gini.of(count[G + w], sum[G + w], weighted[G + w]);
    }
    for (int b = 0; b < councils; b++) {
      int at = G + wards + b;
      byCouncil[b] = Gini.of(count[at], sum[at], weighted[at]);
    }
  }

  /** Keys in each of the {@link #CHUNKS} parts the keys are sorted in. */
  private static int chunk(int n) {
    return (n + CHUNKS - 1) / CHUNKS;
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
   * Sorts the first n keys, made in resident order, by voice: a stable radix sort on the voice bits
   * (the upper 32; a voice is never negative, so its bits sort as the number does), 11 bits a pass,
   * leaves residents of equal voice in resident order. Each pass counts the digits of {@link
   * #CHUNKS} parts of the keys on the run's threads, then moves every part to its places: part c's
   * keys of a digit follow those of parts before it, so the order is the same on any number of
   * threads. Three passes instead of a comparison sort: at 46,000,000 residents the sort took 5.3 s
   * as a comparison sort, 1.1 s in four passes of 8 bits on one thread.
   */
  private void sortByVoice(int n) {
    int chunk = chunk(n);
    for (int shift = 32; shift < 64; shift += DIGIT_BITS) {
      int sh = shift;
      long[] from = keys;
      long[] to = spare;
      model.inParallel(
          CHUNKS,
          c -> {
            int[] h = digits[c];
            Arrays.fill(h, 0);
            for (int k = c * chunk, end = Math.min(n, k + chunk); k < end; k++) {
              h[(int) (from[k] >>> sh) & DIGIT_MASK]++;
            }
          });
      // Each part's first place for each digit; a pass where every key has one digit is skipped.
      int place = 0;
      boolean oneDigit = false;
      for (int d = 0; d < DIGIT_COUNT; d++) {
        int before = place;
        for (int[] h : digits) {
          int here = h[d];
          h[d] = place;
          place += here;
        }
        oneDigit |= place - before == n;
      }
      if (oneDigit) continue; // and so with no keys at all
      model.inParallel(
          CHUNKS,
          c -> {
            int[] h = digits[c];
            for (int k = c * chunk, end = Math.min(n, k + chunk); k < end; k++) {
              to[h[(int) (from[k] >>> sh) & DIGIT_MASK]++] = from[k];
            }
          });
      keys = to;
      spare = from;
    }
  }

  private double voiceAt(int rank) {
    return Float.intBitsToFloat((int) (keys[rank] >>> 32));
  }

  private static void accumulate(
      int slot, double v, long[] count, double[] sum, double[] weighted) {
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
