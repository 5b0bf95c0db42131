package org.civicsim.model;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import org.civicsim.model.pb.Completion;
import org.civicsim.model.pb.CountingRule;
import org.civicsim.model.pb.Election;
import org.civicsim.model.pb.Project;
import org.civicsim.model.pb.Satisfaction;
import org.civicsim.scenario.Pb;

/**
 * One council's participatory-budgeting round of a year, as councils run it: projects proposed, a
 * ballot, a count, the winners funded.
 *
 * <ul>
 *   <li><b>Projects.</b> A project is a year's extra hours of one service in one ward, up to what
 *       the ward's facility lacks of its need, and at most {@code council.pb.max_project} of the
 *       pot it competes for. It is on the ballot when someone proposes it: each community group of
 *       the ward proposes the two services its members need most; the ward's civic participants of
 *       the past year propose the two they need most; and intermediaries who met residents of the
 *       ward in the past year carry those residents' needs into proposals of their own (bridging:
 *       the residents they seek out are those who do not take part).
 *   <li><b>Turnout.</b> Each adult votes with a logit probability: trust, skills, having taken part
 *       in civic life in the past year, mobilisation by a group they belong to, support to vote by
 *       an intermediary met in the past half year, and voting online where the council offers it
 *       and the resident is online. A vote counts in participation_civic and adds to the voter's
 *       voice, but builds no habit of the weekly civic channel.
 *   <li><b>Ballots.</b> A voter approves up to {@code council.pb.approvals} projects of their own
 *       ward, those meeting most of their own needs (GBP of need a week, as coverage weighs it).
 *   <li><b>Count and delivery.</b> The rule of {@code council.pb.rule} ({@link
 *       org.civicsim.model.pb}) picks the winners with cost satisfaction; equal shares is completed
 *       by add1, as Wieliczka and other cities complete it. Winners are funded as extra hours this
 *       year; a voter whose project won feels heard.
 * </ul>
 *
 * The round's projects and turnout stay readable until the next round (pb.csv, pb_turnout).
 */
