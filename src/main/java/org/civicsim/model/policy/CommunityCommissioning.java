package org.civicsim.model.policy;

import org.civicsim.scenario.Constant;

/**
 * Groups commission services (Lambeth's youth services): grants follow groups' capacity, and an
 * hour of service in a ward with groups costs 85% of the council's own.
 */
public final class CommunityCommissioning implements DecisionRule {
  /** Cost of a commissioned hour against the council's own. */
  @Constant(
      doc =
          "Cost of an hour of a ward service commissioned from groups, in a ward with groups,"
              + " against the council's own",
      unit = "share 0-1",
      source = "Judgement (Lambeth's community-led commissioning of youth services)")
  static final double COMMISSIONED_COST = 0.85;

  @Override
  public double voiceWeight() {
    return 0.25;
  }

  @Override
  public double baseHeard() {
    return 0.35;
  }

  @Override
  public double civicBonus() {
    return 0.1;
  }

  @Override
  public double hourCost(boolean wardHasGroups) {
    return wardHasGroups ? COMMISSIONED_COST : 1.0;
  }

  @Override
  public boolean grantsByCapacity() {
    return true;
  }
}
