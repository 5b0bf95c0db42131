package org.civicsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.civicsim.metrics.MetricNames;
import org.civicsim.scenario.Scenario;
import org.civicsim.scenario.ScenarioLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every scenario shipped in scenarios/ (sweeps aside) loads and runs for a few weeks. */
class ScenarioLibraryTest {
  /** Residents in all beyond which a scenario is run with fewer residents in each borough. */
  private static final long SMALL = 200_000;

  static Stream<Path> scenarios() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(Path.of("scenarios"))) {
      files =
          walk.filter(p -> p.toString().endsWith(".yaml"))
              .filter(p -> !p.toString().contains("sweeps"))
              .sorted()
              .toList();
    }
    assertTrue(files.size() >= 13, "the library shrank to " + files.size() + " files");
    return files.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void runsForAFewWeeks(Path file) throws Exception {
    List<String> shorter = List.of("steps=8", "replicates=1", "behaviour.burn_in_weeks=4");
    Scenario s = ScenarioLoader.load(file, shorter);
    long everyone = (long) s.borough().residents() * s.locals().size();
    if (everyone > SMALL) {
      // England and its like: the same councils and wards, fewer residents in each.
      int each = (int) Math.max(10L * s.borough().wards(), SMALL / s.locals().size());
      List<String> smaller = new java.util.ArrayList<>(shorter);
      smaller.add("borough.residents=" + each);
      s = ScenarioLoader.load(file, smaller);
    }
    double[][] v = ModelRuns.finalValues(s, 0);
    for (int m = 0; m < MetricNames.METRICS.size(); m++) {
      assertTrue(
          Double.isFinite(v[m][MetricNames.ALL]), MetricNames.METRICS.get(m) + " not finite");
    }
    String name = file.getFileName().toString().replace(".yaml", "");
    assertEquals(name, s.name(), "a scenario's name: should match its file name");
  }
}
