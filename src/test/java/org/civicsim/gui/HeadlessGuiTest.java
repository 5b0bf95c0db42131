package org.civicsim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.GraphicsEnvironment;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.civicsim.cli.Main;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** On a server with no display the visualiser says how to get one instead of a stack trace. */
class HeadlessGuiTest {
  @Test
  void withoutADisplayTheVisualiserExplainsXvfbRunAndExitsWithTwo() {
    Assumptions.assumeTrue(GraphicsEnvironment.isHeadless(), "a display is available here");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
    int code =
        new Main(new PrintStream(new ByteArrayOutputStream()), errStream)
            .execute("gui", "scenarios/baseline.yaml");
    assertEquals(2, code);
    assertTrue(
        err.toString(StandardCharsets.UTF_8).contains("xvfb-run ./civicsim gui"), err.toString());
  }

  @Test
  void aMistakeInTheScenarioIsReportedBeforeAnyWindowOpens() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        new Main(
                new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8))
            .execute("gui", "scenarios/baseline.yaml", "--set", "borough.residents=-5");
    assertEquals(2, code);
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("borough.residents"), err.toString());
  }
}
