package org.civicsim.model.policy;

/** Every head thinned alike, adult care included. */
public final class SalamiSlice implements CutStrategy {
  @Override
  public double protection(BudgetHead head) {
    return 0;
  }
}