public final class PbRound implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * Base utility of voting. With {@link #CIVIC_HABIT} fitted to Dundee Decides 2018 (a pot under 1%
   * of the budget, voting online and in person): 11,472 voters, about 9% of the residents aged 11
   * and over, over 75% of them voting in a participatory budget for the first time
   * (CALIBRATION.md). Two constants for two figures: fitted, not checked.
   */
  @org.civicsim.scenario.Constant(
      doc = "Base utility of voting in a participatory-budgeting round",
      unit = "utility",
      source =
          "Fitted with the small weights below to Dundee Decides 2018: about 9% of residents aged"
              + " 11+ voted, over 75% for the first time (CALIBRATION.md); pb-dundee gives 9.0% of"
              + " adults, 63% new to civic participation")
  static final double ASC_VOTE = -3.6;

  /** Weight of trust (0-1) in the decision to vote: those who feel able to influence vote more. */
  @org.civicsim.scenario.Constant(
      doc = "Weight of trust (0-1) in the decision to vote",
      unit = "utility per unit of trust",
      source =
          "Fitted with ASC_VOTE: a ballot of local projects asks little of the confidence that"
              + " politics demands")
  static final double TRUST_WEIGHT = 0.3;

  /** Weight of skills (0-1): confidence with forms, meetings and budgets. */
  @org.civicsim.scenario.Constant(
      doc = "Weight of skills (0-1) in the decision to vote",
      unit = "utility per unit of skills",
      source = "Fitted with ASC_VOTE, as for trust")
  static final double SKILL_WEIGHT = 0.3;

  /**
   * Pull of having taken part in civic life in the past year: small, as a ballot of local projects
   * draws mostly people who do not go to meetings or sign petitions (see {@link #ASC_VOTE}).
   */
  @org.civicsim.scenario.Constant(
      doc = "Pull of a civic act in the past year on the decision to vote",
      unit = "utility",
      source =
          "Fitted with ASC_VOTE: Dundee drew mostly people new to PB; a habit of 1.5 left 22% of"
              + " the voters new to civic participation, 0.3 (with trust and skills at 0.5) 40%")
  static final double CIVIC_HABIT = 0;

  /** Mobilisation by a group the resident belongs to ("vote for our project"). */
  @org.civicsim.scenario.Constant(
      doc = "Pull of belonging to a community group (mobilised to vote for its project)",
      unit = "utility",
      source = "Judgement")
  static final double GROUP_MOBILISATION = 0.5;

  /**
   * Support to vote by an intermediary met in the past 26 weeks (a visit, a ballot taken round).
   */
  @org.civicsim.scenario.Constant(
      doc =
          "Pull of an intermediary met in the past 26 weeks (support to vote: a visit, a ballot"
              + " taken round)",
      unit = "utility",
      source = "Judgement")
  static final double SUPPORT_TO_VOTE = 1.5;

  /** Voting online for a resident who is online, where the council offers it. */
  @org.civicsim.scenario.Constant(
      doc = "Pull of voting online, for a resident who is online, where the council offers it",
      unit = "utility",
      source = "Judgement; Dundee voted online and in person")
  static final double ONLINE_VOTE = 0.7;

  /**
   * Projects each proposer (a group, the ward's civic participants, intermediaries) puts forward.
   */
  static final int PROPOSALS = 2;

  private final int week;
  private final int voters;
  private final int newVoters;
  private final int[] ward;
  private final ServiceType[] service;
  private final long[] cost;
  private final int[] votes;
  private final boolean[] selected;
  private final List<String> units;
  private final List<Election> elections;
  private boolean recorded;

  private PbRound(
      int week,
      int voters,
      int newVoters,
      List<Candidate> projects,
      List<String> units,
      List<Election> elections) {
    this.week = week;
    this.units = List.copyOf(units);
    this.elections = List.copyOf(elections);
    this.voters = voters;
    this.newVoters = newVoters;
    int n = projects.size();
    ward = new int[n];
    service = new ServiceType[n];
    cost = new long[n];
    votes = new int[n];
    selected = new boolean[n];
    for (int k = 0; k < n; k++) {
      Candidate c = projects.get(k);
      ward[k] = c.ward;
      service[k] = c.service;
      cost[k] = c.cost;
      votes[k] = c.votes;
      selected[k] = c.selected;
    }
  }

  /**
   * True the first time it is asked, false after: the round's rows are recorded once, at the first
   * observation after it (a checkpoint keeps the answer, so a resumed run does not record them
   * again).
   */
  public boolean firstRecorded() {
    if (recorded) return false;
    recorded = true;
    return true;
  }

  /** The week the ballot closed. */
  public int week() {
    return week;
  }

  /** Adults who voted. */
  public int voters() {
    return voters;
  }

  /** Voters with no civic act in the year before the round who had never voted in one before. */
  public int newVoters() {
    return newVoters;
  }

  /** Projects on the ballot. */
  public int projects() {
    return ward.length;
  }

  /** Ward (model id, as in metrics-wards.csv) of project k. */
  public int ward(int k) {
    return ward[k];
  }

  /** The service project k adds hours of. */
  public ServiceType service(int k) {
    return service[k];
  }

  /** The id of project k on the ballot: ward, a dash, the service. */
  public String id(int k) {
    return ward[k] + "-" + service[k].key();
  }

  /** GBP project k costs. */
  public long cost(int k) {
    return cost[k];
  }

  /** Voters who approved project k. */
  public int votes(int k) {
    return votes[k];
  }

  /** True when project k won. */
  public boolean selected(int k) {
    return selected[k];
  }

  /**
   * The votes counted, each over its own pot: one a ward under {@code scope: ward} (named {@code
   * ward<id>}), one for the borough under {@code scope: borough} (named {@code borough}).
   */
  public List<Election> elections() {
    return elections;
  }

  /** What each of {@link #elections()} was over: a {@code ward<id>}, or {@code borough}. */
  public List<String> units() {
    return units;
  }

  /** A project while the round is held. */
  private static final class Candidate {
    final int ward;
    final ServiceType service;
    final long cost;
    final List<Integer> supporters = new ArrayList<>();
    int votes;
    boolean selected;

    Candidate(int ward, ServiceType service, long cost) {
      this.ward = ward;
      this.service = service;
      this.cost = cost;
    }

    String id() {
      return ward + "-" + service.key();
    }
  }

  /**
   * Holds the round of week {@code week} for the council's wards [firstWard, endWard) over {@code
   * pot} GBP; funds the winners and returns the round. {@code actVoice} is what a vote adds to the
   * voter's voice, {@code heardGain} the trust a voter whose project won gains (times 1 - trust).
   */
  static PbRound hold(
      CivicModel model,
      int firstWard,
      int endWard,
      double pot,
      Pb spec,
      boolean online,
      double actVoice,
      double heardGain,
      int week,
      MersenneTwisterFast random) {
    Population p = model.population;
    Wards wd = model.wards;
    Services sv = model.services;
    int residents = wd.residentStart[endWard] - wd.residentStart[firstWard];
    List<List<Candidate>> byWard = new ArrayList<>();
    List<Candidate> all = new ArrayList<>();
    for (int w = firstWard; w < endWard; w++) {
      double wardPot =
          spec.scope() == Pb.Scope.WARD ? pot * wd.size(w) / Math.max(1, residents) : pot;
      List<Candidate> here = propose(model, w, wardPot * spec.maxProject(), week);
      byWard.add(here);
      all.addAll(here);
    }

    // Turnout and ballots, ward by ward in resident order.
    int voters = 0;
    int newVoters = 0;
    List<List<List<String>>> ballots = new ArrayList<>();
    for (int w = firstWard; w < endWard; w++) {
      List<Candidate> here = byWard.get(w - firstWard);
      // What a voter approves depends only on their quintile: one ballot for each, shared.
      List<List<Candidate>> chosen = new ArrayList<>(5);
      List<List<String>> ballotOf = new ArrayList<>(5);
      for (int q = 0; q < 5; q++) {
        List<Candidate> c = approved(here, q, spec.approvals());
        chosen.add(c);
        ballotOf.add(c.stream().map(Candidate::id).toList());
      }
      List<List<String>> wardBallots = new ArrayList<>();
      for (int i = wd.residentStart[w]; i < wd.residentStart[w + 1]; i++) {
        boolean civic = week - p.lastCivic[i] < 52;
        boolean returning = civic || p.lastVote[i] != Population.NEVER_WEEK;
        double u =
            ASC_VOTE
                + TRUST_WEIGHT * p.trust[i]
                + SKILL_WEIGHT * p.skills[i]
                + (civic ? CIVIC_HABIT : 0)
                + (p.group[i] >= 0 ? GROUP_MOBILISATION : 0)
                + (week - p.lastContact[i] < 26 ? SUPPORT_TO_VOTE : 0)
                + (online && p.online(i) ? ONLINE_VOTE : 0);
        if (!random.nextBoolean(1 / (1 + StrictMath.exp(-u)))) continue;
        voters++;
        if (!returning) newVoters++;
        // A vote counts as civic participation (participation_civic reads lastVote too) but is
        // not the weekly civic channel: it builds no habit of consultations and forums.
        p.lastVote[i] = (short) week;
        p.voice[i] += (float) actVoice;
        for (Candidate c : chosen.get(p.quintile[i])) c.supporters.add(i);
        wardBallots.add(ballotOf.get(p.quintile[i]));
      }
      ballots.add(wardBallots);
    }

    CountingRule rule =
        CountingRule.named(
            spec.rule().label(),
            Satisfaction.COST,
            spec.rule() == Pb.Rule.EQUAL_SHARES ? Completion.ADD1 : Completion.NONE);
    List<String> units = new ArrayList<>();
    List<Election> elections = new ArrayList<>();
    if (spec.scope() == Pb.Scope.WARD) {
      for (int w = firstWard; w < endWard; w++) {
        double wardPot = pot * wd.size(w) / Math.max(1, residents);
        Election e = count(rule, wardPot, byWard.get(w - firstWard), ballots.get(w - firstWard));
        if (e != null) {
          units.add("ward" + w);
          elections.add(e);
        }
      }
    } else {
      List<List<String>> every = new ArrayList<>();
      for (List<List<String>> b : ballots) every.addAll(b);
      Election e = count(rule, pot, all, every);
      if (e != null) {
        units.add("borough");
        elections.add(e);
      }
    }

    // Winners are delivered as hours this year; their supporters were heard.
    for (Candidate c : all) {
      if (!c.selected) continue;
      int f = Services.index(c.ward, c.service);
      double perYear = c.service.costPerHour() * 52;
      sv.funding[f] += c.cost;
      sv.councilHours[f] += c.cost / perYear;
      for (int i : c.supporters) p.trust[i] += (float) (heardGain * (1 - p.trust[i]));
    }
    return new PbRound(week, voters, newVoters, all, units, elections);
  }

  /**
   * Marks {@code projects}' winners under {@code rule}, with their votes; returns the election
   * counted, or null when nothing was on the ballot.
   */
  private static Election count(
      CountingRule rule, double pot, List<Candidate> projects, List<List<String>> ballots) {
    if (projects.isEmpty()) return null;
    List<Project> list = new ArrayList<>();
    for (Candidate c : projects) list.add(new Project(c.id(), c.cost));
    Election e = Election.of(Math.floor(pot), list, ballots);
    for (int k = 0; k < projects.size(); k++) projects.get(k).votes = e.approvals(k);
    List<String> won = rule.count(e).ids();
    for (Candidate c : projects) c.selected = won.contains(c.id());
    return e;
  }

  /**
   * The projects proposed in ward w: the services its groups, its civic participants and the
   * intermediaries who met its residents need most, each once, in service order.
   */
  private static List<Candidate> propose(CivicModel model, int w, double cap, int week) {
    Population p = model.population;
    Wards wd = model.wards;
    Services sv = model.services;
    CommunityGroups g = model.groups;
    boolean[] proposed = new boolean[ServiceType.COUNT];
    // Needs of each proposer, summed over the residents it speaks for.
    double[][] byGroup = new double[g.inWard(w)][ServiceType.COUNT];
    double[] civic = new double[ServiceType.COUNT];
    double[] bridged = new double[ServiceType.COUNT];
    for (int i = wd.residentStart[w]; i < wd.residentStart[w + 1]; i++) {
      int q = p.quintile[i];
      for (int k = 0; k < g.inWard(w); k++) {
        if (p.group[i] == g.groupOf(w, k)) addNeeds(byGroup[k], q);
      }
      if (week - p.lastCivic[i] < 52) addNeeds(civic, q);
      if (week - p.lastContact[i] < 52) addNeeds(bridged, q);
    }
    for (double[] needs : byGroup) mark(proposed, needs, sv, w);
    mark(proposed, civic, sv, w);
    mark(proposed, bridged, sv, w);
    List<Candidate> out = new ArrayList<>();
    for (ServiceType s : ServiceType.all()) {
      if (!proposed[s.ordinal()]) continue;
      int f = Services.index(w, s);
      double gap = Math.max(0, sv.need[f] - sv.councilHours[f]) * s.costPerHour() * 52;
      long cost = Math.round(Math.min(gap, cap));
      if (cost >= 1) out.add(new Candidate(w, s, cost));
    }
    return out;
  }

  private static void addNeeds(double[] needs, int q) {
    for (ServiceType s : ServiceType.all()) {
      if (!s.statutory()) needs[s.ordinal()] += s.need(q) * s.costPerHour();
    }
  }

  /**
   * Marks the {@link #PROPOSALS} services whose need, among {@code needs}, the ward's council-run
   * facilities leave most unmet; fewer when fewer are short.
   */
  private static void mark(boolean[] proposed, double[] needs, Services sv, int w) {
    boolean[] taken = new boolean[ServiceType.COUNT];
    for (int n = 0; n < PROPOSALS; n++) {
      int best = -1;
      double most = 0;
      for (ServiceType s : ServiceType.all()) {
        int f = Services.index(w, s);
        if (s.statutory() || taken[s.ordinal()] || sv.operator[f] != Services.COUNCIL) continue;
        if (sv.need[f] <= sv.councilHours[f]) continue;
        double unmet = needs[s.ordinal()] * (1 - sv.councilHours[f] / sv.need[f]);
        if (unmet > most) {
          most = unmet;
          best = s.ordinal();
        }
      }
      if (best < 0) return;
      taken[best] = true;
      proposed[best] = true;
    }
  }

  /**
   * The projects a voter of quintile q approves: up to k of {@code projects} (all when k is 0),
   * those meeting most of the quintile's needs, ties to the service listed first.
   */
  private static List<Candidate> approved(List<Candidate> projects, int q, int k) {
    List<Candidate> ranked = new ArrayList<>(projects);
    ranked.sort(
        (a, b) -> {
          int c =
              Double.compare(
                  b.service.need(q) * b.service.costPerHour(),
                  a.service.need(q) * a.service.costPerHour());
          return c != 0 ? c : Integer.compare(a.service.ordinal(), b.service.ordinal());
        });
    return List.copyOf(ranked.subList(0, k == 0 ? ranked.size() : Math.min(k, ranked.size())));
  }
}
