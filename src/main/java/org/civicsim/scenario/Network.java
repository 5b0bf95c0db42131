package org.civicsim.scenario;

/** The network of ties residents read each week (social influence, recruitment). */
public record Network(
    @Param(
            doc =
                "complete (everyone tied to everyone, no ties stored), erdos-renyi, watts-strogatz"
                    + " (one ring over the borough), ward-small-world (rings within wards,"
                    + " homophilous, a few ties across wards).",
            def = "ward-small-world")
        Type type,
    @Param(
            doc = "Mean number of ties per resident (ignored by complete).",
            unit = "ties",
            def = "10",
            min = 0,
            max = 1000,
            source = "Dunbar-style core networks of 5-15; 10 is the performance reference.")
        int meanDegree,
    @Param(
            doc = "Chance a lattice tie is rewired to a random resident in the borough.",
            unit = "share 0-1",
            def = "0.05",
            min = 0,
            max = 1)
        double rewiring,
    @Param(
            doc =
                "Chance a within-ward tie stays with a neighbour of the same income and minority"
                    + " status (ward-small-world only).",
            unit = "share 0-1",
            def = "0.7",
            min = 0,
            max = 1)
        double homophily)
    implements java.io.Serializable {

  /** Network generators. */
  public enum Type implements Choice {
    COMPLETE,
    ERDOS_RENYI,
    WATTS_STROGATZ,
    WARD_SMALL_WORLD
  }
}
