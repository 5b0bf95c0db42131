package org.civicsim.scenario;

import java.util.List;

/**
 * A validated, immutable scenario: everything one run of the model needs. Built only by the loader,
 * which fills defaults, checks ranges and resolves per-borough overrides into {@link #locals()}.
 */
public record Scenario(
    @Param(doc = "Short name; results go to results/<name>/.", def = "scenario") String name,
    @Param(doc = "What the scenario represents, in a sentence.", def = "") String description,
    @Param(
            doc = "Seed from which every random stream of every replicate is derived.",
            def = "42",
            min = 0)
        long seed,
    @Param(
            doc =
                "Independent replicates, each with its own stream derived from (seed, replicate).",
            def = "10",
            min = 1,
            max = 100000)
        int replicates,
    @Param(
            doc = "Weeks to simulate (at most 30,000: about 577 years).",
            unit = "weeks",
            def = "520",
            min = 0,
            max = 30000)
        int steps,
    @Section(doc = "What is recorded and how often.") Output output,
    @Section(doc = "The social network of ties between residents.") Network network,
    @Section(doc = "How residents are drawn and how they decide.") Residents residents,
    @Section(doc = "Coefficients of residents' weekly choice and its feedbacks.")
        Behaviour behaviour,
    @Section(doc = "The borough: population, wards and their deprivation.") Borough borough,
    @Section(doc = "The council: budget path, cuts and how it decides.") Council council,
    @Section(doc = "Intermediaries: community-development workers, organisers and coaches.")
        CommunityDevelopment communityDevelopment,
    @Section(doc = "Community groups: founding, running services, dissolving.") Groups groups,
    @Section(doc = "Incentives: time credits, a pledge platform and a small-grants fund.")
        Incentives incentives,
    @Param(
            doc =
                "Several boroughs side by side, each a name and dotted-key changes to the borough,"
                    + " council, community_development, groups and incentives sections above.",
            def = "[]")
        List<BoroughOverride> boroughs,
    @Derived List<BoroughPolicy> locals)
    implements java.io.Serializable {

  /** Total residents over all boroughs. */
  public long totalResidents() {
    long n = 0;
    for (BoroughPolicy l : locals) n += l.borough().residents();
    return n;
  }

  /** A copy with the derived per-borough configurations filled in. */
  public Scenario withLocals(List<BoroughPolicy> resolved) {
    return new Scenario(
        name,
        description,
        seed,
        replicates,
        steps,
        output,
        network,
        residents,
        behaviour,
        borough,
        council,
        communityDevelopment,
        groups,
        incentives,
        boroughs,
        List.copyOf(resolved));
  }
}
