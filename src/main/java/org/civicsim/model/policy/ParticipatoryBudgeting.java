package org.civicsim.model.policy;

/** Residents vote on discretionary money: half the split follows the votes. */
public final class ParticipatoryBudgeting implements DecisionRule {
  @Override
  public double voiceWeight() {
    return 0.5;
  }

  @Override
  public double baseHeard() {
    return 0.40;
  }

  @Override
  public double civicBonus() {
    return 0.25;
  }
}
