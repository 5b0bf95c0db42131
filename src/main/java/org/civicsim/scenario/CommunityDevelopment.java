package org.civicsim.scenario;

/** Intermediaries: CD workers and coaches paid by the council, organisers paid nationally. */
public record CommunityDevelopment(
    @Param(doc = "false switches all intermediaries off.", def = "true") boolean enabled,
    @Param(
            doc =
                "Council community-development workers per 10,000 residents at the start (cuts can"
                    + " remove them).",
            unit = "workers per 10,000 residents",
            def = "0.5",
            min = 0,
            max = 100)
        double workersPer10k,
    @Param(
            doc = "Community coaches per 10,000 residents, paid by the council (Barnet).",
            unit = "coaches per 10,000 residents",
            def = "0",
            min = 0,
            max = 100,
            source = "barnets-big-society.txt.")
        double coachesPer10k,
    @Param(
            doc =
                "Community organisers per 10,000 residents, paid nationally (not cut by the"
                    + " council).",
            unit = "organisers per 10,000 residents",
            def = "0",
            min = 0,
            max = 100,
            source =
                "Community Organisers 2011-15: 500 paid + 4,500 volunteer organisers for ~46m"
                    + " adults.")
        double organisersPer10k,
    @Param(
            doc = "Years the national organisers programme lasts.",
            unit = "years",
            def = "4",
            min = 0)
        int organiserYears,
    @Param(
            doc =
                "deprived-first (visits per resident in proportion to the ward's deprivation, 0-1)"
                    + " or even (by population).",
            def = "deprived-first")
        Targeting targeting,
    @Param(
            doc = "Residents each intermediary visits a week.",
            unit = "visits per week",
            def = "15",
            min = 0)
        int caseload,
    @Param(
            doc = "Yearly cost of one CD worker or coach.",
            unit = "GBP per year",
            def = "35000",
            min = 0)
        double workerCost,
    @Param(
            doc =
                "Rise in a visited resident's skills, times (1 - skills) (coaches give twice"
                    + " this).",
            unit = "share 0-1",
            def = "0.1",
            min = 0,
            max = 1,
            source = "CDF 'Take Part' community-based learning, enabling-communities-localis.txt.")
        double skillGain,
    @Param(
            doc = "Rise in a visited resident's trust, times (1 - trust).",
            unit = "share 0-1",
            def = "0.05",
            min = 0,
            max = 1)
        double trustGain,
    @Param(
            doc =
                "Voice a visit carries into council decisions for the visited resident (bridging),"
                    + " in votes: a need reported by an intermediary counts for half of a vote cast"
                    + " in person. Intermediaries also put the needs of those they meet forward as"
                    + " participatory-budgeting proposals and support them to vote.",
            unit = "votes",
            def = "0.5",
            min = 0,
            source =
                "Set by judgement. Expected size: bridging narrows, not reverses, the voice gap"
                    + " between the most and least deprived wards (civic participation 34% against"
                    + " 48% after a decade of community development, Community Life Survey"
                    + " 2016/17).")
        double bridgingWeight,
    @Param(
            doc =
                "Share of an intermediary's visits spent supporting struggling groups in the wards"
                    + " its targeting draws.",
            unit = "share 0-1",
            def = "0.2",
            min = 0,
            max = 1)
        double supportShare)
    implements java.io.Serializable {

  /** Which wards intermediaries work in. */
  public enum Targeting implements Choice {
    DEPRIVED_FIRST,
    EVEN
  }
}
