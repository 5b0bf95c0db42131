package org.civicsim.model;

import org.civicsim.scenario.Council.CutStrategy;
import org.civicsim.scenario.Council.DecisionMode;
import org.civicsim.scenario.BoroughPolicy;

/**
 * One borough's council. Each year it sets its budget from the funding path, splits it into
 * lines by its cut strategy (statutory care, discretionary services, CD workers and coaches,
 * grants, the innovation fund, time credits), shares discretionary money among wards by its
 * decision mode, closes what it can no longer fund (offering it to groups first under asset
 * transfer) and tells residents how far taking part is heard. Money is GBP a year unless named
 * per week.
 */
public final class Council implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  /** Budget lines, for spend by line. */
  public static final String[] LINES = {
    "statutory", "discretionary", "community_development", "grants", "innovation_fund", "credits"
  };

  private final CivicModel model;
  final int borough;
  BoroughPolicy local;
  org.civicsim.scenario.Council spec;
  private BudgetPath path;
  final int firstWard;
  final int endWard;
  final int residents;

  /** Year-0 budget, GBP a year. */
  final double budget0;
  private int cdWorkers0;
  private int coaches0;

  double budget;
  int cdWorkers;
  int coaches;
  /** GBP a year allocated to each line this year. */
  final double[] lines = new double[LINES.length];
  /** GBP spent this week, by line. */
  final double[] spentThisWeek = new double[LINES.length];
  private double creditsPaidThisYear;
  private double creditsPaidLastYear;
  private double fundYear;
  private double fundCredit;
  /** The share of discretionary money each ward got this year, and its share of need. */
  final double[] wardMoneyShare;
  final double[] wardNeedShare;

  Council(CivicModel model, int borough, BoroughPolicy local) {
    this.model = model;
    this.borough = borough;
    this.local = local;
    this.spec = local.council();
    Wards w = model.wards;
    this.firstWard = w.boroughFirstWard[borough];
    this.endWard = w.boroughFirstWard[borough + 1];
    this.residents = w.residentStart[endWard] - w.residentStart[firstWard];
    this.path =
        new BudgetPath(spec, Wards.boroughDeprivation(local, borough, model.wards.boroughFirstWard.length - 1));
    var cd = local.communityDevelopment();
    this.cdWorkers0 = cd.enabled() ? (int) Math.round(cd.workersPer10k() * residents / 1e4) : 0;
    this.coaches0 = cd.enabled() ? (int) Math.round(cd.coachesPer10k() * residents / 1e4) : 0;
    double services = 0;
    for (int ward = firstWard; ward < endWard; ward++) {
      for (ServiceType s : ServiceType.all()) services += w.need(ward, s) * s.costPerHour() * 52;
    }
    double staff = (cdWorkers0 + coaches0) * cd.workerCost();
    this.budget0 =
        spec.enabled() ? spec.initialFunding() * (services + staff) / (1 - spec.grantsShare()) : 0;
    this.wardMoneyShare = new double[endWard - firstWard];
    this.wardNeedShare = new double[endWard - firstWard];
  }

  /**
   * Adopts a new policy from this budget cycle on: cut path and strategy, decision mode,
   * community development, groups and incentives. The year-0 budget, the borough's own measure
   * of what its needs cost, stays as it was.
   */
  void adopt(BoroughPolicy next) {
    this.local = next;
    this.spec = next.council();
    this.path = new BudgetPath(spec, Wards.boroughDeprivation(next, borough, model.wards.boroughFirstWard.length - 1));
    var cd = next.communityDevelopment();
    this.cdWorkers0 = cd.enabled() ? (int) Math.round(cd.workersPer10k() * residents / 1e4) : 0;
    this.coaches0 = cd.enabled() ? (int) Math.round(cd.coachesPer10k() * residents / 1e4) : 0;
  }

  /** The policy in force. */
  public BoroughPolicy policy() {
    return local;
  }

  /** Budget this year, GBP. */
  public double budget() {
    return budget;
  }

  /** GBP a year allocated to each of {@link #LINES} this year (a copy). */
  public double[] lines() {
    return lines.clone();
  }

  /** GBP spent this week on each of {@link #LINES} (a copy). */
  public double[] spentByLine() {
    return spentThisWeek.clone();
  }

  /** GBP spent this week on line {@code line} of {@link #LINES}; allocates nothing. */
  public double spentThisWeek(int line) {
    return spentThisWeek[line];
  }

  /** Total cut rate a year this council faces. */
  public double cutRate() {
    return path.rate();
  }

  public int cdWorkers() {
    return cdWorkers;
  }

  public int coaches() {
    return coaches;
  }

  /** GBP spent this week over all lines. */
  public double spentThisWeek() {
    double s = 0;
    for (double x : spentThisWeek) s += x;
    return s;
  }

  /** The budget cycle at the start of year {@code year} (0 = the first). */
  void budgetCycle(int year) {
    Services sv = model.services;
    double growth = StrictMath.pow(1 + spec.statutoryGrowth(), year);
    for (int w = firstWard; w < endWard; w++) sv.updateNeed(model.wards, w, growth);
    creditsPaidLastYear = year == 0 ? 0 : creditsPaidThisYear;
    creditsPaidThisYear = 0;
    java.util.Arrays.fill(lines, 0);
    if (!spec.enabled()) {
      closeEverything();
      return;
    }
    budget = budget0 * path.factor(year);
    var fund = local.incentives().innovationFund();
    fundYear = year < fund.years() ? fund.perResident() * residents / fund.years() : 0;
    double committed = Math.min(budget, fundYear + creditsPaidLastYear);
    double available = budget - committed;

    double statutoryNeed = 0;
    double discretionaryNeed = 0;
    for (int w = firstWard; w < endWard; w++) {
      for (ServiceType s : ServiceType.all()) {
        double cost = sv.need[Services.index(w, s)] * s.costPerHour() * 52;
        if (s.statutory()) statutoryNeed += cost;
        else discretionaryNeed += cost;
      }
    }
    double workerCost = local.communityDevelopment().workerCost();
    double staffNeed = (cdWorkers0 + coaches0) * workerCost;
    double grantsNeed = spec.grantsShare() * budget;

    double statutory;
    double discretionary;
    double staff;
    double grants;
    CutStrategy strategy = spec.cutStrategy();
    if (strategy == CutStrategy.SALAMI_SLICE) {
      double r = ratio(available, statutoryNeed + discretionaryNeed + staffNeed + grantsNeed);
      statutory = statutoryNeed * r;
      discretionary = discretionaryNeed * r;
      staff = staffNeed * r;
      grants = grantsNeed * r;
    } else {
      statutory = Math.min(statutoryNeed, available);
      double rest = available - statutory;
      if (strategy == CutStrategy.CD_FIRST) {
        discretionary = Math.min(discretionaryNeed, rest);
        double r = ratio(rest - discretionary, staffNeed + grantsNeed);
        staff = staffNeed * r;
        grants = grantsNeed * r;
      } else {
        double r = ratio(rest, discretionaryNeed + staffNeed + grantsNeed);
        discretionary = discretionaryNeed * r;
        staff = staffNeed * r;
        grants = grantsNeed * r;
      }
    }
    // Staff are whole people: coaches are kept in proportion, the rest are CD workers.
    int staffCount = workerCost > 0 ? (int) Math.floor(staff / workerCost + 1e-9) : cdWorkers0 + coaches0;
    staffCount = Math.min(staffCount, cdWorkers0 + coaches0);
    coaches = cdWorkers0 + coaches0 == 0 ? 0 : (int) Math.round(staffCount * (double) coaches0 / (cdWorkers0 + coaches0));
    cdWorkers = staffCount - coaches;

    lines[0] = fundStatutory(statutory, statutoryNeed);
    lines[1] = allocateDiscretionary(discretionary + spec.pooledBudget() * budget0);
    lines[2] = staffCount * workerCost;
    lines[3] = grants;
    lines[4] = fundYear;
    setGrants(grants);
    setSignals();
  }

  private static double ratio(double have, double need) {
    return need <= 0 ? 1.0 : Math.max(0, Math.min(1.0, have / need));
  }

  private double fundStatutory(double money, double need) {
    Services sv = model.services;
    double r = ratio(money, need);
    double spent = 0;
    for (int w = firstWard; w < endWard; w++) {
      for (ServiceType s : ServiceType.all()) {
        if (!s.statutory()) continue;
        int f = Services.index(w, s);
        sv.operator[f] = Services.COUNCIL;
        sv.funding[f] = sv.need[f] * s.costPerHour() * 52 * r;
        sv.councilHours[f] = sv.funding[f] / (s.costPerHour() * 52);
        spent += sv.funding[f];
      }
    }
    return spent;
  }

  /**
   * Shares discretionary money among wards, part by measured need and part by voice (how much
   * depends on the decision mode), plus the participatory-budgeting pot by votes, then funds,
   * closes or transfers each facility. Returns the money actually spent.
   */
  private double allocateDiscretionary(double money) {
    Services sv = model.services;
    int k = endWard - firstWard;
    double[] voice = wardVoice();
    double needTotal = 0;
    double voiceTotal = 0;
    double[] need = new double[k];
    for (int j = 0; j < k; j++) {
      need[j] = discretionaryNeedCost(firstWard + j);
      needTotal += need[j];
      voiceTotal += voice[j];
    }
    double pot = Math.min(money, spec.pbShare() * budget);
    double rest = money - pot;
    double lambda = voiceWeight(spec.decisionMode());
    double potWeights = 0;
    for (int j = 0; j < k; j++) potWeights += StrictMath.pow(voice[j], 1.5);
    double[] wardMoney = new double[k];
    for (int j = 0; j < k; j++) {
      double needShare = needTotal > 0 ? need[j] / needTotal : 1.0 / k;
      double voiceShare = voiceTotal > 0 ? voice[j] / voiceTotal : needShare;
      wardNeedShare[j] = needShare;
      wardMoney[j] = rest * ((1 - lambda) * needShare + lambda * voiceShare);
      // PB: attendees vote; the loudest wards win more than their share (votes^1.5).
      wardMoney[j] += potWeights > 0 ? pot * StrictMath.pow(voice[j], 1.5) / potWeights : pot * needShare;
      wardMoneyShare[j] = money > 0 ? wardMoney[j] / money : needShare;
    }
    if (spec.cutStrategy() == CutStrategy.CLOSE_LEAST_USED) {
      return fundLeastUsedLast(wardMoney);
    }
    return consolidate(wardMoney, need);
  }

  /**
   * Gives each facility its ward's share of the money in proportion to its need; while the worst
   * funded facility falls below the closure threshold, closes it (the least used first among
   * equals) and passes its money to the others, as councils consolidate rather than thin every
   * facility below what it can run on.
   */
  private double consolidate(double[] wardMoney, double[] wardNeed) {
    Services sv = model.services;
    int k = endWard - firstWard;
    int[] facility = new int[k * ServiceType.COUNT];
    double[] money = new double[facility.length];
    double[] full = new double[facility.length];
    boolean[] open = new boolean[facility.length];
    int n = 0;
    for (int j = 0; j < k; j++) {
      for (ServiceType s : ServiceType.all()) {
        if (s.statutory()) continue;
        int f = Services.index(firstWard + j, s);
        facility[n] = f;
        full[n] = sv.need[f] * s.costPerHour() * 52;
        money[n] = wardNeed[j] > 0 ? wardMoney[j] * full[n] / wardNeed[j] : 0;
        open[n] = sv.operator[f] != Services.COMMUNITY;
        n++;
      }
    }
    double threshold = spec.closureThreshold();
    while (true) {
      int worst = -1;
      double worstRatio = Double.POSITIVE_INFINITY;
      for (int x = 0; x < n; x++) {
        if (!open[x] || full[x] <= 0) continue;
        double ratio = money[x] / full[x];
        if (ratio < worstRatio - 1e-12 || (Math.abs(ratio - worstRatio) <= 1e-12 && full[x] < full[worst])) {
          worst = x;
          worstRatio = ratio;
        }
      }
      if (worst < 0 || worstRatio >= threshold - 1e-9) break;
      open[worst] = false;
      double freed = money[worst];
      money[worst] = 0;
      double room = 0;
      for (int x = 0; x < n; x++) if (open[x]) room += Math.max(0, full[x] - money[x]);
      if (room <= 0) continue;
      for (int x = 0; x < n; x++) {
        if (open[x]) money[x] += freed * Math.max(0, full[x] - money[x]) / room;
      }
    }
    double spent = 0;
    for (int x = 0; x < n; x++) {
      ServiceType s = ServiceType.all()[facility[x] % ServiceType.COUNT];
      spent += fundFacility(facility[x], s, open[x] ? Math.min(money[x], full[x]) : 0, full[x]);
    }
    return spent;
  }

  /** Funds facilities fully in order of use, most used first; those the money does not reach close. */
  private double fundLeastUsedLast(double[] wardMoney) {
    Services sv = model.services;
    double money = 0;
    for (double x : wardMoney) money += x;
    int k = endWard - firstWard;
    int types = ServiceType.COUNT;
    long[] order = new long[k * types];
    int n = 0;
    for (int j = 0; j < k; j++) {
      for (ServiceType s : ServiceType.all()) {
        if (s.statutory()) continue;
        int f = Services.index(firstWard + j, s);
        if (sv.operator[f] == Services.COMMUNITY) continue; // run by a group, costs nothing
        long use = (long) (sv.need[f] * 1000);
        order[n++] = (-use << 24) | f; // most used first; ties by facility index
      }
    }
    java.util.Arrays.sort(order, 0, n);
    double spent = 0;
    for (int r = 0; r < n; r++) {
      int f = (int) (order[r] & 0xFFFFFF);
      ServiceType s = ServiceType.all()[f % types];
      double full = sv.need[f] * s.costPerHour() * 52;
      double give = money >= full ? full : 0;
      money -= give;
      spent += fundFacility(f, s, give, full);
    }
    return spent;
  }

  /** Gives facility f its money, or closes it (to a group first under asset transfer). */
  private double fundFacility(int f, ServiceType s, double money, double full) {
    Services sv = model.services;
    int w = f / ServiceType.COUNT;
    boolean enough = full <= 0 || money >= spec.closureThreshold() * full - 1e-9;
    if (sv.operator[f] == Services.COMMUNITY) {
      sv.funding[f] = 0;
      sv.councilHours[f] = 0;
      return 0; // run by a group; the council saves the money
    }
    if (enough) {
      sv.operator[f] = Services.COUNCIL;
      sv.funding[f] = money;
      double discount = spec.decisionMode() == DecisionMode.COMMUNITY_COMMISSIONING && model.groups.inWard(w) > 0 ? 0.85 : 1.0;
      sv.councilHours[f] = money / (s.costPerHour() * discount * 52);
      return money;
    }
    sv.funding[f] = 0;
    sv.councilHours[f] = 0;
    if (sv.operator[f] == Services.COUNCIL) {
      int taker = spec.assetTransfer() ? GroupLife.bestTaker(model, w, sv.need[f]) : -1;
      if (taker >= 0) {
        sv.operator[f] = Services.COMMUNITY;
        sv.runner[f] = taker;
        model.groups.facilities[taker]++;
      } else {
        model.closeFacility(f);
      }
    }
    return 0;
  }

  private double discretionaryNeedCost(int w) {
    double c = 0;
    for (ServiceType s : ServiceType.all()) {
      if (!s.statutory()) c += model.services.need[Services.index(w, s)] * s.costPerHour() * 52;
    }
    return c;
  }

  /**
   * Each ward's voice in the last year. With inclusive voice, the voice of each part of the
   * community (income quintile by minority status) is rescaled to count in proportion to its
   * share of the borough's residents, so no part is drowned out by another.
   */
  private double[] wardVoice() {
    Population p = model.population;
    Wards wd = model.wards;
    int k = endWard - firstWard;
    double[][] byCell = new double[k][10];
    double[] totalCell = new double[10];
    long[] people = new long[10];
    for (int j = 0; j < k; j++) {
      int w = firstWard + j;
      for (int i = wd.residentStart[w]; i < wd.residentStart[w + 1]; i++) {
        int cell = p.quintile[i] * 2 + (p.minority(i) ? 1 : 0);
        byCell[j][cell] += p.voice[i];
        totalCell[cell] += p.voice[i];
        people[cell]++;
      }
    }
    double all = 0;
    for (double t : totalCell) all += t;
    double[] voice = new double[k];
    for (int j = 0; j < k; j++) {
      for (int cell = 0; cell < 10; cell++) {
        if (!spec.inclusiveVoice()) {
          voice[j] += byCell[j][cell];
        } else if (totalCell[cell] > 0) {
          voice[j] += byCell[j][cell] / totalCell[cell] * all * people[cell] / residents;
        }
      }
    }
    return voice;
  }

  /** How much the ward split of discretionary money follows voice rather than need. */
  static double voiceWeight(DecisionMode mode) {
    return switch (mode) {
      case TOP_DOWN -> 0.0;
      case CONSULTATION -> 0.35;
      case PARTICIPATORY_BUDGETING -> 0.5;
      case COMMUNITY_COMMISSIONING -> 0.25;
    };
  }

  /**
   * Influence a civic act carries: a response officers may set aside counts for little (0.5 under
   * top-down), a vote that decides money directly for much (2.0 under participatory budgeting
   * with a pot of 1% or more).
   */
  static double actVoice(org.civicsim.scenario.Council spec) {
    return 0.5 + 2 * voiceWeight(spec.decisionMode()) + 0.5 * Math.min(1.0, spec.pbShare() / 0.01);
  }

  /** Base chance a civic act is visibly heard, by decision mode. */
  static double baseHeard(DecisionMode mode) {
    return switch (mode) {
      case TOP_DOWN -> 0.30;
      case CONSULTATION -> 0.35;
      case PARTICIPATORY_BUDGETING -> 0.40;
      case COMMUNITY_COMMISSIONING -> 0.35;
    };
  }

  /** Extra pull of civic participation, by decision mode. */
  static double modeBonus(DecisionMode mode) {
    return switch (mode) {
      case TOP_DOWN -> 0.0;
      case CONSULTATION -> 0.1;
      case PARTICIPATORY_BUDGETING -> 0.25;
      case COMMUNITY_COMMISSIONING -> 0.1;
    };
  }

  private void setSignals() {
    WardState ws = model.wardState;
    double pb = Math.min(1.0, spec.pbShare() / 0.01);
    double base = baseHeard(spec.decisionMode()) + 0.05 * pb;
    // Dundee Decides drew about 8% of residents to vote (CALIBRATION.md): a PB round adds a
    // few points of civic participation, not tens.
    double bonus = modeBonus(spec.decisionMode()) + 0.25 * pb;
    boolean follows = voiceWeight(spec.decisionMode()) > 0 || spec.pbShare() > 0;
    for (int j = 0; j < endWard - firstWard; j++) {
      double response =
          follows && wardNeedShare[j] > 0
              ? Math.max(0.5, Math.min(1.5, wardMoneyShare[j] / wardNeedShare[j]))
              : 1.0;
      ws.heard[firstWard + j] = Math.max(0.02, Math.min(0.95, base * response));
      ws.civicBonus[firstWard + j] = bonus;
    }
  }

  /** Grants to groups: by need of their ward, or by capacity under community commissioning. */
  private void setGrants(double grants) {
    WardState ws = model.wardState;
    CommunityGroups g = model.groups;
    double[] weight = new double[endWard - firstWard];
    double total = 0;
    for (int j = 0; j < weight.length; j++) {
      int w = firstWard + j;
      if (g.inWard(w) == 0) continue;
      if (spec.decisionMode() == DecisionMode.COMMUNITY_COMMISSIONING) {
        for (int k = 0; k < g.inWard(w); k++) weight[j] += g.capacity[g.groupOf(w, k)] + 1;
      } else {
        weight[j] = discretionaryNeedCost(w) * (0.5 + model.wards.deprivation[w]);
      }
      total += weight[j];
    }
    for (int j = 0; j < weight.length; j++) {
      ws.grantPerWeek[firstWard + j] = total > 0 ? grants / 52 * weight[j] / total : 0;
    }
  }

  private void closeEverything() {
    Services sv = model.services;
    budget = 0;
    cdWorkers = 0;
    coaches = 0;
    for (int w = firstWard; w < endWard; w++) {
      model.wardState.heard[w] = 0;
      model.wardState.civicBonus[w] = 0;
      model.wardState.grantPerWeek[w] = 0;
      for (int s = 0; s < ServiceType.COUNT; s++) {
        int f = w * ServiceType.COUNT + s;
        if (sv.operator[f] == Services.COUNCIL) sv.operator[f] = Services.CLOSED;
        sv.funding[f] = 0;
        sv.councilHours[f] = 0;
      }
    }
  }

  /** Weekly accounts: services and staff at a 52nd of their year, credits and grants as paid. */
  void weekly(double creditsPaid, double grantsPaid, double fundPaid) {
    spentThisWeek[0] = lines[0] / 52;
    spentThisWeek[1] = lines[1] / 52;
    spentThisWeek[2] = lines[2] / 52;
    spentThisWeek[3] = grantsPaid;
    spentThisWeek[4] = fundPaid;
    spentThisWeek[5] = creditsPaid;
    creditsPaidThisYear += creditsPaid;
  }

  /** Money the innovation fund can give this week (accumulated at a 52nd of the year's fund). */
  double fundAvailable() {
    fundCredit += fundYear / 52;
    return fundCredit;
  }

  void fundSpent(double amount) {
    fundCredit -= amount;
  }
}
