package org.civicsim.gui;

import java.awt.Color;

/** Okabe-Ito colours, which readers with colour-blindness can tell apart. */
final class Palette {
  private Palette() {}

  static final Color BLACK = new Color(0, 0, 0);
  static final Color ORANGE = new Color(230, 159, 0);
  static final Color SKY = new Color(86, 180, 233);
  static final Color GREEN = new Color(0, 158, 115);
  static final Color YELLOW = new Color(240, 228, 66);
  static final Color BLUE = new Color(0, 114, 178);
  static final Color VERMILION = new Color(213, 94, 0);
  static final Color PURPLE = new Color(204, 121, 167);
  static final Color GREY = new Color(153, 153, 153);

  /** Quintile 1 (poorest) to 5, then other series. */
  static final Color[] SERIES = {VERMILION, ORANGE, GREEN, SKY, BLUE, PURPLE, BLACK, GREY};
}
