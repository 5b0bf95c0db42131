package org.civicsim.model.policy;

/**
 * Residents vote on the participatory-budgeting pot ({@code council.pb_share}, {@code council.pb})
 * in a ballot of projects; officers share the rest of the discretionary money by measured need, and
 * a council that runs a vote hears civic acts more often. The vote is its own civic act (PbRound),
 * so the pull of the other civic acts is a consultation's (0.1), not the 0.25 it was when the pot
 * followed voice.
 */
public final class ParticipatoryBudgeting implements DecisionRule {
  @Override
  public double voiceWeight() {
    return 0;
  }

  @Override
  public double baseHeard() {
    return 0.40;
  }

  @Override
  public double civicBonus() {
    return 0.1;
  }
}
