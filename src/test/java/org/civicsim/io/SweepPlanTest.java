package org.civicsim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.civicsim.scenario.Sweep;
import org.civicsim.scenario.SweepLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepPlanTest {
  @TempDir Path dir;

  private Sweep sweep() throws Exception {
    String base = Path.of("scenarios/baseline.yaml").toAbsolutePath().toString();
    Path f =
        Files.writeString(
            dir.resolve("ff.yaml"),
            "base: "
                + base
                + "\ndesign: full-factorial\nreplicates: 20\nseed: 1\n"
                + "set:\n  steps: 8\n  borough.residents: 300\n"
                + "vary:\n  council.pb_share: [0, 0.01, 0.02, 0.05, 0.1]\n");
    return SweepLoader.load(f);
  }

  @Test
  void runSeedsAreDistinct() throws Exception {
    SweepPlan plan = new SweepPlan(sweep(), false);
    Set<Long> seeds = new HashSet<>();
    for (int r = 0; r < plan.sweep().runs(); r++) {
      seeds.add(plan.runSeed(r));
    }
    assertEquals(plan.sweep().runs(), seeds.size());
  }

  @Test
  void thePlanReadBackIsThePlanWritten() throws Exception {
    SweepPlan plan = new SweepPlan(sweep(), true);
    String json = plan.json(null, Shard.WHOLE);
    SweepPlan read = SweepPlan.read(json);
    assertEquals(json, read.json(null, Shard.WHOLE));
    assertTrue(read.everyStep());
    assertEquals(plan.runSeed(37), read.runSeed(37));
  }
}
