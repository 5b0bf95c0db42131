package org.civicsim.model.policy;

/**
 * Community development and grants cut first ("the risk that cuts remove CD first", Community
 * Development Foundation): care protected as under {@link ProtectStatutory}, the ward services
 * nearly as much, the rest of the budget half, CD workers and grants not at all.
 */
public final class CdFirst implements CutStrategy {
  /** Protection of the ward services (children's centres, libraries, youth, parks). */
  static final double SERVICE_PROTECTION = 0.8;

  @Override
  public double protection(BudgetHead head) {
    return switch (head) {
      case ADULT_CARE, CHILDRENS_SOCIAL_CARE -> ProtectStatutory.CARE_PROTECTION;
      case COMMUNITY_DEVELOPMENT, GRANTS -> 0;
      case OTHER -> 0.5;
      default -> SERVICE_PROTECTION;
    };
  }
}
