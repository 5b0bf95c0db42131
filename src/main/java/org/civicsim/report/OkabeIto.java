package org.civicsim.report;

import java.awt.Color;

/**
 * The Okabe-Ito palette (Okabe and Ito 2008, "Color Universal Design"): eight colours that stay
 * distinguishable under the common forms of colour blindness. Series take them in order.
 */
public final class OkabeIto {
  private OkabeIto() {}

  public static final Color ORANGE = new Color(0xE6, 0x9F, 0x00);
  public static final Color SKY_BLUE = new Color(0x56, 0xB4, 0xE9);
  public static final Color BLUISH_GREEN = new Color(0x00, 0x9E, 0x73);
  public static final Color YELLOW = new Color(0xF0, 0xE4, 0x42);
  public static final Color BLUE = new Color(0x00, 0x72, 0xB2);
  public static final Color VERMILLION = new Color(0xD5, 0x5E, 0x00);
  public static final Color REDDISH_PURPLE = new Color(0xCC, 0x79, 0xA7);
  public static final Color BLACK = Color.BLACK;

  /**
   * The order series take: strong, well-separated colours first; yellow last because it is hard to
   * see as a line on white.
   */
  private static final Color[] ORDER = {
    BLUE, VERMILLION, BLUISH_GREEN, REDDISH_PURPLE, ORANGE, SKY_BLUE, BLACK, YELLOW
  };

  /** The colour of series {@code i} (0-based), cycling after eight. */
  public static Color series(int i) {
    return ORDER[Math.floorMod(i, ORDER.length)];
  }

  /** {@code c} with the given opacity (0-1), for confidence bands behind the mean line. */
  public static Color translucent(Color c, double alpha) {
    return new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(alpha * 255));
  }
}
