package org.civicsim.model.policy;

/** Officers share discretionary money among wards by measured need alone. */
public final class TopDown implements DecisionRule {
  @Override
  public double voiceWeight() {
    return 0.0;
  }

  @Override
  public double baseHeard() {
    return 0.30;
  }

  @Override
  public double civicBonus() {
    return 0.0;
  }
}
