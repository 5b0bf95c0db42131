package org.civicsim.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.civicsim.report.MeanInterval;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The measures, read from small results folders whose right answers are worked out by hand. */
class HistoryMeasuresTest {
  @TempDir Path dir;

  /** A run of {@code replicates} replicates recorded at weeks 0, 52 and 104. */
  private RunFolders run(int replicates) {
    RunFolders f = new RunFolders(dir);
    for (int r = 0; r < replicates; r++) {
      for (int step : new int[] {0, 52, 104}) {
        f.metric(r, step, "participation_formal", 0.2 + 0.2 * r + step / 1040.0);
      }
    }
    return f;
  }

  private static double at(RunFiles run, String measure, int replicate, int year) throws Exception {
    return Measures.resolve(measure).at(run, replicate, Years.step(year, run.steps()));
  }

  @Test
  void aYearIsReadAtItsEndAnd2009AtWeekZero() {
    int[] steps = {0, 4, 48, 52, 56, 100, 104};
    assertEquals(52, Years.step(2010, steps));
    assertEquals(104, Years.step(2011, steps));
    assertEquals(0, Years.step(2009, steps));
    assertEquals(104, Years.step(2019, steps), "a year after the run is read at its last week");
    assertEquals(56, Years.step(2010, new int[] {0, 13, 26, 39, 56, 65}), "the nearest week");
    assertEquals("2016/17", Years.label(2016));
  }

  @Test
  void civicGradientIsTheMostOverTheLeastDeprivedFifthOfWardsWeightedByResidents()
      throws Exception {
    Path folder =
        run(1)
            .place(0, "c1", 3, "0", 1, 100)
            .place(0, "c1", 3, "1", 2, 300)
            .place(0, "c1", 3, "2", 5, 999)
            .place(0, "c1", 3, "3", 9, 200)
            .place(0, "c1", 3, "4", 10, 200)
            .ward(0, 52, "participation_civic", "0", 0.3)
            .ward(0, 52, "participation_civic", "1", 0.4)
            .ward(0, 52, "participation_civic", "2", 0.9)
            .ward(0, 52, "participation_civic", "3", 0.5)
            .ward(0, 52, "participation_civic", "4", 0.6)
            .write();
    RunFiles run = new RunFiles(folder);
    // most deprived fifth (deciles 1-2): (0.3 x 100 + 0.4 x 300) / 400 = 0.375;
    // least deprived fifth (deciles 9-10): (0.5 x 200 + 0.6 x 200) / 400 = 0.55.
    assertEquals(0.375 / 0.55, at(run, "civic_area_ratio", 0, 2010), 1e-12);
  }

  @Test
  void libraryBranchesChangeCountsCouncilAndCommunityRunBranchesOfEveryCouncilSince2009()
      throws Exception {
    RunFolders f = run(1);
    int[][] open = {
      {10, 0, 6, 0}, {9, 1, 6, 0}, {7, 2, 5, 1}
    }; // per step: c1 council, community; c2
    int[] steps = {0, 52, 104};
    for (int t = 0; t < 3; t++) {
      f.service(0, steps[t], "c1", "libraries", "open_council", open[t][0]);
      f.service(0, steps[t], "c1", "libraries", "open_community", open[t][1]);
      f.service(0, steps[t], "c2", "libraries", "open_council", open[t][2]);
      f.service(0, steps[t], "c2", "libraries", "open_community", open[t][3]);
      f.service(0, steps[t], "c1", "parks", "open_council", 50);
    }
    RunFiles run = new RunFiles(f.write());
    assertEquals(15.0 / 16 - 1, at(run, "library_branches_change", 0, 2011), 1e-12);
    assertEquals(0.0, at(run, "library_branches_change", 0, 2009), 1e-12);
    assertEquals(3.0 / 15, at(run, "community_libraries_share", 0, 2011), 1e-12);
  }

  @Test
  void careShareAndSpendChangesSplitAdultCareFromEveryOtherServiceIncludingTheRest()
      throws Exception {
    RunFolders f = run(1);
    f.service(0, 0, "c1", "adult_care", "spend", 400);
    f.service(0, 0, "c1", "libraries", "spend", 100);
    f.service(0, 0, "c1", "other", "spend", 500);
    f.service(0, 52, "c1", "adult_care", "spend", 450);
    f.service(0, 52, "c1", "libraries", "spend", 100);
    f.service(0, 52, "c1", "other", "spend", 450);
    f.service(0, 104, "c1", "adult_care", "spend", 441);
    f.service(0, 104, "c1", "libraries", "spend", 60);
    f.service(0, 104, "c1", "other", "spend", 330);
    RunFiles run = new RunFiles(f.write());
    assertEquals(0.45, at(run, "care_share", 0, 2010), 1e-12);
    // changes since 2010/11 (week 52): care 441/450 - 1, the rest 390/550 - 1
    assertEquals(441.0 / 450 - 1, at(run, "care_spend_change", 0, 2011), 1e-12);
    assertEquals(390.0 / 550 - 1, at(run, "noncare_spend_change", 0, 2011), 1e-12);
    // library spending changes since 2009/10 (week 0)
    assertEquals(60.0 / 100 - 1, at(run, "library_spend_change", 0, 2011), 1e-12);
  }

