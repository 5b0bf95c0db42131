package org.civicsim.model;

import org.civicsim.model.policy.BudgetHead;
import org.civicsim.model.policy.CutStrategy;
import org.civicsim.model.policy.DecisionRule;
import org.civicsim.scenario.BoroughPolicy;

/**
 * One borough's council. Each year it sets its budget from the funding path and shares it among its
 * budget heads ({@link BudgetHead}: adult and children's social care, four ward services, the rest
 * of its spending, CD workers and coaches, grants) as its {@link CutStrategy} protects each; shares
 * each service's money among wards by its {@link DecisionRule}; cuts hours first and closes or
 * transfers a few facilities a year that the money no longer runs; and tells residents how far
 * taking part is heard. Money is GBP a year unless named per week.
 */
public final class Council implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  /** Budget lines, for spend by line. */
  public static final String[] LINES = {
    "statutory", "discretionary", "community_development", "grants", "innovation_fund", "credits"
  };

  private final CivicModel model;
  final int borough;
  BoroughPolicy policy;
  org.civicsim.scenario.Council spec;
  private BudgetPath path;
  final int firstWard;
  final int endWard;
  final int residents;

  /** Year-0 budget, GBP a year. */
  final double budget0;

  /** What each budget head costs at full provision in year 0, GBP a year (grants aside). */
  private final double[] base0 = new double[BudgetHead.COUNT];

  /** GBP a year each budget head gets this year. */
  final double[] heads = new double[BudgetHead.COUNT];

  private int cdWorkers0;
  private int coaches0;

  double budget;
  int cdWorkers;
  int coaches;

  /** GBP a year allocated to each line this year. */
  final double[] lines = new double[LINES.length];

  /** GBP spent this week, by line. */
  final double[] spentThisWeek = new double[LINES.length];

  /** The latest participatory-budgeting round, or null before the first. */
  private PbRound pbRound;

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
    this.policy = local;
    this.spec = local.council();
    Wards w = model.wards;
    this.firstWard = w.boroughFirstWard[borough];
    this.endWard = w.boroughFirstWard[borough + 1];
    this.residents = w.residentStart[endWard] - w.residentStart[firstWard];
    this.path =
        new BudgetPath(
            spec,
            Wards.boroughDeprivation(local, borough, model.wards.boroughFirstWard.length - 1));
    var cd = local.communityDevelopment();
    this.cdWorkers0 = cd.enabled() ? (int) Math.round(cd.workersPer10k() * residents / 1e4) : 0;
    this.coaches0 = cd.enabled() ? (int) Math.round(cd.coachesPer10k() * residents / 1e4) : 0;
    for (int ward = firstWard; ward < endWard; ward++) {
      for (ServiceType s : ServiceType.all())
        base0[s.head().ordinal()] += w.need(ward, s) * s.costPerHour() * 52;
      for (int q = 0; q < 5; q++) {
        base0[BudgetHead.CHILDRENS_SOCIAL_CARE.ordinal()] +=
            w.inQuintile(ward, q) * ServiceType.CHILDRENS_SOCIAL_CARE_GBP_PER_ADULT[q];
        base0[BudgetHead.OTHER.ordinal()] +=
            w.inQuintile(ward, q) * ServiceType.OTHER_GBP_PER_ADULT[q];
      }
    }
    base0[BudgetHead.COMMUNITY_DEVELOPMENT.ordinal()] = (cdWorkers0 + coaches0) * cd.workerCost();
    double full = 0;
    for (double x : base0) full += x;
    this.budget0 = spec.enabled() ? spec.initialFunding() * full / (1 - spec.grantsShare()) : 0;
    this.wardMoneyShare = new double[endWard - firstWard];
    this.wardNeedShare = new double[endWard - firstWard];
  }

  /**
   * Adopts a new policy from this budget cycle on: cut path and strategy, decision mode, community
   * development, groups and incentives. The year-0 budget, the borough's own measure of what its
   * needs cost, stays as it was.
   */
  void adopt(BoroughPolicy next) {
    this.policy = next;
    this.spec = next.council();
    this.path =
        new BudgetPath(
            spec, Wards.boroughDeprivation(next, borough, model.wards.boroughFirstWard.length - 1));
    var cd = next.communityDevelopment();
    this.cdWorkers0 = cd.enabled() ? (int) Math.round(cd.workersPer10k() * residents / 1e4) : 0;
    this.coaches0 = cd.enabled() ? (int) Math.round(cd.coachesPer10k() * residents / 1e4) : 0;
    base0[BudgetHead.COMMUNITY_DEVELOPMENT.ordinal()] = (cdWorkers0 + coaches0) * cd.workerCost();
  }

  /** The policy in force. */
  public BoroughPolicy policy() {
    return policy;
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

  /** The latest participatory-budgeting round, or null when there has been none. */
  public PbRound pbRound() {
    return pbRound;
  }

  /** GBP a year this year's budget gives head {@code head}. */
  public double head(BudgetHead head) {
    return heads[head.ordinal()];
  }

  /** The council's borough, 0-based, as the wards number them. */
  public int borough() {
    return borough;
  }

  /** Adults in the council's area. */
  public int residents() {
    return residents;
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
    java.util.Arrays.fill(heads, 0);
    if (!spec.enabled()) {
      closeEverything();
      return;
    }
    budget = budget0 * path.factor(year);
    var fund = policy.incentives().innovationFund();
    fundYear = year < fund.years() ? fund.perResident() * residents / fund.years() : 0;
    double committed = Math.min(budget, fundYear + creditsPaidLastYear);
    double available = budget - committed;

    // Every head is cut against what it cost in year 0, as its strategy protects it; adult care's
    // need goes on growing, so what the money no longer buys shows as unmet need.
    double[] base = base0.clone();
    base[BudgetHead.GRANTS.ordinal()] = spec.grantsShare() * budget0;
    double[] money = strategy().allocate(base, available);
    System.arraycopy(money, 0, heads, 0, heads.length);

    double workerCost = policy.communityDevelopment().workerCost();
    double staff = money[BudgetHead.COMMUNITY_DEVELOPMENT.ordinal()];
    // Staff are whole people: coaches are kept in proportion, the rest are CD workers.
    int staffCount =
        workerCost > 0 ? (int) Math.floor(staff / workerCost + 1e-9) : cdWorkers0 + coaches0;
    staffCount = Math.min(staffCount, cdWorkers0 + coaches0);
    coaches =
        cdWorkers0 + coaches0 == 0
            ? 0
            : (int) Math.round(staffCount * (double) coaches0 / (cdWorkers0 + coaches0));
    cdWorkers = staffCount - coaches;

    double grants = money[BudgetHead.GRANTS.ordinal()];
    lines[0] =
        fundCare(money[BudgetHead.ADULT_CARE.ordinal()])
            + money[BudgetHead.CHILDRENS_SOCIAL_CARE.ordinal()];
    lines[1] = fundServices(money) + money[BudgetHead.OTHER.ordinal()];
    lines[2] = staffCount * workerCost;
    lines[3] = grants;
    lines[4] = fundYear;
    setGrants(grants);
    setSignals();
  }

  private CutStrategy strategy() {
    return CutStrategy.of(spec.cutStrategy());
  }

  private DecisionRule rule() {
    return DecisionRule.of(spec.decisionMode());
  }

  /** Adult care in each ward gets the care money in proportion to its (grown) need. */
  private double fundCare(double money) {
    Services sv = model.services;
    double need = 0;
    for (int w = firstWard; w < endWard; w++)
      need += sv.need[Services.index(w, ServiceType.ADULT_CARE)];
    double cost = ServiceType.ADULT_CARE.costPerHour() * 52;
    double spent = 0;
    for (int w = firstWard; w < endWard; w++) {
      int f = Services.index(w, ServiceType.ADULT_CARE);
      sv.operator[f] = Services.COUNCIL;
      sv.funding[f] = need > 0 ? Math.min(money * sv.need[f] / need, sv.need[f] * cost) : 0;
      sv.councilHours[f] = sv.funding[f] / cost;
      spent += sv.funding[f];
    }
    return spent;
  }

  /**
   * Funds the discretionary services of every ward from their heads' money (plus partners' pooled
   * money), shared among wards by the decision rule and the participatory-budgeting pot; reviews
   * the facilities the money can no longer run; returns the money spent.
   */
  private double fundServices(double[] money) {
    Services sv = model.services;
    int k = endWard - firstWard;
    double[] voice = wardVoice();
    double voiceTotal = 0;
    for (double v : voice) voiceTotal += v;
    double serviceMoney = 0;
    double serviceBase = 0;
    for (ServiceType s : ServiceType.all()) {
      if (s.statutory()) continue;
      serviceMoney += money[s.head().ordinal()];
      serviceBase += base0[s.head().ordinal()];
    }
    double pooled = spec.pooledBudget() * budget0;
    double pot = Math.min(serviceMoney + pooled, spec.pbShare() * budget);
    double potShare = serviceMoney + pooled > 0 ? pot / (serviceMoney + pooled) : 0;
    DecisionRule rule = rule();
    double lambda = rule.voiceWeight();
    double[] wardNeed = new double[k];
    for (ServiceType s : ServiceType.all()) {
      if (s.statutory()) continue;
      double m =
          money[s.head().ordinal()]
              + (serviceBase > 0 ? pooled * base0[s.head().ordinal()] / serviceBase : 0);
      double[] weight = serviceWeights(s, voice, voiceTotal, lambda);
      review(s, m, weight, voice, voiceTotal);
      // What is left open shares the money again: closing one facility funds the others. The
      // participatory-budgeting pot is held back for the vote.
      weight = serviceWeights(s, voice, voiceTotal, lambda);
      double cost = s.costPerHour() * 52;
      for (int j = 0; j < k; j++) {
        int w = firstWard + j;
        int f = Services.index(w, s);
        double full = sv.need[f] * cost;
        wardNeed[j] += full;
        if (sv.operator[f] != Services.COUNCIL) {
          sv.funding[f] = 0;
          sv.councilHours[f] = 0;
          continue;
        }
        double given = Math.min((1 - potShare) * m * weight[j], full);
        sv.funding[f] = given;
        sv.councilHours[f] = given / (cost * rule.hourCost(model.groups.inWard(w) > 0));
      }
    }
    if (pot > 0) {
      double voted = 0;
      if (model.now() >= 0) {
        pbRound =
            PbRound.hold(
                model,
                firstWard,
                endWard,
                pot,
                spec.pb(),
                spec.pb().online(),
                actVoice(spec),
                model.scenario().behaviour().heardGain(),
                model.now(),
                model.random);
        for (int r = 0; r < pbRound.projects(); r++)
          if (pbRound.selected(r)) voted += pbRound.cost(r);
      }
      topUpByGap(pot - voted);
    }
    double[] wardMoney = new double[k];
    double spent = 0;
    for (int j = 0; j < k; j++) {
      for (ServiceType s : ServiceType.all()) {
        if (s.statutory()) continue;
        wardMoney[j] += sv.funding[Services.index(firstWard + j, s)];
      }
      spent += wardMoney[j];
    }
    double needTotal = 0;
    for (double x : wardNeed) needTotal += x;
    for (int j = 0; j < k; j++) {
      wardNeedShare[j] = needTotal > 0 ? wardNeed[j] / needTotal : 1.0 / k;
      wardMoneyShare[j] = spent > 0 ? wardMoney[j] / spent : wardNeedShare[j];
    }
    return spent;
  }

  /**
   * Each ward's share (summing to 1 over the wards whose facility of service s the council runs) of
   * the service's money outside the participatory-budgeting pot: part by measured need, part by
   * voice as the decision rule weighs it.
   */
  private double[] serviceWeights(ServiceType s, double[] voice, double voiceTotal, double lambda) {
    Services sv = model.services;
    int k = endWard - firstWard;
    double need = 0;
    double heard = 0;
    for (int j = 0; j < k; j++) {
      int f = Services.index(firstWard + j, s);
      if (sv.operator[f] != Services.COUNCIL) continue;
      need += sv.need[f];
      heard += voice[j];
    }
    double[] weight = new double[k];
    for (int j = 0; j < k; j++) {
      int f = Services.index(firstWard + j, s);
      if (sv.operator[f] != Services.COUNCIL || need <= 0) continue;
      double needShare = sv.need[f] / need;
      double voiceShare = heard > 0 ? voice[j] / heard : needShare;
      weight[j] = (1 - lambda) * needShare + lambda * voiceShare;
    }
    return weight;
  }

  /**
   * What the participatory-budgeting pot does not fund (all of it before the first vote) tops up
   * the council-run discretionary facilities in proportion to the hours they still lack.
   */
  private void topUpByGap(double left) {
    if (left <= 0) return;
    Services sv = model.services;
    double gap = 0;
    for (int w = firstWard; w < endWard; w++) gap += shortfall(sv, w, 0);
    if (gap <= 0) return;
    double share = Math.min(1, left / gap);
    for (int w = firstWard; w < endWard; w++) shortfall(sv, w, share);
  }

  /**
   * GBP a year that ward w's council-run discretionary facilities lack of their need, and funds
   * {@code share} (0-1) of each one's lack.
   */
  private static double shortfall(Services sv, int w, double share) {
    double sum = 0;
    for (ServiceType s : ServiceType.all()) {
      int f = Services.index(w, s);
      if (s.statutory() || sv.operator[f] != Services.COUNCIL) continue;
      double lack = Math.max(0, sv.need[f] - sv.councilHours[f]);
      double cost = s.costPerHour() * 52;
      sv.funding[f] += share * lack * cost;
      sv.councilHours[f] += share * lack;
      sum += lack * cost;
    }
    return sum;
  }

  /**
   * The council reviews the facilities of service s that its money would fund below the closure
   * threshold: hours are cut first, and a few a year at most are closed or transferred (the closure
   * capacity), the least used first, later where users and groups resist (a ward's voice and its
   * groups' members). A facility about to close is offered to a capable group first: always under
   * an asset-transfer policy, otherwise at the rate councils transferred.
   */
  private void review(
      ServiceType s, double money, double[] weight, double[] voice, double voiceTotal) {
    Services sv = model.services;
    int k = endWard - firstWard;
    double cost = s.costPerHour() * 52;
    int running = 0;
    double use = 0;
    int under = 0;
    long[] order = new long[k];
    for (int j = 0; j < k; j++) {
      int f = Services.index(firstWard + j, s);
      if (sv.operator[f] != Services.COUNCIL) continue;
      running++;
      use += sv.need[f];
    }
    if (running == 0) return;
    boolean strict = strategy().closesLeastUsedFirst();
    double meanVoice = voiceTotal / k;
    for (int j = 0; j < k; j++) {
      int w = firstWard + j;
      int f = Services.index(w, s);
      if (sv.operator[f] != Services.COUNCIL) continue;
      double full = sv.need[f] * cost;
      if (full <= 0 || money * weight[j] >= spec.closureThreshold() * full - 1e-9) continue;
      double used = sv.need[f] / (use / running);
      double resistance =
          strict
              ? 1
              : RESISTANCE_FLOOR
                  + (1 - RESISTANCE_FLOOR) * (meanVoice > 0 ? voice[j] / meanVoice : 1)
                  + GROUP_RESISTANCE * model.groups.inWard(w);
      double score = used * resistance;
      order[under++] = ((long) Float.floatToIntBits((float) score) << 32) | j;
    }
    if (under == 0) return;
    java.util.Arrays.sort(order, 0, under);
    double share = spec.closureCapacity() * running * (strict ? 2 : 1);
    int capacity = (int) share + (model.random.nextBoolean(share - Math.floor(share)) ? 1 : 0);
    capacity = Math.max(1, capacity);
    for (int r = 0; r < Math.min(capacity, under); r++) {
      int w = firstWard + (int) (order[r] & 0xFFFFFFFFL);
      int f = Services.index(w, s);
      boolean offered = spec.assetTransfer() || model.random.nextBoolean(spec.transferOfferRate());
      int taker = offered ? GroupLife.bestTaker(model, w, sv.need[f]) : -1;
      sv.funding[f] = 0;
      sv.councilHours[f] = 0;
      if (taker >= 0) {
        sv.operator[f] = Services.COMMUNITY;
        sv.runner[f] = taker;
        model.groups.facilities[taker]++;
      } else {
        model.closeFacility(f);
      }
    }
  }

  /** Share of a ward's resistance to a closure that does not depend on how loud it is. */
  @org.civicsim.scenario.Constant(
      doc =
          "Share of a ward's resistance to a closure that does not depend on how loud it is; the"
              + " rest follows its voice against the borough's mean",
      unit = "share 0-1",
      source = "Judgement")
  static final double RESISTANCE_FLOOR = 0.5;

  /** Resistance each community group of the ward adds (campaigns, a friends' group). */
  @org.civicsim.scenario.Constant(
      doc =
          "Resistance to a closure each community group of the ward adds (campaigns, a friends'"
              + " group)",
      unit = "per group",
      source = "Judgement")
  static final double GROUP_RESISTANCE = 0.1;

  private double discretionaryNeedCost(int w) {
    double c = 0;
    for (ServiceType s : ServiceType.all()) {
      if (!s.statutory()) c += model.services.need[Services.index(w, s)] * s.costPerHour() * 52;
    }
    return c;
  }

  /**
   * Each ward's voice in the last year. With inclusive voice, the voice of each part of the
   * community (income quintile by minority status) is rescaled to count in proportion to its share
   * of the borough's residents, so no part is drowned out by another.
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

  /** Influence one civic act carries under a council's way of deciding. */
  static double actVoice(org.civicsim.scenario.Council spec) {
    return DecisionRule.of(spec.decisionMode()).actVoice(spec.pbShare());
  }

  private void setSignals() {
    WardState ws = model.wardState;
    DecisionRule rule = rule();
    double pb = Math.min(1.0, spec.pbShare() / 0.01);
    double base = rule.baseHeard() + 0.05 * pb;
    // The participatory-budgeting vote is its own civic act (PbRound): the pot adds no pull of
    // its own to the other civic acts.
    double bonus = rule.civicBonus();
    boolean follows = rule.voiceWeight() > 0 || spec.pbShare() > 0;
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
    boolean byCapacity = rule().grantsByCapacity();
    double[] weight = new double[endWard - firstWard];
    double total = 0;
    for (int j = 0; j < weight.length; j++) {
      int w = firstWard + j;
      if (g.inWard(w) == 0) continue;
      if (byCapacity) {
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
