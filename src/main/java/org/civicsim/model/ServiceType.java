package org.civicsim.model;

import org.civicsim.model.policy.BudgetHead;
import org.civicsim.scenario.Constant;

/**
 * The services a council runs in each ward, each with the hours a week an adult of each income
 * quintile needs, what an hour costs the council, and who uses it. Together with the rest of a
 * council's spending ({@link #OTHER_GBP_PER_ADULT}) they make the 2010/11 composition of English
 * councils' service spending (docs/ODD.md section 2.4 gives each figure's source):
 *
 * <ul>
 *   <li>adult social care GBP 351 an adult a year, about 31% (net current spending about GBP 14.4bn
 *       for 42 million adults; NAO 2018: social care, adult and children's, 45.3%);
 *   <li>children's centres and early help GBP 44 (Sure Start about GBP 1.8bn at its 2009/10 peak,
 *       IFS 2019 / Sutton Trust 2018);
 *   <li>libraries GBP 21 (CIPFA: "over GBP 1bn" for the UK, about GBP 0.85bn for England);
 *   <li>youth services GBP 31 (about GBP 1.3bn in 2010/11, YMCA 2020, "Out of Service");
 *   <li>parks and open spaces GBP 23 (about GBP 1bn, Heritage Lottery Fund 2016, "State of UK
 *       Public Parks");
 *   <li>children's social care GBP 158 an adult a year, about 14%: NAO 2018's 45.3% for social
 *       care, adult and children's, less adult care's 31% (about GBP 6.6bn);
 *   <li>the rest, GBP 468 (waste, roads, housing, planning, central services: the remainder of
 *       about GBP 46bn of service spending, NAO 2018).
 * </ul>
 *
 * Who uses each follows Hastings et al. (2015, 2017): care, children's centres and youth services
 * are used most by the poorest (pro-poor); libraries and parks about alike (neutral).
 */
public enum ServiceType {
  @Constant(
      doc = "Adult social care: statutory, pro-poor",
      source =
          "GBP 351 an adult a year, about 31% of service spending: net current spending about GBP"
              + " 14.4bn for 42 million adults (NAO 2018)")
  ADULT_CARE(
      "adult_care", BudgetHead.ADULT_CARE, true, 25.0, new double[] {0.40, 0.32, 0.26, 0.21, 0.16}),
  @Constant(
      doc = "Sure Start children's centres and early help: pro-poor (targeted at deprived areas)",
      source =
          "GBP 44 an adult a year: Sure Start about GBP 1.8bn at its 2009/10 peak (IFS 2019; Sutton"
              + " Trust 2018)")
  CHILDRENS_CENTRES(
      "childrens_centres",
      BudgetHead.CHILDRENS_CENTRES,
      false,
      28.0,
      new double[] {0.055, 0.040, 0.027, 0.018, 0.010}),
  @Constant(
      doc = "Libraries: neutral",
      source =
          "GBP 21 an adult a year: CIPFA, over GBP 1bn for the UK, about GBP 0.85bn for England")
  LIBRARIES(
      "libraries",
      BudgetHead.LIBRARIES,
      false,
      20.0,
      new double[] {0.019, 0.019, 0.020, 0.021, 0.021}),
  @Constant(
      doc = "Youth services: pro-poor",
      source = "GBP 31 an adult a year: about GBP 1.3bn in 2010/11 (YMCA 2020, Out of Service)")
  YOUTH("youth", BudgetHead.YOUTH, false, 25.0, new double[] {0.034, 0.028, 0.024, 0.020, 0.014}),
  @Constant(
      doc = "Parks and open spaces: neutral",
      source =
          "GBP 23 an adult a year: about GBP 1bn (Heritage Lottery Fund 2016, State of UK Public"
              + " Parks)")
  PARKS("parks", BudgetHead.PARKS, false, 15.0, new double[] {0.030, 0.030, 0.030, 0.030, 0.030});

  /** Number of service types. */
  public static final int COUNT = values().length;

  /**
   * GBP a year children's social care costs for an adult of each quintile (0 = poorest): about GBP
   * 158 on average (see above), steeply more where residents are poorer: a child in the most
   * deprived tenth of neighbourhoods is over ten times as likely to be in care as one in the least
   * (Bywaters et al. 2016, "The relationship between poverty, child abuse and neglect", JRF).
   */
  @Constant(
      doc =
          "What children's social care (statutory, no ward facility) costs for an adult of each"
              + " quintile, poorest first; GBP 158 on average",
      unit = "GBP per adult a year",
      source =
          "The mean: NAO 2018's 45.3% of service spending on social care less adult care's 31%; the"
              + " gradient: Bywaters et al. 2016, a child in the most deprived tenth of"
              + " neighbourhoods over ten times as likely to be in care")
  public static final double[] CHILDRENS_SOCIAL_CARE_GBP_PER_ADULT = {330, 200, 130, 80, 50};

  /**
   * GBP a year the rest of a council's service spending costs for an adult of each quintile (0 =
   * poorest): about GBP 468 on average, more where residents are poorer (housing, the funding
   * formula's deprivation weights). With children's social care it makes {1250, 820, 560, 380,
   * 120}, the gradient fitted to the 2010/11 spending per head of the most against the least
   * deprived councils (docs/calibration.md).
   */
  @Constant(
      doc =
          "What the rest of a council's service spending (waste, roads, housing, planning, central"
              + " services; no ward facility) costs for an adult of each quintile, poorest first;"
              + " GBP 468 on average",
      unit = "GBP per adult a year",
      source =
          "The mean: the remainder of about GBP 46bn of service spending (NAO 2018); the gradient"
              + " fitted so that spending per head is 1.45 times as high in the most as in the"
              + " least deprived tenth of councils (Hastings et al. 2015): england-sample gives"
              + " 1.46")
  public static final double[] OTHER_GBP_PER_ADULT = {920, 620, 430, 300, 70};

  private static final ServiceType[] ALL = values();

  /** The service types in order; one shared array, where {@code values()} copies it each call. */
  public static ServiceType[] all() {
    return ALL;
  }

  private final String key;
  private final BudgetHead head;
  private final boolean statutory;
  private final double costPerHour;
  private final double[] needByQuintile;

  ServiceType(
      String key, BudgetHead head, boolean statutory, double costPerHour, double[] needByQuintile) {
    this.key = key;
    this.head = head;
    this.statutory = statutory;
    this.costPerHour = costPerHour;
    this.needByQuintile = needByQuintile;
  }

  /** The service's name in result files (services.csv). */
  public String key() {
    return key;
  }

  /** The budget head it is paid from. */
  public BudgetHead head() {
    return head;
  }

  /** True when the council must provide it by law. */
  public boolean statutory() {
    return statutory;
  }

  /** GBP per hour of service when the council provides it. */
  public double costPerHour() {
    return costPerHour;
  }

  /** Hours a week a resident of quintile q (0 = poorest) needs. */
  public double need(int q) {
    return needByQuintile[q];
  }

  /**
   * What a resident of quintile q needs of every service, weighted by cost: GBP a week at full
   * provision. Coverage is the share of this that is supplied, so a pound of care counts as much as
   * a pound of library.
   */
  public static double totalNeed(int q) {
    return TOTAL_NEED[q];
  }

  /** {@link #totalNeed} by quintile, summed once: it is read for every resident observed. */
  private static final double[] TOTAL_NEED = new double[5];

  static {
    for (int q = 0; q < 5; q++) {
      for (ServiceType s : values()) TOTAL_NEED[q] += s.need(q) * s.costPerHour();
    }
  }
}
