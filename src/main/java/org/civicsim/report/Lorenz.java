package org.civicsim.report;

import java.util.Arrays;
import java.util.Comparator;

/**
 * A Lorenz curve of voice over units of known population (income quintiles or wards): units sorted
 * by voice per head, least first, then cumulative shares of residents and of voice, 0-1. Over whole
 * units it hides inequality inside each unit, so its Gini is a lower bound on the residents' Gini.
 */
public record Lorenz(double[] residents, double[] voice) {

  /**
   * The curve of units with {@code population[i]} residents and voice {@code voicePerHead[i]}
   * relative to the average (the contract's voice_share); starts at (0, 0).
   */
  public static Lorenz of(double[] population, double[] voicePerHead) {
    int n = population.length;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble(i -> voicePerHead[i]));
    double totalPop = 0;
    double totalVoice = 0;
    for (int i = 0; i < n; i++) {
      totalPop += population[i];
      totalVoice += population[i] * Math.max(0, voicePerHead[i]);
    }
    double[] x = new double[n + 1];
    double[] y = new double[n + 1];
    for (int k = 0; k < n; k++) {
      int i = order[k];
      x[k + 1] = x[k] + population[i] / totalPop;
      y[k + 1] =
          y[k] + (totalVoice > 0 ? population[i] * Math.max(0, voicePerHead[i]) / totalVoice : 0);
    }
    return new Lorenz(x, y);
  }

  /** The Gini coefficient of the curve: one minus twice the area under it (trapezoids). */
  public double gini() {
    double area = 0;
    for (int k = 1; k < residents.length; k++) {
      area += (residents[k] - residents[k - 1]) * (voice[k] + voice[k - 1]) / 2;
    }
    return 1 - 2 * area;
  }
}
