package org.civicsim.scenario;

import java.util.List;

/** How residents are drawn at the start and which decision rule they follow each week. */
public record Residents(
    @Param(
            doc =
                "logit: a random-utility choice among nothing, informal help, formal volunteering,"
                    + " civic participation and co-production. threshold: Granovetter/Watts, active"
                    + " once the active share of one's ties reaches one's threshold; activation is"
                    + " permanent.",
            def = "logit")
        Decision decision,
    @Section(doc = "Threshold distribution, for decision: threshold.") Distribution threshold,
    @Param(
            doc =
                "Thresholds per resident, in order, overriding threshold; its length must equal the"
                    + " number of residents.")
        List<Double> thresholds,
    @Param(
            doc =
                "fraction: thresholds are shares of one's ties; count: numbers of active residents"
                    + " (the whole population on a complete network).",
            def = "fraction")
        ThresholdUnit thresholdUnit,
    @Param(
            doc = "Share of residents active at step 0 (the seeds of threshold runs).",
            unit = "share 0-1",
            def = "0.0",
            min = 0,
            max = 1)
        double initialActive,
    @Param(doc = "Number of residents active at step 0, instead of initial_active.", min = 0)
        Long initialActiveCount,
    @Param(
            doc = "Mean free hours a week a resident could give to taking part.",
            unit = "hours per week",
            def = "10",
            min = 0,
            max = 100,
            source = "ONS time-use: about 5-6 hours of leisure a day; a fraction is 'spare'.")
        double freeHours,
    @Param(
            doc = "Mean civic skills in the poorest income quintile.",
            unit = "0-1",
            def = "0.30",
            min = 0,
            max = 1,
            source =
                "Education gradient: NCVO 2017, monthly volunteering 13% (no qualifications) vs 36%"
                    + " (degree).")
        double skillsQ1,
    @Param(
            doc = "Mean civic skills in the richest income quintile.",
            unit = "0-1",
            def = "0.60",
            min = 0,
            max = 1)
        double skillsQ5,
    @Param(
            doc =
                "Mean trust in the council (feeling able to influence local decisions) at the"
                    + " start.",
            unit = "0-1",
            def = "0.38",
            min = 0,
            max = 1,
            source = "Citizenship Survey 2010/11: 38% feel able to influence local decisions.")
        double trust,
    @Param(
            doc = "Share of the poorest quintile who are online (digital exclusion).",
            unit = "share 0-1",
            def = "0.65",
            min = 0,
            max = 1)
        double onlineQ1,
    @Param(
            doc = "Share of the richest quintile who are online.",
            unit = "share 0-1",
            def = "0.95",
            min = 0,
            max = 1)
        double onlineQ5)
    implements java.io.Serializable {

  /** Residents' decision rules. */
  public enum Decision implements Choice {
    LOGIT,
    THRESHOLD
  }

  /** How thresholds are read. */
  public enum ThresholdUnit implements Choice {
    FRACTION,
    COUNT
  }
}
