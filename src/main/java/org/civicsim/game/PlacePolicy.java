package org.civicsim.game;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.civicsim.scenario.BoroughPolicy;

/**
 * What a year's decisions of every role mean for the model: scenario overrides (dotted {@code
 * KEY=VALUE}, as {@code --set} takes them) on the game's scenario, from which the loader builds the
 * {@link BoroughPolicy} that the council adopts at its budget cycle, as the visualiser's sliders
 * do. The levers the model has no mechanism for are mapped onto ones it has (docs/game.md): the
 * agencies' pooled money onto the council's pooled place budget, businesses' money onto the
 * small-grants fund and their staff time onto community organisers, the groups' bids onto the
 * chance a closing facility is offered to a capable group.
 */
final class PlacePolicy {
  private PlacePolicy() {}

  /** The scenario's small-grants fund a year, GBP per resident, in the years it runs. */
  static double fundPerYear(BoroughPolicy p) {
    var fund = p.incentives().innovationFund();
    return fund.years() > 0 ? fund.perResident() / fund.years() : 0;
  }

  /** Every lever at the value the scenario starts it at. */
  static Map<Lever, String> start(BoroughPolicy base) {
    Map<Lever, String> all = new EnumMap<>(Lever.class);
    for (Lever l : Lever.values()) all.put(l, l.startValue(base));
    return all;
  }

  /**
   * The overrides for one year of a game of {@code rounds} years whose scenario starts at {@code
   * base}, from every lever's value (canonical, see {@link Lever#canonical}); in a fixed order.
   */
  static List<String> overrides(BoroughPolicy base, int rounds, Map<Lever, String> levers) {
    List<String> out = new ArrayList<>();
    set(out, "council.cut_strategy", levers.get(Lever.CUT_STRATEGY));
    set(out, "council.decision_mode", levers.get(Lever.DECISION_MODE));
    set(out, "council.pb_share", levers.get(Lever.PB_SHARE));
    set(out, "council.grants_share", levers.get(Lever.GRANTS_SHARE));
    set(out, "community_development.workers_per_10k", levers.get(Lever.CD_WORKERS));
    // The fund runs for the whole game at the year's rate: per_resident is its total over `years`.
    double fund = number(levers, Lever.FUND) + number(levers, Lever.BUSINESS_MONEY);
    set(out, "incentives.innovation_fund.years", Integer.toString(rounds));
    set(out, "incentives.innovation_fund.per_resident", Double.toString(fund * rounds));
    set(out, "council.asset_transfer", levers.get(Lever.ASSET_TRANSFER));
    set(out, "council.explain_decisions", levers.get(Lever.EXPLAIN_DECISIONS));
    set(out, "groups.service_share", levers.get(Lever.SERVICE_SHARE));
    set(out, "groups.advocacy_share", levers.get(Lever.ADVOCACY_SHARE));
    set(out, "groups.fundraising", levers.get(Lever.FUNDRAISING));
    double offer =
        "true".equals(levers.get(Lever.TAKE_OVER)) ? 1.0 : base.council().transferOfferRate();
    set(out, "council.transfer_offer_rate", Double.toString(offer));
    set(out, "incentives.pledge_platform", levers.get(Lever.PLEDGE_PLATFORM));
    double pooled =
        base.council().pooledBudget()
            + number(levers, Lever.HEALTH_POOL)
            + number(levers, Lever.POLICE_POOL);
    set(out, "council.pooled_budget", Double.toString(Math.min(1.0, pooled)));
    double staff = number(levers, Lever.STAFF_TIME);
    double organisers = base.communityDevelopment().organisersPer10k() + staff;
    set(out, "community_development.organisers_per_10k", Double.toString(organisers));
    if (staff > 0) {
      // Seconded staff stay for the game, not for the national programme's years.
      int years = Math.max(base.communityDevelopment().organiserYears(), rounds);
      set(out, "community_development.organiser_years", Integer.toString(years));
    }
    set(out, "council.inclusive_voice", levers.get(Lever.INCLUSIVE_VOICE));
    set(out, "council.online", levers.get(Lever.ONLINE));
    set(out, "council.open_budget", levers.get(Lever.OPEN_BUDGET));
    return out;
  }

  private static double number(Map<Lever, String> levers, Lever l) {
    return Double.parseDouble(levers.get(l));
  }

  private static void set(List<String> out, String key, String value) {
    out.add(key + "=" + value);
  }
}
