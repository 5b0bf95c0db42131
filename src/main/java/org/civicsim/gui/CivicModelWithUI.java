package org.civicsim.gui;

import java.awt.Color;
import java.nio.file.Path;
import java.util.List;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import org.civicsim.metrics.Observer;
import org.civicsim.model.CivicModel;
import org.civicsim.model.Council;
import sim.display.Console;
import sim.display.Controller;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The visualiser: MASON's Console with the scenario's settings in its Model tab, the budget
 * simulator window, the borough map, the resident network and the live charts, measured every few
 * weeks (the chart interval) so that charting does not slow a large run. Double-click a ward, a
 * facility, a ward's groups or a resident to inspect it in the Console.
 */
public class CivicModelWithUI extends GUIState {
  private final LiveCharts charts = new LiveCharts();
  private final BoroughMap map = new BoroughMap();
  private final ResidentNetwork network = new ResidentNetwork();
  private Display2D networkDisplay;
  private JFrame networkFrame;
  private final Snapshot snapshot = new Snapshot();
  private final Snapshot compareSnapshot = new Snapshot();
  private Display2D mapDisplay;
  private JFrame mapFrame;
  private BudgetSimulator budget;
  private Observer observer;
  private Observer compareObserver;

  public CivicModelWithUI(CivicSimulation sim) {
    super(sim);
  }

  public static String getName() {
    return "civicsim: civic participation under budget cuts";
  }

  public static Object getInfo() {
    return "<html><h2>civicsim</h2><p>Residents, community groups, community-development workers"
        + " and a council whose budget is cut, week by week. Pick a scenario in the Model"
        + " tab, press play, and move the sliders in the Budget simulator window: a change"
        + " takes effect at the council's next budget cycle (the window says which week) and"
        + " is marked on the charts with a dashed line.</p><p>Double-click a ward, a"
        + " facility, a ward's groups (purple disc) or a resident to inspect it in the"
        + " Inspectors tab.</p><p>Map: ward tiles shaded by coverage (white = 0.5 or less,"
        + " blue = 1) or participation (white = 0, blue = 0.8); facility dots black ="
        + " council, orange = community, vermilion = closed; the purple disc holds the"
        + " number of community groups in the ward, their members beside it.</p></html>";
  }

  CivicSimulation sim() {
    return (CivicSimulation) state;
  }

  @Override
  public Object getSimulationInspectedObject() {
    return state;
  }

  @Override
  public void start() {
    super.start();
    CivicSimulation sim = sim();
    CivicModel m = sim.model();
    observer = new Observer(m);
    compareObserver = sim.comparison() == null ? null : new Observer(sim.comparison());
    snapshot.wards(m.wardCount());
    charts.reset(sim.scenarioName(), sim.comparisonName());
    sim.onPolicyChange = week -> SwingUtilities.invokeLater(() -> charts.mark(week));
    measure();
    map.build(sim, snapshot);
    mapDisplay.reset();
    mapDisplay.setBackdrop(Color.WHITE);
    mapDisplay.repaint();
    network.build(sim);
    networkDisplay.reset();
    networkDisplay.setBackdrop(Color.WHITE);
    networkDisplay.repaint();
    budget.refresh();
    // After the models' week: measure at the chart interval.
    scheduleRepeatingImmediatelyAfter(
        (Steppable)
            (SimState s) -> {
              if (sim.model().week() % sim.getChartInterval() == 0) measure();
            });
  }

  /** Measures both models at the current week and adds the points to the charts. */
  private void measure() {
    CivicSimulation sim = sim();
    observer.observe(snapshot, true);
    Snapshot b = null;
    double[] spendB = null;
    if (compareObserver != null) {
      compareObserver.observe(compareSnapshot, false);
      b = compareSnapshot;
      spendB = spend(sim.comparison());
    }
    charts.record(sim.model().week(), snapshot, spend(sim.model()), b, spendB);
  }

  private static double[] spend(CivicModel m) {
    double[] total = new double[Council.LINES.length];
    for (Council c : m.councils()) {
      double[] s = c.spentByLine();
      for (int k = 0; k < total.length; k++) total[k] += s[k];
    }
    return total;
  }

  @Override
  public void init(Controller c) {
    super.init(c);
    mapDisplay = new Display2D(500, 500, this);
    mapDisplay.attach(map.portrayal, "Wards and facilities");
    mapFrame = mapDisplay.createFrame();
    mapFrame.setTitle(
        "Borough map: wards by coverage or participation; facilities by who runs them; groups");
    c.registerFrame(mapFrame);
    mapFrame.setLocation(400, 0);
    mapFrame.setSize(520, 600);
    mapFrame.setVisible(true);
    networkDisplay = new Display2D(880, 420, this);
    networkDisplay.attach(network.ties, "Ties");
    networkDisplay.attach(network.residents, "Residents");
    networkFrame = networkDisplay.createFrame();
    networkFrame.setTitle(
        "Residents (a sample) by ward: grey none, sky informal, green formal, orange civic,"
            + " vermilion co-production");
    c.registerFrame(networkFrame);
    networkFrame.setLocation(0, 600);
    networkFrame.setSize(920, 480);
    networkFrame.setVisible(true);
    List<JFrame> frames = charts.frames();
    // Two by two to the right of the map: everything fits a 1920x1080 screen.
    for (int k = 0; k < frames.size(); k++) {
      JFrame f = frames.get(k);
      f.setSize(500, 400);
      f.setLocation(920 + (k % 2) * 500, (k / 2) * 400);
      c.registerFrame(f);
      f.setVisible(true);
    }
    budget = new BudgetSimulator(sim());
    c.registerFrame(budget.frame);
    budget.frame.setLocation(920, 800);
    budget.frame.setSize(1000, 280);
    budget.frame.setVisible(true);
  }

  @Override
  public void quit() {
    super.quit();
    if (mapFrame != null) mapFrame.dispose();
    if (networkFrame != null) networkFrame.dispose();
    if (budget != null) budget.dispose();
    budget = null;
    networkFrame = null;
    networkDisplay = null;
    mapFrame = null;
    mapDisplay = null;
  }

  LiveCharts charts() {
    return charts;
  }

  BudgetSimulator budget() {
    return budget;
  }

  Display2D mapDisplay() {
    return mapDisplay;
  }

  Display2D networkDisplay() {
    return networkDisplay;
  }

  BoroughMap map() {
    return map;
  }

  ResidentNetwork network() {
    return network;
  }

  /**
   * Opens the visualiser. With {@code autoplay} above 0 (the GUI test's hook) it also reports, in
   * files beside {@code status}, where the test should click and drag and what the charts hold: see
   * {@link TestHooks}.
   */
  public static void open(CivicSimulation sim, int autoplay, Path status) {
    SwingUtilities.invokeLater(
        () -> {
          CivicModelWithUI ui = new CivicModelWithUI(sim);
          Console console = new Console(ui);
          console.setLocation(0, 0);
          console.setSize(400, 600);
          console.setVisible(true);
          if (autoplay > 0) new TestHooks(ui, console, autoplay, status).begin();
        });
  }
}
