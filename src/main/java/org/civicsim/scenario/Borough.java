package org.civicsim.scenario;

/** One borough's population and wards. */
public record Borough(
    @Param(
            doc = "Adult residents in each borough (one agent each).",
            unit = "residents",
            def = "20000",
            min = 1,
            max = 100000000)
        int residents,
    @Param(
            doc = "Wards (neighbourhoods) in each borough.",
            unit = "wards",
            def = "20",
            min = 1,
            max = 100000)
        int wards,
    @Param(
            doc =
                "Identical boroughs side by side, each with its own council (when boroughs: is"
                    + " empty).",
            unit = "boroughs",
            def = "1",
            min = 1,
            max = 10000)
        int count,
    @Param(
            doc =
                "Share of residents from a minority ethnic group (more of them live in deprived"
                    + " wards).",
            unit = "share 0-1",
            def = "0.2",
            min = 0,
            max = 1,
            source = "England and Wales, Census 2011: 14% non-white, about 20% in urban boroughs.")
        double minorityShare,
    @Param(
            doc =
                "How strongly income follows ward deprivation: 0 every ward has the same income"
                    + " mix, 1 the wards are almost sorted by income.",
            unit = "0-1",
            def = "0.6",
            min = 0,
            max = 1)
        double segregation,
    @Param(
            doc =
                "Deprivation of this borough among several (0 least, 1 most deprived); with several"
                    + " identical boroughs it is spread evenly from 0 to 1.",
            unit = "0-1",
            min = 0,
            max = 1)
        Double deprivation)
    implements java.io.Serializable {}
