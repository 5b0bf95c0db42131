package org.civicsim.scenario;

/** Incentives to take part. */
public record Incentives(
    @Param(
            doc =
                "Local-currency credits paid per hour of formal volunteering or co-production"
                    + " (Lambeth, Spice).",
            unit = "GBP per hour",
            def = "0",
            min = 0,
            max = 100,
            source = "enabling-communities-localis.txt (Lambeth); Spice Time Credits evaluations.")
        double creditsPerHour,
    @Param(
            doc =
                "A pledge website that lowers the time cost of informal help for residents who are"
                    + " online (Barnet).",
            def = "false",
            source = "barnets-big-society.txt (PledgeBank).")
        boolean pledgePlatform,
    @Section(doc = "A small-grants innovation fund for community projects.")
        InnovationFund innovationFund)
    implements java.io.Serializable {}
