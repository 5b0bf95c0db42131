package org.civicsim.model.policy;

/**
 * The heads a council's budget is set under each year: the services it runs in wards, the rest of
 * what it spends (children's social care; waste, roads, housing, planning, central costs), its
 * community-development staff and its grants to groups. A {@link CutStrategy} says how hard each is
 * cut.
 */
public enum BudgetHead {
  ADULT_CARE,
  /** Children's social care: statutory, no ward facility (looked-after children, protection). */
  CHILDRENS_SOCIAL_CARE,
  CHILDRENS_CENTRES,
  LIBRARIES,
  YOUTH,
  PARKS,
  /** Everything else the council spends on: no ward facility, but cut like the rest. */
  OTHER,
  COMMUNITY_DEVELOPMENT,
  GRANTS;

  /** Number of heads. */
  public static final int COUNT = values().length;

  /** True for the two statutory social-care heads, adult and children's. */
  public boolean socialCare() {
    return this == ADULT_CARE || this == CHILDRENS_SOCIAL_CARE;
  }
}
