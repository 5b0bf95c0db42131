package org.civicsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepLoaderTest {
  private static final String BASE = Path.of("scenarios/baseline.yaml").toAbsolutePath().toString();
  private static final String TINY =
      "set:\n  steps: 8\n  borough.residents: 300\n  borough.wards: 3\n"
          + "  behaviour.burn_in_weeks: 2\n";

  @TempDir Path dir;

  private Path write(String name, String text) throws Exception {
    return Files.writeString(dir.resolve(name), text);
  }

  @Test
  void latinHypercubeHasOnePointInEveryStratumOfEveryRange() throws Exception {
    int n = 10;
    Path f =
        write(
            "lhs.yaml",
            "base: "
                + BASE
                + "\ndesign: latin-hypercube\nsamples: "
                + n
                + "\nreplicates: 1\nseed: 5\n"
                + TINY
                + "vary:\n"
                + "  council.cuts.real_terms_per_year: {min: 0, max: 0.08}\n"
                + "  community_development.workers_per_10k: {min: 1, max: 5}\n");
    Sweep s = SweepLoader.load(f);
    assertEquals(n, s.points().size());
    double[][] ranges = {{0, 0.08}, {1, 5}};
    for (int d = 0; d < 2; d++) {
      Set<Integer> strata = new HashSet<>();
      for (List<String> p : s.points()) {
        double x = Double.parseDouble(p.get(d));
        assertTrue(x >= ranges[d][0] && x <= ranges[d][1], "in range: " + x);
        strata.add((int) Math.floor((x - ranges[d][0]) / (ranges[d][1] - ranges[d][0]) * n));
      }
      assertEquals(n, strata.size(), "one point per stratum of " + s.varied().get(d));
    }
    assertEquals(s.points(), SweepLoader.load(f).points(), "the same seed gives the same design");
  }

  @Test
  void latinHypercubeRoundsWholeNumberKeysAndPicksListItems() throws Exception {
    Path f =
        write(
            "lhs.yaml",
            "base: "
                + BASE
                + "\ndesign: latin-hypercube\nsamples: 6\n"
                + "seed: 2\n"
                + TINY
                + "vary:\n  borough.minority_share: [0.1, 0.3]\n"
                + "  network.mean_degree: {min: 4, max: 12}\n");
    Sweep s = SweepLoader.load(f);
    int low = 0;
    for (List<String> p : s.points()) {
      assertTrue(p.get(1).matches("\\d+"), "whole number: " + p.get(1));
      low += p.get(0).equals("0.1") ? 1 : 0;
    }
    assertEquals(3, low, "list items chosen evenly over the strata");
  }

  @Test
  void fullFactorialIsEveryCombinationFirstKeySlowest() throws Exception {
    Path f =
        write(
            "ff.yaml",
            "base: "
                + BASE
                + "\ndesign: full-factorial\nreplicates: 2\n"
                + "seed: 1\n"
                + TINY
                + "vary:\n  council.pb_share: [0, 0.01, 0.05]\n"
                + "  community_development.workers_per_10k: [0, 2, 6]\n");
    Sweep s = SweepLoader.load(f);
    assertEquals(9, s.points().size());
    assertEquals(18, s.runs());
    assertEquals(List.of("0", "0"), s.points().get(0));
    assertEquals(List.of("0", "2"), s.points().get(1));
    assertEquals(List.of("0.05", "6"), s.points().get(8));
    assertEquals(0, s.point(9));
    assertEquals(1, s.replicate(9));
  }

  @Test
  void shippedSweepFilesLoad() throws Exception {
    Sweep cuts = SweepLoader.load(Path.of("scenarios/sweeps/cuts-vs-cd.yaml"));
    assertEquals("latin-hypercube", cuts.design());
    assertEquals(16, cuts.points().size());
    assertEquals(48, cuts.runs());
    assertEquals(260, cuts.scenario(0).steps());
    Sweep pb = SweepLoader.load(Path.of("scenarios/sweeps/pb-vs-intermediaries.yaml"));
    assertEquals("full-factorial", pb.design());
    assertEquals(9, pb.points().size());
    assertEquals(18, pb.runs());
    assertEquals(5000, pb.scenario(8).borough().residents());
    Sweep sobol = SweepLoader.load(Path.of("scenarios/sweeps/what-matters-sobol.yaml"));
    assertEquals(32 * (4 + 2), sobol.points().size(), "Saltelli: samples x (keys + 2)");
    Sweep morris = SweepLoader.load(Path.of("scenarios/sweeps/what-matters-morris.yaml"));
    assertEquals(10 * (5 + 1), morris.points().size(), "Morris: trajectories x (keys + 1)");
    for (List<String> point : morris.points()) {
      assertTrue(List.of("0", "0.5", "1", "2").contains(point.get(4)), point.toString());
    }
  }

  @Test
  void aSweepFileIsToldFromAScenario() {
    assertTrue(SweepLoader.isSweep(Path.of("scenarios/sweeps/what-matters-sobol.yaml")));
    assertFalse(SweepLoader.isSweep(Path.of("scenarios/baseline.yaml")));
    assertFalse(SweepLoader.isSweep(Path.of("scenarios/no-such-file.yaml")));
  }

  @Test
  void problemsNameTheSweepFileLineAndKey() throws Exception {
    Path f =
        write(
            "bad.yaml",
            "base: "
                + BASE
                + "\ndesign: full-factorial\nsed: 1\n"
                + TINY
                + "vary:\n  council.pb_shares: [0, 0.01]\n"
                + "  community_development.workers_per_10k: [0, -2]\n");
    ScenarioException e = assertThrows(ScenarioException.class, () -> SweepLoader.load(f));
    String m = e.getMessage();
    assertTrue(m.contains(f + ":3:1: sed: unknown sweep key; did you mean seed?"), m);
    assertTrue(
        m.contains(
            f + ":10:3: council.pb_shares: unknown key; did you mean" + " council.pb_share?"),
        m);
    assertTrue(m.contains(f + ":11:3: community_development.workers_per_10k:"), m);
  }

  @Test
  void misspeltDesignsAndRangesInAGridAreErrors() throws Exception {
    Path sobol =
        write(
            "s.yaml",
            "base: "
                + BASE
                + "\ndesign: sobel\nsamples: 4\n"
                + TINY
                + "vary:\n  council.pb_share: {min: 0, max: 0.1}\n");
    String m = assertThrows(ScenarioException.class, () -> SweepLoader.load(sobol)).getMessage();
    assertTrue(
        m.contains(sobol + ":2:9: design: unknown design \"sobel\"; did you mean sobol?"), m);
    Path grid =
        write(
            "g.yaml",
            "base: "
                + BASE
                + "\ndesign: full-factorial\n"
                + TINY
                + "vary:\n  council.pb_share: {min: 0, max: 0.1}\n");
    m = assertThrows(ScenarioException.class, () -> SweepLoader.load(grid)).getMessage();
    assertTrue(m.contains("council.pb_share: a full-factorial design needs a list"), m);
  }
}
