package org.civicsim.model.policy;

/**
 * Adult social care protected relatively, not absolutely: a pound of care loses a tenth of what a
 * pound of anything else loses. NAO (2018, Financial sustainability of local authorities): from
 * 2010/11 to 2016/17 real spending on adult social care fell about 3% while spending on services
 * other than social care fell about 33%, a ratio of about 0.09 per pound.
 */
public final class ProtectStatutory implements CutStrategy {
  /** Protection of adult care (NAO 2018, as above). */
  public static final double CARE_PROTECTION = 0.9;

  @Override
  public double protection(BudgetHead head) {
    return head == BudgetHead.ADULT_CARE ? CARE_PROTECTION : 0;
  }
}
