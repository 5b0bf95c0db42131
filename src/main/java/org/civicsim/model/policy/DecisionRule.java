package org.civicsim.model.policy;

import org.civicsim.scenario.Council;

/**
 * How a council decides on its discretionary money, and what that means for residents who take
 * part: how far the split of money among wards follows voice rather than need, how likely a civic
 * act is to be visibly heard, how much a civic act weighs, and the extra pull of civic
 * participation. A new decision mode is one new class and one line in {@link #of}.
 */
public interface DecisionRule {

  /** Share (0-1) of the ward split of discretionary money that follows voice rather than need. */
  double voiceWeight();

  /** Base chance (0-1) that a civic act is visibly heard. */
  double baseHeard();

  /** Extra utility of civic participation, for a resident of average skills. */
  double civicBonus();

  /**
   * Cost of an hour of a council-funded service in a ward with community groups, as a share of its
   * usual cost (groups commissioning services deliver them cheaper).
   */
  default double hourCost(boolean wardHasGroups) {
    return 1.0;
  }

  /** True when grants go to groups by their capacity rather than by their ward's need. */
  default boolean grantsByCapacity() {
    return false;
  }

  /**
   * Influence one civic act carries: a response officers may set aside counts for little (0.5 under
   * top-down), a vote that decides money directly for much (2.0 under participatory budgeting with
   * a pot of 1% or more of the budget).
   */
  default double actVoice(double pbShare) {
    return 0.5 + 2 * voiceWeight() + 0.5 * Math.min(1.0, pbShare / 0.01);
  }

  /** The rule a scenario names. */
  static DecisionRule of(Council.DecisionMode mode) {
    return switch (mode) {
      case TOP_DOWN -> new TopDown();
      case CONSULTATION -> new Consultation();
      case PARTICIPATORY_BUDGETING -> new ParticipatoryBudgeting();
      case COMMUNITY_COMMISSIONING -> new CommunityCommissioning();
    };
  }
}
