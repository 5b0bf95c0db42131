package org.civicsim.model;

import static org.civicsim.model.ModelRuns.SMALL;
import static org.civicsim.model.ModelRuns.differenceInterval;
import static org.civicsim.model.ModelRuns.replicates;
import static org.civicsim.model.ModelRuns.scenario;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each mechanism, switched on, moves the outcome it exists to move: the real model over six
 * replicates per arm (fixed seeds), the 95% interval of the difference in means excluding zero.
 * PB's effect on voice_gini is small, so it is tested with paired replicates in StylisedFactsTest.
 */
class MechanismTest {
  private static final int REPLICATES = 6;
  private static final String CUTS = "council.cuts.real_terms_per_year=0.4;council.cuts.years=1";
  private static final String MILD = "council.cuts.real_terms_per_year=0.1;council.cuts.years=1";

  /** A cut that takes protect-statutory's services below the closure threshold, salami's not. */
  private static final String MODERATE =
      "council.cuts.real_terms_per_year=0.15;council.cuts.years=1";

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          a pledge platform makes informal help easier     | incentives.pledge_platform=true                 | | participation_informal | all | up
          time credits raise formal volunteering           | incentives.credits_per_hour=5                   | | participation_formal   | all | up
          online consultation raises civic participation   | council.online=true                             | | participation_civic    | all | up
          an open budget lowers the skill barrier          | council.open_budget=true                        | | participation_civic    | all | up
          explaining decisions keeps trust higher          | council.explain_decisions=true                  | | trust_mean             | all | up
          coaches raise civic participation                | community_development.coaches_per_10k=10        | | participation_civic    | all | up
          CD workers raise participation of the poorest    | community_development.workers_per_10k=10 | community_development.workers_per_10k=0 | participation_any | q1 | up
          community commissioning draws residents in       | council.decision_mode=community-commissioning   | | participation_civic    | all | up
          switching groups off ends most formal volunteering | groups.enabled=false                          | | participation_formal   | all | down
          asset transfer keeps facilities open as community-run | council.asset_transfer=true;CUTS           | council.transfer_offer_rate=0;CUTS | services_community    | all | up
          asset transfer closes fewer facilities under cuts | council.asset_transfer=true;CUTS               | council.transfer_offer_rate=0;CUTS | services_closed       | all | down
          partners' pooled money keeps coverage higher     | council.pooled_budget=0.2;CUTS                  | CUTS | coverage              | all | up
          salami-slicing keeps facilities open that protecting care would close | council.cut_strategy=salami-slice;MODERATE | MODERATE | services_closed | all | down
          cutting CD first removes the workers             | council.cut_strategy=cd-first;community_development.workers_per_10k=20;MILD | community_development.workers_per_10k=20;MILD | cd_workers | all | down
          """)
  void mechanismMovesItsOutcome(
      String name, String with, String without, String metric, String group, String direction) {
    double[] on = replicates(scenario(SMALL, split(with)), REPLICATES, metric, group);
    double[] off = replicates(scenario(SMALL, split(without)), REPLICATES, metric, group);
    double[] ci = differenceInterval(on, off);
    String detail =
        name
            + ": "
            + metric
            + "/"
            + group
            + " with "
            + Arrays.toString(on)
            + " without "
            + Arrays.toString(off)
            + ", 95% CI of difference "
            + Arrays.toString(ci);
    if (direction.equals("up")) assertTrue(ci[0] > 0, detail);
    else assertTrue(ci[1] < 0, detail);
  }

  private static String[] split(String overrides) {
    if (overrides == null || overrides.isBlank()) return new String[0];
    return overrides
        .replace("CUTS", CUTS)
        .replace("MILD", MILD)
        .replace("MODERATE", MODERATE)
        .split(";");
  }
}
