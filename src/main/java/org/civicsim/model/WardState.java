package org.civicsim.model;

/**
 * What each ward knows this week: the signals residents read when they choose (read-only while they
 * do) and the tallies of what residents did, summed ward by ward in a fixed order.
 */
public final class WardState implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  // Signals, set by the council, groups and services before residents choose.
  /** Chance that taking part in a civic act is visibly heard. */
  public final double[] heard;

  /**
   * Extra utility of civic participation from the council's way of deciding (PB rounds etc.), for a
   * resident of average skills; residents feel it in proportion to twice their skills.
   */
  public final double[] civicBonus;

  /** Pull of formal volunteering from the groups a ward has (negative when it has none). */
  public final double[] formalOpportunity;

  /** True when the ward has a community-run facility that needs co-producers. */
  public final boolean[] communityFacility;

  // Tallies of the week.
  public final int[] civicActs;
  public final double[] volunteerHours;
  public final double[] coproductionHours;

  /** Hours of formal volunteering and co-production, for time credits. */
  public final double[] creditedHours;

  /** Unaffiliated, skilled, motivated active residents: a ward's potential founders. */
  public final int[] founders;

  /** Organiser visits in the ward, decaying by a tenth a week (a half-life of 6.6 weeks). */
  public final double[] organiserPresence;

  /** CD-worker visits this week. */
  public final int[] cdVisits;

  /** GBP a week given to the ward's groups as grants. */
  public final double[] grantPerWeek;

  WardState(int wards) {
    heard = new double[wards];
    civicBonus = new double[wards];
    communityFacility = new boolean[wards];
    formalOpportunity = new double[wards];
    civicActs = new int[wards];
    volunteerHours = new double[wards];
    coproductionHours = new double[wards];
    creditedHours = new double[wards];
    founders = new int[wards];
    organiserPresence = new double[wards];
    cdVisits = new int[wards];
    grantPerWeek = new double[wards];
  }
}
