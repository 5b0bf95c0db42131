package org.civicsim.model.policy;

/** The council consults and weighs responses: the split follows who turns up, in part. */
public final class Consultation implements DecisionRule {
  @Override
  public double voiceWeight() {
    return 0.35;
  }

  @Override
  public double baseHeard() {
    return 0.35;
  }

  @Override
  public double civicBonus() {
    return 0.1;
  }
}
