package org.civicsim.scenario;

import static org.civicsim.scenario.Loading.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading scenario files from disk: whatever is there, the answer is a list of problems. */
class FilesTest {
  @TempDir Path dir;

  private Problem onlyProblem(Path file, String... overrides) {
    ScenarioException e =
        assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file, List.of(overrides)));
    assertEquals(1, e.problems().size(), e.getMessage());
    return e.problems().get(0);
  }

  @Test
  void aMissingFileCannotBeRead() {
    Path file = dir.resolve("nope.yaml");
    assertProblem(onlyProblem(file), file.toString(), 0, 0, null, "cannot read file: no such file");
  }

  @Test
  void aDirectoryCannotBeRead() {
    assertProblem(onlyProblem(dir), dir.toString(), 0, 0, null, "it is a directory");
  }

  @Test
  void randomBytesAreRefusedAsNotText() throws Exception {
    byte[] bytes = new byte[4096];
    new Random(1).nextBytes(bytes);
    Path file = Files.write(dir.resolve("garbage.yaml"), bytes);
    assertProblem(onlyProblem(file), file.toString(), 0, 0, null, "not UTF-8 text");
  }

  @Test
  void controlCharactersInValidUtf8AreBinary() throws Exception {
    Path file =
        Files.write(dir.resolve("nul.yaml"), "name: x\0y\n".getBytes(StandardCharsets.UTF_8));
    assertProblem(onlyProblem(file), file.toString(), 1, 8, null, "binary data");
  }

  @Test
  void aFileOverThreeMegabytesIsRefusedBeforeParsing() throws Exception {
    Path file = dir.resolve("huge.yaml");
    Files.writeString(file, "description: \"" + "x".repeat(3 * 1024 * 1024) + "\"\n");
    assertProblem(onlyProblem(file), file.toString(), 0, 0, null, "too large", "under 3 MB");
    Path fifty = dir.resolve("fifty.yaml");
    Files.writeString(fifty, "name: fifty\n" + ("# " + "x".repeat(98) + "\n").repeat(512 * 1024));
    assertProblem(onlyProblem(fifty), fifty.toString(), 0, 0, null, "too large (50.5 MB)");
  }

  @Test
  void aByteOrderMarkIsIgnored() throws Exception {
    Path file = Files.writeString(dir.resolve("bom.yaml"), "\uFEFFname: bom\n");
    assertEquals("bom", ScenarioLoader.load(file, List.of()).name());
  }

  @Test
  void problemsNameTheFileAsGiven() throws Exception {
    Path file = Files.writeString(dir.resolve("x.yaml"), "name: x\nsteps: many\n");
    assertProblem(onlyProblem(file), file.toString(), 2, 8, "steps", "must be a whole number");
  }
}
