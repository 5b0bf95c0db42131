package org.civicsim.model.policy;

import org.civicsim.scenario.Constant;

/**
 * Social care, adult and children's, protected relatively, not absolutely: a pound of care loses a
 * fifth of what a pound of anything else loses. NAO (2018, Financial sustainability of local
 * authorities): from 2010/11 to 2016/17 real spending on adult social care fell about 3% while
 * spending on services other than social care fell about 33%; England's population grew 5.0% (ONS),
 * so per person, as the model's fixed population counts, -7.6% against -36.2%, a ratio of 0.21 per
 * pound. Children's social care, the other statutory duty, is given the same protection (its
 * spending in fact rose a little as the number of children in care grew, NAO 2019).
 */
public final class ProtectStatutory implements CutStrategy {
  /** Protection of adult care (NAO 2018, as above). */
  @Constant(
      doc =
          "Protection of adult and children's social care from cuts: a pound of care loses 0.21 of"
              + " what a pound of anything else loses",
      unit = "share 0-1",
      source =
          "NAO 2018: 2010/11-2016/17 adult care -3% against -33% for other services; per person"
              + " (England +5.0%, ONS) -7.6% against -36.2%, a ratio of 0.21")
  public static final double CARE_PROTECTION = 0.79;

  @Override
  public double protection(BudgetHead head) {
    return head.socialCare() ? CARE_PROTECTION : 0;
  }
}
