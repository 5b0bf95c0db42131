package org.civicsim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The budget simulator behind the visualiser, run without a screen. */
class CivicSimulationTest {
  private static final Path BASELINE = Path.of("scenarios/baseline.yaml");

  private static CivicSimulation small() throws Exception {
    return new CivicSimulation(BASELINE, List.of("borough.residents=2000", "borough.wards=4"));
  }

  @Test
  void aCutMovedMidYearTakesEffectAtTheNextBudgetCycleAndIsMarkedThere() throws Exception {
    CivicSimulation sim = small();
    List<Integer> marks = new ArrayList<>();
    sim.start();
    sim.onPolicyChange = marks::add;
    for (int t = 0; t < 10; t++) sim.schedule.step(sim);
    assertEquals(10, sim.getWeek());

    sim.setCutRate(0.1);

    assertEquals(List.of(52), marks);
    assertEquals(0.0645, sim.model().policy(0).council().cuts().realTermsPerYear(), 1e-12);
    while (sim.getWeek() < 53) sim.schedule.step(sim);
    assertEquals(0.1, sim.model().policy(0).council().cuts().realTermsPerYear(), 1e-12);
  }

  @Test
  void sliderValuesOutsideTheirRangeAreRefused() throws Exception {
    CivicSimulation sim = small();
    sim.setCutRate(0.5);
    sim.setCdWorkers(-1);
    assertEquals(0.0645, sim.getCutRate(), 1e-12);
    assertEquals(2.0, sim.getCdWorkers(), 1e-12);
  }

  @Test
  void theScenarioPickerListsTheLibraryAndResetsTheSlidersToTheChosenScenario() throws Exception {
    CivicSimulation sim = small();
    List<String> names = Arrays.asList((String[]) sim.domScenario());
    assertTrue(names.contains("baseline.yaml") && names.contains("no-cuts.yaml"), names.toString());
    sim.setScenario(names.indexOf("no-cuts.yaml"));
    assertEquals(0.0, sim.getCutRate(), 1e-12);
  }

  @Test
  void aComparisonRunsTheSecondScenarioInStepWithTheSameSeed() throws Exception {
    CivicSimulation sim = small();
    List<String> names = Arrays.asList((String[]) sim.domCompareWith());
    sim.setCompareWith(names.indexOf("no-cuts.yaml"));
    sim.start();
    for (int t = 0; t < 5; t++) sim.schedule.step(sim);
    assertEquals(5, sim.comparison().week());
    assertEquals(sim.model().seed(), sim.comparison().seed());
  }

  @Test
  void onlyTheGuiPackageUsesSwingOrMasonDisplays() throws IOException {
    Path main = Path.of("src/main/java/org/civicsim");
    List<String> offenders = new ArrayList<>();
    try (Stream<Path> files = Files.walk(main)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        if (f.startsWith(main.resolve("gui"))) continue;
        for (String line : Files.readAllLines(f)) {
          if (line.startsWith("import")
              && (line.contains("sim.display")
                  || line.contains("sim.portrayal")
                  || line.contains("javax.swing")
                  || line.contains("org.civicsim.gui"))) {
            offenders.add(f + ": " + line);
          }
        }
      }
    }
    assertEquals(List.of(), offenders);
  }
}
