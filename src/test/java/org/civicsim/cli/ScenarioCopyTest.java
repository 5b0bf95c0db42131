package org.civicsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.civicsim.scenario.Scenario;
import org.civicsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/** Renaming a scenario's text leaves every other character as the student wrote it. */
class ScenarioCopyTest {

  private static Scenario load(String yaml) throws Exception {
    return ScenarioLoader.parse(yaml, "copy.yaml", List.of());
  }

  @Test
  void onlyTheValuesOfNameAndDescriptionChange() {
    assertEquals(
        "# top\nname: b\ndescription: New one\nsteps: 52 # a year\n",
        ScenarioCopy.rename(
            "# top\nname: a\ndescription: Old one\nsteps: 52 # a year\n", "b", "New one"));
  }

  @Test
  void windowsLineEndsAByteOrderMarkAndAMissingLastLineEndAreKept() throws Exception {
    String copied =
        ScenarioCopy.rename("\uFEFFname: a\r\ndescription: old\r\nsteps: 52", "b", "new");
    assertEquals("\uFEFFname: b\r\ndescription: new\r\nsteps: 52", copied);
    assertEquals("b", load(copied).name());
  }

  @Test
  void aDescriptionOverSeveralLinesIsReplacedWhole() throws Exception {
    String copied =
        ScenarioCopy.rename(
            "name: a\ndescription: >\n  folded over\n  two lines\n\n# seeds\nseed: 3\n",
            "b",
            "one");
    assertEquals("name: b\ndescription: one\n\n# seeds\nseed: 3\n", copied);
    copied =
        ScenarioCopy.rename(
            "name: a\ndescription: plain text\n  carried on\n  # a note\nseed: 3\n", "b", "one");
    assertEquals("name: b\ndescription: one\n  # a note\nseed: 3\n", copied);
    copied = ScenarioCopy.rename("name: a\ndescription: \"open\n  quote\"\nseed: 3\n", "b", "one");
    assertEquals("name: b\ndescription: one\nseed: 3\n", copied);
    assertEquals(3L, load(copied).seed());
  }

  @Test
  void missingNameAndDescriptionAreAddedBeforeTheFirstKey() throws Exception {
    String copied = ScenarioCopy.rename("# comment\n\nsteps: 52\n", "b", "new");
    assertEquals("# comment\n\nname: b\ndescription: new\nsteps: 52\n", copied);
    copied = ScenarioCopy.rename("name: a\nsteps: 52\n", "b", "new");
    assertEquals("name: b\ndescription: new\nsteps: 52\n", copied);
  }

  @Test
  void nestedKeysCalledNameAreLeftAlone() {
    String text = "name: a\nboroughs:\n  - name: north\n";
    assertEquals(
        "name: b\ndescription: d\nboroughs:\n  - name: north\n",
        ScenarioCopy.rename(text, "b", "d"));
  }

  @Test
  void valuesThatYamlWouldReadAsSomethingElseAreQuoted() throws Exception {
    assertEquals("deep-cuts", ScenarioCopy.scalar("deep-cuts"));
    assertEquals("\"2024\"", ScenarioCopy.scalar("2024"));
    assertEquals("\"yes\"", ScenarioCopy.scalar("yes"));
    assertEquals("\"a: b # c\"", ScenarioCopy.scalar("a: b # c"));
    assertEquals("\"say \\\"hi\\\"\\n\"", ScenarioCopy.scalar("say \"hi\"\n"));
    assertEquals("\"\"", ScenarioCopy.scalar(""));
    for (String text :
        new String[] {"2024", "yes", "null", "a: b # c", "say \"hi\"\n", "", "x\\y"}) {
      Scenario s = load("name: n\ndescription: " + ScenarioCopy.scalar(text) + "\n");
      assertEquals(text, s.description(), text);
    }
  }
}
