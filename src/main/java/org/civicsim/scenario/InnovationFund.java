package org.civicsim.scenario;

/** A fund of small grants for residents' and groups' projects (Barnet's Innovation Bank). */
public record InnovationFund(
    @Param(
            doc =
                "Size of the fund over its life, per resident of the borough (0 = none); Barnet's"
                    + " GBP 600,000 for about 260,000 adults is 2.3.",
            unit = "GBP per resident",
            def = "0",
            min = 0,
            source = "Barnet Big Society Innovation Bank: GBP 600,000 over three years.")
        double perResident,
    @Param(doc = "Years the fund runs.", unit = "years", def = "3", min = 1) int years,
    @Param(
            doc = "Largest single grant.",
            unit = "GBP",
            def = "2500",
            min = 0,
            source = "Community First small grants: GBP 250-2,500.")
        double maxGrant)
    implements java.io.Serializable {}
