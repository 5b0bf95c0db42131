package org.civicsim.scenario;

/** The council: its budget, how it cuts and how it decides on discretionary money. */
public record Council(
    @Param(
            doc = "false switches the council off: no budget, services, voice feedback.",
            def = "true")
        boolean enabled,
    @Param(
            doc =
                "Year-0 budget as a share of what meeting every need costs (services plus the CD"
                    + " and grants lines); 1 = all needs met at the start.",
            unit = "share",
            def = "1.0",
            min = 0,
            max = 5)
        double initialFunding,
    @Section(doc = "The funding path.") Cuts cuts,
    @Param(
            doc = "Real growth a year in the need for statutory adult care (ageing).",
            unit = "share per year",
            def = "0.01",
            min = 0,
            max = 0.5,
            source = "NAO 2018: adult social care demand growing while spending power fell 28.6%.")
        double statutoryGrowth,
    @Param(
            doc =
                "Yearly change in council tax, compounding every year of the run, as a share of the"
                    + " tax take (negative = Wandsworth's low tax); the tax is tax_share of the"
                    + " budget.",
            unit = "share per year",
            def = "0",
            min = -0.5,
            max = 0.5)
        double taxChange,
    @Param(
            doc = "Share of the budget raised by council tax.",
            unit = "share 0-1",
            def = "0.25",
            min = 0,
            max = 1)
        double taxShare,
    @Param(
            doc =
                "salami-slice (every line thinned alike), protect-statutory (adult care first),"
                    + " close-least-used (protect statutory, close the least-used facilities),"
                    + " cd-first (protect statutory, cut community development and grants before"
                    + " services).",
            def = "protect-statutory")
        CutStrategy cutStrategy,
    @Param(
            doc =
                "How discretionary money is shared among wards: top-down (by measured need),"
                    + " consultation (weighted by who responds), participatory-budgeting (residents"
                    + " vote), community-commissioning (groups commission services).",
            def = "top-down")
        DecisionMode decisionMode,
    @Param(
            doc =
                "Share of the budget decided by participatory budgeting (Scotland's 1% framework is"
                    + " 0.01).",
            unit = "share 0-1",
            def = "0",
            min = 0,
            max = 0.5,
            source = "COSLA 1% framework; Tower Hamlets 'You Decide!' GBP 2.38m a year.")
        double pbShare,
    @Section(doc = "Participatory budgeting: projects, ballots and the counting rule.") Pb pb,
    @Param(
            doc =
                "Weight votes and responses so every part of the community (income quintile by"
                    + " minority status) counts in proportion to its population (Lambeth's"
                    + " neighbourhood budgets 'with all parts of the community heard').",
            def = "false")
        boolean inclusiveVoice,
    @Param(
            doc = "Explain decisions, even a 'no': ignored residents lose less trust.",
            def = "false")
        boolean explainDecisions,
    @Param(
            doc =
                "Consultations, PB votes and forums also online: lower time cost for residents who"
                    + " are online.",
            def = "false")
        boolean online,
    @Param(
            doc =
                "Open budget data and a budget simulator: lowers the skill barrier to civic"
                    + " participation.",
            def = "false")
        boolean openBudget,
    @Param(
            doc = "Offer facilities the council closes to community groups first (asset transfer).",
            def = "false")
        boolean assetTransfer,
    @Param(
            doc =
                "A facility funded below this share of its full cost is run on cut hours and put"
                    + " under review for closure; hours and staff are cut first.",
            unit = "share 0-1",
            def = "0.8",
            min = 0,
            max = 1,
            source =
                "Set by judgement: below about four fifths of its running cost a branch is no"
                    + " longer run as it was; councils consolidate, closing some so the rest stay"
                    + " viable (CIPFA: library spending -29.6% by 2013/14 while branches fell"
                    + " 7.5%).")
        double closureThreshold,
    @Param(
            doc =
                "Facilities of one service a council can close or transfer in a year, as a share of"
                    + " those it runs (each needs a consultation, and many met campaigns and legal"
                    + " challenges); at least one when any is under review.",
            unit = "share per year",
            def = "0.1",
            min = 0,
            max = 1,
            source =
                "Set by judgement: closure programmes of a few branches a round (Public Libraries"
                    + " News).")
        double closureCapacity,
    @Param(
            doc =
                "Chance that a council offers a facility it is closing to a capable community"
                    + " group, when asset_transfer is not its stated policy (asset_transfer: true"
                    + " offers every one).",
            unit = "share 0-1",
            def = "0.5",
            min = 0,
            max = 1,
            source =
                "Libraries Taskforce 2016: 382 community-run or commissioned libraries against"
                    + " about 500 branches closed since 2010 (CIPFA).")
        double transferOfferRate,
    @Param(
            doc = "Share of the budget given as grants to community groups.",
            unit = "share 0-1",
            def = "0.01",
            min = 0,
            max = 0.5)
        double grantsShare,
    @Param(
            doc =
                "Partners' money pooled into the discretionary budget (Total Place, community"
                    + " budgets), as a share of the council's year-0 budget; partners do not cut"
                    + " it.",
            unit = "share",
            def = "0",
            min = 0,
            max = 1,
            source = "one-percent-to-communities.txt (Bovaird: Total Place).")
        double pooledBudget)
    implements java.io.Serializable {

  /** Where the council makes its cuts. */
  public enum CutStrategy implements Choice {
    SALAMI_SLICE,
    PROTECT_STATUTORY,
    CLOSE_LEAST_USED,
    CD_FIRST
  }

  /** How discretionary money is allocated among wards. */
  public enum DecisionMode implements Choice {
    TOP_DOWN,
    CONSULTATION,
    PARTICIPATORY_BUDGETING,
    COMMUNITY_COMMISSIONING
  }
}
