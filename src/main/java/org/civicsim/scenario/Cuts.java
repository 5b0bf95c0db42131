package org.civicsim.scenario;

/** The council's funding path: real-terms cuts per year over a number of years. */
public record Cuts(
    @Param(
            doc = "Average real-terms cut in the budget per year while cuts last.",
            unit = "share 0-1 per year",
            def = "0.05",
            min = 0,
            max = 1,
            source =
                "IFS 2015: real service spending -20.4% 2009/10-2014/15, about 4.5% a year over 5"
                    + " years (default rounded to 5%); the baseline uses IFS 2019's decade, 2.6% a"
                    + " year.")
        double realTermsPerYear,
    @Param(doc = "Years the cuts last.", unit = "years", def = "5", min = 0, max = 200) int years,
    @Param(doc = "Year the cuts start (0 = the first year).", unit = "years", def = "0", min = 0)
        int startYear,
    @Param(
            doc =
                "front-loaded (deeper cuts first), even, or back-loaded; the total cut is the"
                    + " same.",
            def = "front-loaded")
        Profile profile,
    @Param(
            doc =
                "With several boroughs: the most deprived borough's cut rate is (1 + gradient)"
                    + " times the average and the least deprived's (1 - gradient) times (0 = all"
                    + " equal; 0.35 at 2.6% a year for ten years gives -30% against -16%).",
            unit = "0-1",
            def = "0",
            min = 0,
            max = 1,
            source =
                "IFS 2019: real spending per person -31% most deprived vs -16% least deprived"
                    + " councils.")
        double deprivationGradient)
    implements java.io.Serializable {

  /** How the total cut is spread over the years. */
  public enum Profile implements Choice {
    FRONT_LOADED,
    EVEN,
    BACK_LOADED
  }
}
