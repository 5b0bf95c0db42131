package org.civicsim.scenario;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Whatever bytes a scenario or sweep file holds, the loaders either accept it or report {@link
 * ScenarioException} with positioned problems: no other exception escapes, and no problem is a
 * crash that the loader caught and relabelled as "internal error".
 *
 * <p>By default this replays the inputs in {@code
 * src/test/resources/org/civicsim/scenario/LoaderFuzzTestInputs/anyBytes/}; with {@code
 * JAZZER_FUZZ=1} it fuzzes. {@code mvn verify} does both: the {@code fuzz} profile of the pom
 * fuzzes for 45 s from a fixed seed, so that the build is repeatable, and the {@code fuzz-campaign}
 * profile runs long campaigns from fresh seeds (docs/development.md). A crash the fuzzer finds is
 * written into that folder and then replayed by every build.
 */
class LoaderFuzzTest {
  /** A small valid base for sweeps that name {@code base: base.yaml}. */
  private static final String BASE =
      "name: base\nsteps: 2\nreplicates: 1\nborough: {residents: 50, wards: 2}\n";

  private static Path folder;

  private static synchronized Path folder() throws IOException {
    if (folder == null) {
      folder = Files.createTempDirectory("civicsim-fuzz");
      folder.toFile().deleteOnExit();
      Files.writeString(folder.resolve("base.yaml"), BASE);
      folder.resolve("base.yaml").toFile().deleteOnExit();
      folder.resolve("input.yaml").toFile().deleteOnExit();
    }
    return folder;
  }

  @FuzzTest(maxDuration = "45s")
  void anyBytes(byte[] data) throws IOException {
    Path input = folder().resolve("input.yaml");
    Files.write(input, data);
    try {
      Scenario s = ScenarioLoader.load(input, List.of());
      assertTrue(s.replicates() >= 1 && s.steps() >= 0, "a loaded scenario is in range");
    } catch (ScenarioException e) {
      assertReal(e);
    }
    try {
      Sweep sweep = SweepLoader.load(input);
      assertFalse(sweep.points().isEmpty(), "a loaded sweep has design points");
    } catch (ScenarioException e) {
      assertReal(e);
    }
  }

  /** The loader refused the input for a reason of its own, with at least one problem. */
  private static void assertReal(ScenarioException e) {
    assertFalse(e.problems().isEmpty(), "a refusal names at least one problem");
    for (Problem p : e.problems()) {
      // The loader's own wording for a caught crash; a key that merely contains the words is
      // quoted after "unknown key".
      assertFalse(
          p.message().startsWith("internal error"),
          () -> "the loader crashed and hid it: " + p.format());
    }
  }
}
