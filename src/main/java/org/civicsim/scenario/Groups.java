package org.civicsim.scenario;

/** Community groups: how they form, what they do, when they dissolve. */
public record Groups(
    @Param(doc = "false switches community groups off.", def = "true") boolean enabled,
    @Param(
            doc = "Groups per ward at the start.",
            unit = "groups per ward",
            def = "2",
            min = 0,
            max = 100)
        double initialPerWard,
    @Param(doc = "Most groups a ward can hold.", unit = "groups", def = "12", min = 0, max = 1000)
        int maxPerWard,
    @Param(
            doc =
                "Motivated, skilled, unaffiliated active residents a ward needs before a group can"
                    + " form.",
            unit = "residents",
            def = "6",
            min = 1)
        int foundingCore,
    @Param(
            doc = "Weekly chance a group forms in a ward that has its founding core.",
            unit = "per week",
            def = "0.003",
            min = 0,
            max = 1)
        double foundingRate,
    @Param(
            doc = "A group with fewer members than this is struggling.",
            unit = "members",
            def = "4",
            min = 0)
        int minMembers,
    @Param(
            doc = "Weeks of struggling (too few members or no money) before a group dissolves.",
            unit = "weeks",
            def = "26",
            min = 1)
        int dissolveAfter,
    @Param(
            doc =
                "Members at which a group becomes a community anchor (several services, three times"
                    + " as resilient).",
            unit = "members",
            def = "60",
            min = 1,
            source =
                "from-big-idea-to-big-society.txt: community-anchor institutions with mass"
                    + " membership.")
        int anchorMembers,
    @Param(
            doc = "Share of a group's effort spent on advocacy rather than services.",
            unit = "share 0-1",
            def = "0.3",
            min = 0,
            max = 1)
        double advocacyShare,
    @Param(
            doc =
                "Share of members' non-advocacy effort that goes into local public services (the"
                    + " rest is sport, faith, culture); it tops up open facilities and stands in"
                    + " for closed ones.",
            unit = "share 0-1",
            def = "0.2",
            min = 0,
            max = 1)
        double serviceShare,
    @Param(
            doc = "Money a member raises a year.",
            unit = "GBP per member per year",
            def = "60",
            min = 0)
        double fundraising,
    @Param(
            doc = "A group's running cost a year, per member.",
            unit = "GBP per member per year",
            def = "50",
            min = 0)
        double runningCost,
    @Param(
            doc =
                "Volunteer hours a week a group must be able to give for each hour a week of"
                    + " service a facility needs before it can take it over (shifts, cover,"
                    + " training, management).",
            unit = "volunteer hours per service hour",
            def = "4",
            min = 0,
            max = 20,
            source =
                "Assumed; chosen among 0.5, 2 and 4 as the value at which asset transfer depends on"
                    + " deprivation (docs/calibration.md).")
        double takeoverCapacity)
    implements java.io.Serializable {}
