package org.civicsim.model.policy;

/**
 * Care protected as under {@link ProtectStatutory}; facilities closed strictly by use, the least
 * used first, whoever objects, and twice as many a year as a council that weighs resistance.
 */
public final class CloseLeastUsed implements CutStrategy {
  @Override
  public double protection(BudgetHead head) {
    return head.socialCare() ? ProtectStatutory.CARE_PROTECTION : 0;
  }

  @Override
  public boolean closesLeastUsedFirst() {
    return true;
  }
}
