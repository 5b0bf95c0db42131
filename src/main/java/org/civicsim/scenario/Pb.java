package org.civicsim.scenario;

/**
 * Participatory budgeting as a process: each year the pot ({@code council.pb_share} of the budget)
 * is shared out by a vote on projects that groups, residents and intermediaries propose, counted by
 * a rule.
 */
public record Pb(
    @Param(
            doc =
                "How the ballots are counted: greedy (projects in order of approvals per pound,"
                    + " each funded while it fits) or equal-shares (the Method of Equal Shares,"
                    + " completed by raising every voter's share while the outcome fits the pot).",
            def = "equal-shares",
            source = "Peters, Pierczynski and Skowron 2021; Faliszewski et al. 2023 (Pabulib).")
        Rule rule,
    @Param(
            doc =
                "ward: each ward votes on its own projects for its share of the pot (by residents),"
                    + " as in Dundee Decides; borough: one vote on every ward's projects for the"
                    + " whole pot.",
            def = "ward")
        Scope scope,
    @Param(
            doc = "Projects a voter may approve (k-approval); 0 = every project the voter wants.",
            unit = "projects",
            def = "3",
            min = 0,
            max = 100)
        int approvals,
    @Param(
            doc = "Largest project, as a share of the pot it competes for.",
            unit = "share 0-1",
            def = "0.4",
            min = 0.01,
            max = 1,
            source =
                "Set by judgement: Dundee Decides 2018 shared GBP 1.2m among eight wards, each"
                    + " ward's projects costing up to about a third of its share.")
        double maxProject,
    @Param(
            doc =
                "Residents may also vote online (an online resident is more likely to vote); false:"
                    + " in person only. Independent of council.online, which takes every"
                    + " consultation and forum online.",
            def = "true",
            source = "Dundee Decides 2018 voted online and in person.")
        boolean online)
    implements java.io.Serializable {

  /** Counting rules for the ballots. */
  public enum Rule implements Choice {
    GREEDY,
    EQUAL_SHARES
  }

  /** Whom each vote is over. */
  public enum Scope implements Choice {
    WARD,
    BOROUGH
  }
}
