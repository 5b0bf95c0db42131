package org.civicsim.model.policy;

/**
 * Community development and grants cut first ("the risk that cuts remove CD first", Community
 * Development Foundation): care protected as under {@link ProtectStatutory}, every service half
 * protected, CD workers and grants not at all.
 */
public final class CdFirst implements CutStrategy {
  @Override
  public double protection(BudgetHead head) {
    return switch (head) {
      case ADULT_CARE -> ProtectStatutory.CARE_PROTECTION;
      case COMMUNITY_DEVELOPMENT, GRANTS -> 0;
      default -> 0.5;
    };
  }
}
