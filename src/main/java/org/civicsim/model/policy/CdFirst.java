package org.civicsim.model.policy;

import org.civicsim.scenario.Constant;

/**
 * Community development and grants cut first ("the risk that cuts remove CD first", Community
 * Development Foundation): care protected as under {@link ProtectStatutory}, the ward services
 * nearly as much, the rest of the budget half, CD workers and grants not at all.
 */
public final class CdFirst implements CutStrategy {
  /** Protection of the ward services (children's centres, libraries, youth, parks). */
  @Constant(
      doc = "Protection of the four ward services under cd-first",
      unit = "share 0-1",
      source = "Judgement: services nearly as protected as care, so CD and grants take the cut")
  static final double SERVICE_PROTECTION = 0.8;

  @Constant(
      doc = "Protection of the rest of the budget (no ward facility) under cd-first",
      unit = "share 0-1",
      source = "Judgement")
  static final double REST_PROTECTION = 0.5;

  @Override
  public double protection(BudgetHead head) {
    return switch (head) {
      case ADULT_CARE, CHILDRENS_SOCIAL_CARE -> ProtectStatutory.CARE_PROTECTION;
      case COMMUNITY_DEVELOPMENT, GRANTS -> 0;
      case OTHER -> REST_PROTECTION;
      default -> SERVICE_PROTECTION;
    };
  }
}
