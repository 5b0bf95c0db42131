package org.civicsim.model;

/** What a resident does in a week; stored as a byte per resident. */
public final class Activity {
  private Activity() {}

  public static final byte NONE = 0;

  /** Informal help: a pledge, a neighbour. */
  public static final byte INFORMAL = 1;

  /** Formal volunteering in a community group or other organisation. */
  public static final byte FORMAL = 2;

  /** Civic participation: a consultation, a forum, a participatory-budgeting vote. */
  public static final byte CIVIC = 3;

  /** Co-production: helping run a service. */
  public static final byte COPRODUCTION = 4;
}
