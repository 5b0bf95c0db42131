package org.civicsim.gui;

import java.nio.file.Path;
import java.util.List;
import org.civicsim.scenario.ScenarioException;

/**
 * Entry point of {@code civicsim gui}: opens the MASON Console on a scenario and waits until the
 * user quits (the Console ends the program). System properties for the GUI test: {@code
 * civicsim.gui.autoplay=WEEKS} pauses the run after that many weeks once play is pressed and
 * writes, beside {@code civicsim.gui.status=FILE}, where the test should click and drag and then
 * what the charts hold (see {@link TestHooks}).
 */
public final class Visualiser {
  private Visualiser() {}

  /**
   * Opens the visualiser on {@code scenario} with {@code overrides}, compared with {@code compare}
   * when not null, and never returns normally.
   */
  public static void run(Path scenario, List<String> overrides, Path compare)
      throws ScenarioException, InterruptedException {
    CivicSimulation sim = new CivicSimulation(scenario, overrides);
    if (compare != null) sim.compareWith(compare);
    int autoplay = Integer.getInteger("civicsim.gui.autoplay", 0);
    Path status = Path.of(System.getProperty("civicsim.gui.status", "target/gui-status.txt"));
    CivicModelWithUI.open(sim, autoplay, status);
    Object forever = new Object();
    synchronized (forever) {
      while (true) forever.wait();
    }
  }
}
