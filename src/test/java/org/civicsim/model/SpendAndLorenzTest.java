package org.civicsim.model;

import static org.civicsim.model.ModelRuns.SMALL;
import static org.civicsim.model.ModelRuns.scenario;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.civicsim.metrics.MetricNames;
import org.civicsim.metrics.MetricSink;
import org.civicsim.metrics.Observer;
import org.civicsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Beside the contract metrics, the observer reports what the council spends on each budget line
 * and, at the final week, how voice is spread over residents.
 */
class SpendAndLorenzTest {

  /** What one run emitted beyond the contract metrics. */
  private static final class Seen implements MetricSink {
    final Map<Integer, Double> councilSpend = new TreeMap<>();
    final Map<Integer, Double> spendByLine = new TreeMap<>();
    final TreeSet<String> councils = new TreeSet<>();
    final List<double[]> lorenz = new ArrayList<>();
    final TreeSet<Integer> lorenzWeeks = new TreeSet<>();
    double voiceGini = Double.NaN;
    int spendRows;

    @Override
    public void group(int step, int metric, int group, double value) {
      if (group == MetricNames.ALL && metric == MetricNames.COUNCIL_SPEND) {
        councilSpend.put(step, value);
      }
      if (group == MetricNames.ALL && metric == MetricNames.VOICE_GINI) {
        voiceGini = value;
      }
    }

    @Override
    public void ward(int step, int metric, int ward, double value) {}

    @Override
    public void spend(int step, String council, int line, double value) {
      assertTrue(value >= 0, council + " line " + line + " spends " + value);
      spendByLine.merge(step, value, Double::sum);
      councils.add(council);
      spendRows++;
    }

    @Override
    public void voiceLorenz(int step, double populationShare, double voiceShare) {
      lorenzWeeks.add(step);
      lorenz.add(new double[] {populationShare, voiceShare});
    }
  }

  private static Seen run(Scenario s) {
    CivicModel m = new CivicModel(s, Seeds.replicate(s.seed(), 0));
    m.start();
    Seen seen = new Seen();
    Observer o = new Observer(m);
    o.observe(seen, false);
    for (int w = 1; w <= s.steps(); w++) {
      m.schedule.step(m);
      if (w % 4 == 0 || w == s.steps()) {
        o.observe(seen, false);
      }
    }
    m.finish();
    return seen;
  }

  @Test
  void spendByLineAddsUpToCouncilSpendAtEveryRecordedWeek() {
    // Past a budget cycle (week 52), with time credits so that more lines than services spend.
    Seen seen = run(scenario(SMALL, "steps=60", "incentives.credits_per_hour=5"));
    assertEquals(seen.councilSpend.keySet(), seen.spendByLine.keySet());
    for (int week : seen.councilSpend.keySet()) {
      double total = seen.councilSpend.get(week);
      assertTrue(total > 0, "week " + week + ": no spend");
      assertEquals(total, seen.spendByLine.get(week), 1e-9 * total, "week " + week);
    }
    assertEquals(List.of("borough-1"), List.copyOf(seen.councils));
    assertEquals(seen.councilSpend.size() * MetricNames.SPEND_LINES.size(), seen.spendRows);
  }

  @Test
  void everyBoroughsCouncilReportsItsOwnLines() {
    Seen seen = run(scenario(SMALL, "steps=8", "borough.count=3"));
    assertEquals(List.of("borough-1", "borough-2", "borough-3"), List.copyOf(seen.councils));
    for (int week : seen.councilSpend.keySet()) {
      double total = seen.councilSpend.get(week);
      assertEquals(total, seen.spendByLine.get(week), 1e-9 * total, "week " + week);
    }
  }

  @Test
  void theResidentsLorenzCurveComesOnceAtTheFinalWeekBelowTheLineOfEquality() {
    Seen seen = run(scenario(SMALL, "steps=40"));
    assertEquals(List.of(40), List.copyOf(seen.lorenzWeeks));
    assertEquals(MetricNames.LORENZ_POINTS, seen.lorenz.size());
    assertEquals(0.0, seen.lorenz.get(0)[0]);
    assertEquals(0.0, seen.lorenz.get(0)[1]);
    assertEquals(1.0, seen.lorenz.get(seen.lorenz.size() - 1)[0]);
    assertEquals(1.0, seen.lorenz.get(seen.lorenz.size() - 1)[1]);
    double area = 0;
    for (int k = 1; k < seen.lorenz.size(); k++) {
      double[] a = seen.lorenz.get(k - 1);
      double[] b = seen.lorenz.get(k);
      assertEquals(k / 100.0, b[0], 1e-12);
      assertTrue(b[1] >= a[1], "falls at point " + k);
      assertTrue(b[1] <= b[0] + 1e-12, "above equality at point " + k);
      area += (b[0] - a[0]) * (a[1] + b[1]) / 2;
    }
    // 101 points trace the residents' own curve closely: its Gini is the contract's voice_gini.
    assertTrue(seen.voiceGini > 0.1, "voice_gini " + seen.voiceGini);
    assertEquals(seen.voiceGini, 1 - 2 * area, 0.01);
  }
}
