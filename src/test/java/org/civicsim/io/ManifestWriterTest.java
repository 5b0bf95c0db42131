package org.civicsim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.civicsim.scenario.Scenario;
import org.civicsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestWriterTest {
  @TempDir Path dir;

  @Test
  void recordsTheResolvedScenarioAsAScenarioFileWouldSpellIt() throws Exception {
    Scenario scenario =
        ScenarioLoader.parse(
            "name: tiny\nsteps: 8\ncouncil: {cut_strategy: close-least-used}\n",
            "tiny.yaml",
            List.of());
    Path file = dir.resolve(ResultFiles.MANIFEST);
    ManifestWriter.write(file, manifest(scenario));

    JsonNode json = new ObjectMapper().readTree(Files.readString(file));
    assertEquals("complete", json.get("status").asText());
    assertEquals(2, json.get("replicate_seeds").size());
    assertEquals("abc123-dirty", json.get("git_commit").asText());
    JsonNode s = json.get("scenario");
    assertEquals("tiny", s.get("name").asText());
    assertEquals(8, s.get("steps").asInt());
    assertEquals("close-least-used", s.get("council").get("cut_strategy").asText());
    assertTrue(s.get("output").has("record_every"));
    assertTrue(s.has("community_development"));
    assertFalse(s.has("locals"), "derived values are not scenario keys");
  }

  @Test
  void theScenarioInAManifestLoadsAgain() throws Exception {
    Scenario scenario =
        ScenarioLoader.parse("name: again\nseed: 9\nsteps: 30\n", "again.yaml", List.of());
    String json = ManifestWriter.toJson(manifest(scenario));
    Path copy = dir.resolve("from-manifest.yaml");
    Files.writeString(copy, new ObjectMapper().readTree(json).get("scenario").toString());
    assertEquals(scenario, ScenarioLoader.load(copy, List.of()));
  }

  private static Manifest manifest(Scenario scenario) {
    return new Manifest(
        Manifest.COMPLETE,
        scenario.name(),
        scenario.seed(),
        2,
        scenario.steps(),
        List.of(11L, -12L),
        "0.1.0",
        "abc123-dirty",
        "vendor",
        "17",
        "Linux",
        2,
        List.of("run", "tiny.yaml"),
        "2026-01-01T00:00:00Z",
        "2026-01-01T00:00:01Z",
        1.0,
        List.of(ResultFiles.METRICS),
        scenario);
  }
}
