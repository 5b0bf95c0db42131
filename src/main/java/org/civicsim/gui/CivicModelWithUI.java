package org.civicsim.gui;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
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
 * The visualiser: MASON's Console with the budget simulator in its Model tab, the borough map,
 * and the live charts, measured every few weeks (the chart interval) so that charting does not
 * slow a large run.
 */
public class CivicModelWithUI extends GUIState {
  private final Charts charts = new Charts();
  private final BoroughMap map = new BoroughMap();
  private final ResidentNetwork network = new ResidentNetwork();
  private Display2D networkDisplay;
  private JFrame networkFrame;
  private final Snapshot snapshot = new Snapshot();
  private final Snapshot compareSnapshot = new Snapshot();
  private Display2D mapDisplay;
  private JFrame mapFrame;
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
        + " and a council whose budget is cut, week by week. Pick a scenario in the Model tab,"
        + " press play, and move the budget sliders: a change takes effect at the council's next"
        + " budget cycle and is marked on the charts with a dashed line.</p>"
        + "<p>Map: ward tiles shaded by coverage (white = 0.5 or less, blue = 1) or"
        + " participation (white = 0, blue = 0.8);"
        + " facility dots black = council, orange = community, vermilion = closed.</p></html>";
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
    mapFrame.setTitle("Borough map: wards by coverage or participation; facilities by who runs them");
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
  }

  @Override
  public void quit() {
    super.quit();
    if (mapFrame != null) mapFrame.dispose();
    if (networkFrame != null) networkFrame.dispose();
    networkFrame = null;
    networkDisplay = null;
    mapFrame = null;
    mapDisplay = null;
  }

  Charts charts() {
    return charts;
  }

  /**
   * Opens the visualiser. With {@code autoplay} above 0 (a hook for the GUI test) it writes where
   * the play button is to {@code status}.play, pauses after that many weeks once play is
   * pressed, moves the cut-rate slider, and writes what the charts hold to {@code status}.
   */
  public static void open(CivicSimulation sim, int autoplay, Path status) {
    SwingUtilities.invokeLater(
        () -> {
          CivicModelWithUI ui = new CivicModelWithUI(sim);
          Console console = new Console(ui);
          console.setLocation(0, 0);
          console.setSize(400, 600);
          console.setVisible(true);
          if (autoplay > 0) new AutoPlay(ui, console, autoplay, status).begin();
        });
  }

  /** The test hook: show where play is, pause at a week, move a slider, report the charts. */
  private static final class AutoPlay {
    private final CivicModelWithUI ui;
    private final Console console;
    private final int weeks;
    private final Path status;
    private boolean moved;
    private boolean announced;

    AutoPlay(CivicModelWithUI ui, Console console, int weeks, Path status) {
      this.ui = ui;
      this.console = console;
      this.weeks = weeks;
      this.status = status;
    }

    void begin() {
      console.setWhenShouldPause(weeks);
      Timer timer = new Timer(200, null);
      timer.addActionListener(
          e -> {
            if (!announced) {
              // The test clicks the play button itself, as a user would: tell it where it is.
              announced = announcePlayButton();
              return;
            }
            CivicSimulation sim = ui.sim();
            if (sim.model() == null || sim.model().week() < weeks
                || console.getPlayState() != Console.PS_PAUSED) {
              return;
            }
            if (!moved) {
              moved = true;
              sim.setCutRate(Math.min(0.2, sim.getCutRate() + 0.05));
              showModelTab(console);
              return; // the mark is drawn on the next turn of the Swing thread
            }
            timer.stop();
            write(sim);
          });
      timer.start();
    }

    /** Writes the play button's centre on the screen to STATUS.play; false if not shown yet. */
    private boolean announcePlayButton() {
      javax.swing.JButton play = playButton(console.getContentPane(), null);
      if (play == null || !play.isShowing()) return false;
      java.awt.Point at = play.getLocationOnScreen();
      String text = (at.x + play.getWidth() / 2) + " " + (at.y + play.getHeight() / 2) + "\n";
      writeAtomically(status.resolveSibling(status.getFileName() + ".play"), text);
      return true;
    }

    /** The Console's play button: the leftmost icon-only button outside the tabs. */
    private static javax.swing.JButton playButton(java.awt.Container c, javax.swing.JButton best) {
      for (java.awt.Component child : c.getComponents()) {
        if (child instanceof javax.swing.JTabbedPane) continue;
        if (child instanceof javax.swing.JButton b
            && b.getIcon() != null
            && (b.getText() == null || b.getText().isEmpty())
            && b.isShowing()
            && (best == null || b.getLocationOnScreen().x < best.getLocationOnScreen().x)) {
          best = b;
        } else if (child instanceof java.awt.Container inner) {
          best = playButton(inner, best);
        }
      }
      return best;
    }

    /** Brings the Model tab, with the sliders, to the front for the screenshot. */
    private static void showModelTab(java.awt.Container c) {
      for (java.awt.Component child : c.getComponents()) {
        if (child instanceof javax.swing.JTabbedPane tabs) {
          int k = tabs.indexOfTab("Model");
          if (k >= 0) tabs.setSelectedIndex(k);
          showModelTab(tabs);
        } else if (child instanceof javax.swing.JButton b && "Refresh".equals(b.getText())) {
          b.doClick(); // the inspector shows the slider's new value
        } else if (child instanceof java.awt.Container inner) {
          showModelTab(inner);
        }
      }
    }

    private void write(CivicSimulation sim) {
      String text =
          "week=" + sim.model().week() + "\n"
              + "chart_points=" + ui.charts.points() + "\n"
              + "policy_marks=" + ui.charts.marks() + "\n"
              + "cut_rate=" + sim.getCutRate() + "\n";
      writeAtomically(status, text);
    }

    private static void writeAtomically(Path file, String text) {
      try {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, text);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        System.err.println("cannot write " + file + ": " + e.getMessage());
      }
    }
  }
}