  @Test
  void spendPerHeadRatioSetsCouncilsOfDecileOneAgainstDecileTen() throws Exception {
    RunFolders f = run(1);
    String[] councils = {"a", "b", "c", "d"};
    int[] deciles = {1, 1, 5, 10};
    double[] perHead = {150, 140, 120, 100};
    for (int k = 0; k < councils.length; k++) {
      f.place(0, councils[k], deciles[k], councils[k] + "-w", deciles[k], 1000);
      f.council(0, 52, "spend_per_head", councils[k], perHead[k]);
      f.council(0, 0, "spend_per_head", councils[k], perHead[k] * 1.25);
    }
    RunFiles run = new RunFiles(f.write());
    assertEquals(1.45, at(run, "spend_per_head_ratio", 0, 2010), 1e-12);
    assertEquals(-0.2, at(run, "spend_per_head_change_most_deprived", 0, 2010), 1e-12);
    assertEquals(-0.2, at(run, "spend_per_head_change_least_deprived", 0, 2010), 1e-12);
  }

  @Test
  void withoutDecilesOneAndTenTheTenthsAreTakenInDecileOrder() throws Exception {
    RunFolders f = run(1);
    int[] deciles = {4, 2, 6, 9};
    double[] perHead = {110, 130, 105, 100};
    for (int k = 0; k < deciles.length; k++) {
      f.place(0, "c" + k, deciles[k], "w" + k, deciles[k], 1000);
      f.council(0, 52, "spend_per_head", "c" + k, perHead[k]);
    }
    RunFiles run = new RunFiles(f.write());
    assertEquals(1.3, at(run, "spend_per_head_ratio", 0, 2010), 1e-12);
  }

  @Test
  void aMeasureWhoseFileIsMissingIsUndefinedAndSaysWhichFileItNeeds() throws Exception {
    RunFiles run = new RunFiles(run(1).write());
    Undefined e = assertThrows(Undefined.class, () -> at(run, "library_branches_change", 0, 2011));
    assertEquals("needs services.csv", e.getMessage());
  }

  @Test
  void aContractMetricIsAMeasureWithNoCodeForAnyGroup() throws Exception {
    RunFiles run = new RunFiles(run(1).write());
    assertEquals(0.25, at(run, "participation_formal", 0, 2010), 1e-12);
    assertNotNull(Measures.resolve("participation_civic:q1"));
    assertNull(Measures.resolve("participation_civic:q9"));
    assertNull(Measures.resolve("participation_formall"));
    assertTrue(
        Measures.unknown("participation_formall").contains("did you mean 'participation_formal'"));
  }

  @Test
  void theModelIsTheMeanOverReplicatesWithA95PercentTInterval() throws Exception {
    RunFiles run = new RunFiles(run(2).write());
    Measure formal = Measures.resolve("participation_formal");
    MeanInterval i = History.estimate(run, formal, 52, false);
    // replicates 0.25 and 0.45: sd 0.1414, half-width t(0.975, 1) x sd / sqrt 2 = 12.706 x 0.1
    assertEquals(0.35, i.mean(), 1e-12);
    assertEquals(0.35 - 1.27062, i.low(), 1e-4);
    assertEquals(0.35 + 1.27062, i.high(), 1e-4);
    assertEquals(2, i.n());
  }

  @Test
  void withOneReplicateTheIntervalIsTheValueItself() throws Exception {
    RunFiles run = new RunFiles(run(1).write());
    MeanInterval i = History.estimate(run, Measures.resolve("participation_formal"), 104, false);
    assertEquals(0.3, i.mean(), 1e-12);
    assertEquals(i.mean(), i.low());
    assertEquals(i.mean(), i.high());
  }

  @Test
  void aFigureIsInsideWhenTheModelsMeanLiesInItsBand() throws Exception {
    RunFiles run = new RunFiles(run(1).write());
    Observation in =
        new Observation(
            "participation_formal", 2010, 0.25, 0.24, 0.26, Observation.Use.FIT, "s", "c", "", 2);
    Observation out =
        new Observation(
            "participation_formal", 2011, 0.25, 0.24, 0.26, Observation.Use.CHECK, "s", "c", "", 3);
    Observation missing =
        new Observation("care_share", 2011, 0.5, 0.4, 0.6, Observation.Use.CHECK, "s", "c", "", 4);
    History.Comparison c = History.compare(run, List.of(in, out, missing));
    assertTrue(c.rows().get(0).inside());
    assertTrue(!c.rows().get(1).inside() && c.rows().get(1).model() != null);
    assertEquals("needs services.csv", c.rows().get(2).missing());
    assertEquals(104, c.lastStep());
  }
}
