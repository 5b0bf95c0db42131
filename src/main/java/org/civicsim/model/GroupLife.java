package org.civicsim.model;

import ec.util.MersenneTwisterFast;
import org.civicsim.scenario.Constant;
import org.civicsim.scenario.Groups;

/**
 * The weekly life of community groups, after residents have chosen and been tallied: money in and
 * out, struggling and dissolving, anchors, advocacy, the service hours groups and co-producers
 * give, the innovation fund's grants and the founding of new groups.
 */
final class GroupLife implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  @Constant(
      doc =
          "Weeks without formal volunteering or co-production, counted from joining at the"
              + " earliest, after which a member leaves a group",
      unit = "weeks",
      source = "Judgement: half a year")
  static final int LAPSE_WEEKS = 26;

  @Constant(
      doc =
          "Affluence of the least deprived ward: what a member raises is fundraising times"
              + " affluence, 1.4 - 0.8 x deprivation",
      unit = "times fundraising",
      source = "Judgement: groups in the most deprived wards raise less than half as much")
  static final double AFFLUENCE_LEAST_DEPRIVED = 1.4;

  @Constant(
      doc = "Fall in affluence from the least to the most deprived ward (deprivation 0 to 1)",
      unit = "times fundraising",
      source = "Judgement")
  static final double AFFLUENCE_FALL = 0.8;

  @Constant(
      doc = "How many times longer a community anchor can struggle before it dissolves",
      unit = "times dissolve_after",
      source =
          "from-big-idea-to-big-society.txt: anchors are the resilient core; the factor is"
              + " judgement")
  static final int ANCHOR_RESILIENCE = 3;

  @Constant(
      doc = "Facilities a community anchor can run (any other group one)",
      unit = "facilities",
      source = "Judgement")
  static final int ANCHOR_FACILITIES = 3;

  @Constant(
      doc =
          "Factor on a group's effort towards taking over a facility when an intermediary supported"
              + " it recently",
      unit = "times",
      source = "Judgement")
  static final double SUPPORTED_EFFORT = 1.5;

  @Constant(
      doc = "Weeks a support visit from an intermediary counts for a group's take-over",
      unit = "weeks",
      source = "Judgement: half a year")
  static final int SUPPORT_WEEKS = 26;

  @Constant(
      doc = "Most times the founding core a ward's ready founders multiply the founding rate by",
      unit = "times founding_rate",
      source = "Judgement")
  static final double FOUNDERS_CAP = 3.0;

  @Constant(
      doc = "Rise in the founding rate for each unit of organiser presence in the ward",
      unit = "per visit",
      source = "Judgement")
  static final double ORGANISER_PULL = 0.1;

  @Constant(
      doc =
          "Most that organiser presence adds to the founding rate (so organisers at most triple"
              + " it)",
      unit = "times founding_rate",
      source = "Judgement")
  static final double ORGANISER_CAP = 2.0;

  @Constant(
      doc =
          "Share of a ward's organiser presence kept from one week to the next (half-life 6.6"
              + " weeks)",
      unit = "share per week",
      source = "Judgement")
  static final double PRESENCE_KEEP = 0.9;

  @Constant(
      doc = "Pull of formal volunteering on a non-member per unit of log(1 + groups in the ward)",
      unit = "utility",
      source = "Judgement")
  static final double GROUP_PULL = 0.3;

  @Constant(
      doc = "Pull of formal volunteering on a resident of a ward with no group",
      unit = "utility",
      source = "Judgement: nowhere nearby to volunteer")
  static final double NO_GROUP_PULL = -0.5;

  @Constant(
      doc = "Most tries a week the innovation fund makes per borough to place its grants",
      unit = "tries per week",
      source = "Computation: a bound on the loop")
  static final int FUND_TRIES = 1000;

  private final CivicModel model;

  GroupLife(CivicModel model) {
    this.model = model;
  }

  void step(int week) {
    CommunityGroups g = model.groups;
    WardState ws = model.wardState;
    double[] grantsPaid = new double[model.councils.length];
    double[] fundPaid = new double[model.councils.length];
    for (int id = 0; id < g.slots(); id++) {
      if (!g.alive[id]) continue;
      int w = g.ward[id];
      int b = model.wards.borough[w];
      Groups spec = model.local(b).groups();
      double affluence = AFFLUENCE_LEAST_DEPRIVED - AFFLUENCE_FALL * model.wards.deprivation[w];
      double grant = ws.grantPerWeek[w] / g.inWard(w);
      grantsPaid[b] += grant;
      g.money[id] +=
          g.members[id] * (spec.fundraising() * affluence - spec.runningCost()) / 52 + grant;
      boolean struggling = g.members[id] < spec.minMembers() || g.money[id] < 0;
      g.struggle[id] = struggling ? g.struggle[id] + 1 : Math.max(0, g.struggle[id] - 1);
      if (g.members[id] >= spec.anchorMembers()) g.anchor[id] = true;
      else if (g.members[id] < spec.anchorMembers() / 2) g.anchor[id] = false;
      int limit = spec.dissolveAfter() * (g.anchor[id] ? ANCHOR_RESILIENCE : 1);
      if (g.struggle[id] > limit) {
        model.dissolveGroup(id, week);
        continue;
      }
      // The members who give their time this week are the ones who speak for the group.
      g.advocacyPerMember[id] =
          g.activeMembers[id] > 0
              ? (float)
                  (spec.advocacyShare()
                      * g.capacity[id]
                      * CommunityGroups.VOICE_PER_ADVOCACY_HOUR
                      / g.activeMembers[id])
              : 0f;
    }
    if (week >= 0) fund(week, fundPaid); // the fund opens in week 0, not during burn-in
    g.index();
    deliverServices();
    found(week);
    double[] credits = new double[model.councils.length];
    for (int w = 0; w < model.wards.count; w++) {
      int b = model.wards.borough[w];
      credits[b] += ws.creditedHours[w] * model.local(b).incentives().creditsPerHour();
      ws.organiserPresence[w] *= PRESENCE_KEEP;
      ws.formalOpportunity[w] =
          g.inWard(w) > 0 ? GROUP_PULL * StrictMath.log1p(g.inWard(w)) : NO_GROUP_PULL;
    }
    for (int b = 0; b < model.councils.length; b++) {
      model.councils[b].weekly(
          model.local(b).council().enabled() ? credits[b] : 0, grantsPaid[b], fundPaid[b]);
    }
  }

  /** Groups' service hours and co-producers' hours go to the facilities of their ward. */
  private void deliverServices() {
    Services sv = model.services;
    CommunityGroups g = model.groups;
    WardState ws = model.wardState;
    java.util.Arrays.fill(sv.communityHours, 0);
    for (int id = 0; id < g.slots(); id++) {
      if (!g.alive[id]) continue;
      int w = g.ward[id];
      Groups spec = model.local(model.wards.borough[w]).groups();
      double effort = (1 - spec.advocacyShare()) * g.capacity[id];
      if (g.facilities[id] > 0) {
        // A group running a facility puts its members' service effort into it.
        double need = 0;
        for (int s = 0; s < ServiceType.COUNT; s++) {
          int f = w * ServiceType.COUNT + s;
          if (sv.runner[f] == id && sv.operator[f] == Services.COMMUNITY) need += sv.need[f];
        }
        for (int s = 0; s < ServiceType.COUNT; s++) {
          int f = w * ServiceType.COUNT + s;
          if (sv.runner[f] == id && sv.operator[f] == Services.COMMUNITY && need > 0) {
            sv.communityHours[f] += effort * sv.need[f] / need;
          }
        }
      } else {
        topUp(w, effort * spec.serviceShare());
      }
    }
    for (int w = 0; w < model.wards.count; w++) {
      double hours = ws.coproductionHours[w];
      boolean community = false;
      double need = 0;
      for (int s = 0; s < ServiceType.COUNT; s++) {
        int f = w * ServiceType.COUNT + s;
        if (sv.operator[f] == Services.COMMUNITY) {
          community = true;
          need += sv.need[f];
        }
      }
      ws.communityFacility[w] = community;
      if (community && need > 0) {
        for (int s = 0; s < ServiceType.COUNT; s++) {
          int f = w * ServiceType.COUNT + s;
          if (sv.operator[f] == Services.COMMUNITY)
            sv.communityHours[f] += hours * sv.need[f] / need;
        }
      } else {
        topUp(w, hours);
      }
    }
  }

  /** Spreads hours over a ward's discretionary facilities in proportion to what each lacks. */
  private void topUp(int w, double hours) {
    if (hours <= 0) return;
    Services sv = model.services;
    double lack = 0;
    for (ServiceType s : ServiceType.all()) {
      if (s.statutory()) continue;
      int f = Services.index(w, s);
      lack += Math.max(0, sv.need[f] - sv.councilHours[f]);
    }
    if (lack <= 0) return;
    for (ServiceType s : ServiceType.all()) {
      if (s.statutory()) continue;
      int f = Services.index(w, s);
      sv.communityHours[f] += hours * Math.max(0, sv.need[f] - sv.councilHours[f]) / lack;
    }
  }

  /**
   * The innovation fund gives grants of its largest size while this week's share lasts: half to
   * seed new groups where residents are ready to start one, half to small existing groups.
   */
  private void fund(int week, double[] paid) {
    MersenneTwisterFast random = model.random;
    CommunityGroups g = model.groups;
    for (int b = 0; b < model.councils.length; b++) {
      Council c = model.councils[b];
      double grant = model.local(b).incentives().innovationFund().maxGrant();
      double available = c.fundAvailable();
      if (grant <= 0) continue;
      int tries = 0;
      while (available >= grant && tries++ < FUND_TRIES) {
        int w = c.firstWard + random.nextInt(c.endWard - c.firstWard);
        Groups spec = model.local(b).groups();
        boolean seeded = false;
        if (random.nextBoolean()
            && spec.enabled()
            && g.inWard(w) < spec.maxPerWard()
            && model.wardState.founders[w] * 2 >= spec.foundingCore()) {
          seeded = model.foundGroup(w, week, grant) >= 0;
        } else if (g.inWard(w) > 0) {
          int id = g.groupOf(w, random.nextInt(g.inWard(w)));
          g.money[id] += grant;
          g.struggle[id] = 0;
          seeded = true;
        }
        if (seeded) {
          available -= grant;
          c.fundSpent(grant);
          paid[b] += grant;
        }
      }
    }
  }

  /** A ward with a founding core forms a group now and then; organisers make it likelier. */
  private void found(int week) {
    MersenneTwisterFast random = model.random;
    WardState ws = model.wardState;
    for (int w = 0; w < model.wards.count; w++) {
      Groups spec = model.local(model.wards.borough[w]).groups();
      if (!spec.enabled() || model.groups.inWard(w) >= spec.maxPerWard()) continue;
      if (ws.founders[w] < spec.foundingCore()) continue;
      double p =
          spec.foundingRate()
              * Math.min(FOUNDERS_CAP, ws.founders[w] / (double) spec.foundingCore())
              * (1 + Math.min(ORGANISER_CAP, ORGANISER_PULL * ws.organiserPresence[w]));
      if (random.nextBoolean(Math.min(1.0, p))) model.foundGroup(w, week, 0);
    }
  }

  /**
   * The group of ward w best able to take over a facility needing {@code need} hours a week, or -1:
   * its service effort must cover takeover_capacity times the need (half as much again for a group
   * an intermediary supported in the last half-year).
   */
  static int bestTaker(CivicModel model, int w, double need) {
    CommunityGroups g = model.groups;
    Groups spec = model.local(model.wards.borough[w]).groups();
    int best = -1;
    double bestEffort = 0;
    for (int k = 0; k < g.inWard(w); k++) {
      int id = g.groupOf(w, k);
      int limit = g.anchor[id] ? ANCHOR_FACILITIES : 1;
      if (g.facilities[id] >= limit) continue;
      double effort = (1 - spec.advocacyShare()) * g.capacity[id];
      if (model.now() - g.supportedAt[id] <= SUPPORT_WEEKS) effort *= SUPPORTED_EFFORT;
      if (effort > bestEffort) {
        bestEffort = effort;
        best = id;
      }
    }
    return best >= 0 && bestEffort >= spec.takeoverCapacity() * need ? best : -1;
  }
}
