package org.civicsim.scenario;

/**
 * Coefficients of the logit choice (utility of each activity against doing nothing, whose utility
 * is 0) and of the feedbacks on trust and burnout. Five were fitted to first-year levels by
 * Nelder-Mead (the three base utilities but co-production's, skill_weight and habit_weight); the
 * rest are set by judgement, as docs/calibration.md records. {@code ./civicsim calibrate} gives a
 * posterior over those five and six set by judgement (data/calibration/priors.csv).
 */
public record Behaviour(
    @Param(doc = "Base utility of informal help (a pledge, a neighbour).", def = "-3.0034")
        double ascInformal,
    @Param(doc = "Base utility of formal volunteering in a group.", def = "-4.1038")
        double ascFormal,
    @Param(
            doc = "Base utility of civic participation (consultation, forum, PB vote).",
            def = "-5.8254")
        double ascCivic,
    @Param(doc = "Base utility of co-producing a service.", def = "-6.0") double ascCoproduction,
    @Param(
            doc =
                "Weight of civic skills (0-1) in formal, civic and co-production choices (half of"
                    + " it in informal help).",
            def = "1.1862")
        double skillWeight,
    @Param(
            doc =
                "Weight of trust in the council (0-1) in civic and co-production choices (half of"
                    + " it in formal volunteering).",
            def = "2.0")
        double trustWeight,
    @Param(doc = "Weight of the active share of one's ties (social influence).", def = "1.5")
        double socialWeight,
    @Param(
            doc = "Weight of having done the same activity in one of the previous 3 weeks (habit).",
            def = "0.7396")
        double habitWeight,
    @Param(
            doc = "Weight of the time an activity takes as a share of one's free hours.",
            def = "1.5")
        double timeWeight,
    @Param(doc = "Weight of intrinsic motivation (centred at 0.5).", def = "2.0")
        double motivationWeight,
    @Param(doc = "Bonus for a recent visit from an intermediary.", def = "1.2")
        double contactWeight,
    @Param(
            doc = "Weeks a visit from an intermediary keeps its effect.",
            unit = "weeks",
            def = "8",
            min = 0)
        int contactWeeks,
    @Param(
            doc = "Bonus for formal volunteering and co-production when a member of a group.",
            def = "1.0")
        double memberWeight,
    @Param(
            doc =
                "Weight of log(1 + credits earned in the week) for formal volunteering and"
                    + " co-production.",
            def = "0.25")
        double incentiveWeight,
    @Param(doc = "Hours a week informal help takes.", unit = "hours per week", def = "1", min = 0)
        double hoursInformal,
    @Param(
            doc = "Hours a week formal volunteering takes.",
            unit = "hours per week",
            def = "3",
            min = 0)
        double hoursFormal,
    @Param(
            doc = "Hours civic participation takes in person.",
            unit = "hours per week",
            def = "2",
            min = 0)
        double hoursCivic,
    @Param(
            doc = "Hours civic participation takes online.",
            unit = "hours per week",
            def = "0.5",
            min = 0)
        double hoursCivicOnline,
    @Param(
            doc = "Hours a week co-producing a service takes.",
            unit = "hours per week",
            def = "4",
            min = 0)
        double hoursCoproduction,
    @Param(
            doc = "Rise in trust when taking part visibly changes a decision, times (1 - trust).",
            unit = "share 0-1",
            def = "0.10",
            min = 0,
            max = 1)
        double heardGain,
    @Param(
            doc = "Fall in trust when taking part is ignored, times trust.",
            unit = "share 0-1",
            def = "0.15",
            min = 0,
            max = 1)
        double ignoredLoss,
    @Param(
            doc =
                "Times in a row a resident can be ignored before they stop taking part ('set up to"
                    + " fail ... turned off any further participation'); a visit from an"
                    + " intermediary resets it.",
            def = "3",
            min = 1,
            source = "enabling-communities-localis.txt (Community Development Foundation).")
        int ignoredLimit,
    @Param(
            doc = "Fall in trust of every resident of a ward whose facility closes, times trust.",
            unit = "share 0-1",
            def = "0.10",
            min = 0,
            max = 1)
        double closureLoss,
    @Param(
            doc = "Share of the ignored loss that remains when the council explains its decisions.",
            unit = "share 0-1",
            def = "0.5",
            min = 0,
            max = 1)
        double explainedFactor,
    @Param(
            doc =
                "Load (hours taken on over free hours, averaged over recent weeks) that leads to"
                    + " burnout.",
            unit = "share of free hours",
            def = "0.8",
            min = 0)
        double burnoutLoad,
    @Param(
            doc = "Weeks a burnt-out resident stops taking part.",
            unit = "weeks",
            def = "26",
            min = 0,
            max = 520)
        int burnoutWeeks,
    @Param(
            doc =
                "Weight of what a ward offers for taking part (groups, organisations, venues,"
                    + " people who ask), which is least in the most deprived wards: the utility of"
                    + " formal volunteering and civic participation moves by area_weight x (0.5 -"
                    + " the ward's deprivation, 0-1), whatever one's own income.",
            def = "0.6",
            min = 0,
            max = 10,
            source =
                "Fitted: civic participation 34% in the most deprived fifth of areas against 48% in"
                    + " the least (Community Life Survey 2016/17); england-sample gives 0.70 in"
                    + " 2016/17.")
        double areaWeight,
    @Param(
            doc =
                "Weeks run before week 0 with the year-0 budget, so habits, groups and the one-year"
                    + " memory of voice settle before anything is recorded (logit runs only;"
                    + " threshold runs start at their seeds). Voice keeps 51/52 a week, so three"
                    + " years bring it to its steady state: with one, voice_gini fell from 0.62 to"
                    + " 0.51 over the first two recorded years.",
            unit = "weeks",
            def = "156",
            min = 0,
            max = 1040)
        int burnInWeeks)
    implements java.io.Serializable {}
