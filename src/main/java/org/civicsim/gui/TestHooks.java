package org.civicsim.gui;

import java.awt.Component;
import java.awt.Container;
import java.awt.Point;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.swing.JButton;
import javax.swing.JSlider;
import javax.swing.JTabbedPane;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import javax.swing.plaf.basic.BasicSliderUI;
import org.civicsim.io.AtomicFile;
import sim.display.Console;
import sim.display.Display2D;
import sim.portrayal.FieldPortrayal2D;
import sim.portrayal.Inspector;
import sim.util.Bag;

/**
 * What the GUI test needs to drive the visualiser with a real mouse, written only when the test
 * asks for it ({@code civicsim.gui.autoplay=WEEKS}). Beside the status file STATUS it writes:
 * STATUS.play, the play button's centre on the screen once it has stood still for a look (the
 * window manager may still move a window it has just shown); STATUS.playing, once the run has
 * started; STATUS.paused, once the run has paused after WEEKS weeks, where the cut-rate slider's
 * thumb and track are, where the pause button is and where a resident, a ward and a ward's groups
 * are drawn; STATUS.inspected, the titles of the inspectors the Console has shown; and, once the
 * run has paused again {@link #MORE} weeks later, STATUS itself: the week, the chart points, the
 * marks and the policy in force. Screen positions are "x y" in pixels.
 */
final class TestHooks {
  /** Weeks played after the first pause, so that a change made then is in force and charted. */
  static final int MORE = 60;

  private final CivicModelWithUI ui;
  private final Console console;
  private final int weeks;
  private final Path status;
  private final Set<String> inspected = new LinkedHashSet<>();
  private int phase;

  /** The play button's centre at the last look, until it is written. */
  private String playAt;

  private boolean playing;

  TestHooks(CivicModelWithUI ui, Console console, int weeks, Path status) {
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
          if (tick()) timer.stop();
        });
    timer.start();
  }

  /** One look at the GUI; true when everything has been reported. */
  private boolean tick() {
    CivicSimulation sim = ui.sim();
    boolean paused = console.getPlayState() == Console.PS_PAUSED && sim.model() != null;
    noteInspectors();
    switch (phase) {
      case 0 -> {
        List<JButton> buttons = consoleButtons();
        if (buttons.isEmpty() || !buttons.get(0).isShowing()) return false;
        String at = centre(buttons.get(0));
        boolean still = at.equals(playAt);
        playAt = at;
        if (!still) return false;
        write(sibling("play"), at);
        phase = 1;
      }
      case 1 -> {
        if (!playing && console.getPlayState() != Console.PS_STOPPED) {
          write(sibling("playing"), "week=" + (sim.model() == null ? 0 : sim.model().week()));
          playing = true;
        }
        if (!paused || sim.model().week() < weeks) return false;
        console.setWhenShouldPause(weeks + MORE);
        write(sibling("paused"), whereThingsAre());
        phase = 2;
      }
      case 2 -> {
        if (!paused || sim.model().week() < weeks + MORE) return false;
        ui.budget().frame.toFront(); // in the screenshot
        write(status, report());
        return true;
      }
      default -> throw new IllegalStateException("phase " + phase);
    }
    return false;
  }

  private String whereThingsAre() {
    CivicSimulation sim = ui.sim();
    StringBuilder b = new StringBuilder();
    b.append("week=").append(sim.model().week()).append('\n');
    b.append("cut_rate=").append(sim.getCutRate()).append('\n');
    b.append("next_budget_week=").append(sim.model().nextBudgetWeek()).append('\n');
    for (Map.Entry<String, JSlider> e : ui.budget().sliders().entrySet()) {
      JSlider s = e.getValue();
      b.append(e.getKey()).append("_thumb=").append(screenX(s, s.getValue())).append(' ');
      b.append(centreY(s)).append('\n');
      b.append(e.getKey()).append("_track=").append(screenX(s, s.getMinimum())).append(' ');
      b.append(screenX(s, s.getMaximum())).append('\n');
    }
    b.append("pause=").append(centre(consoleButtons().get(1)));
    Object resident = allOn(ui.network().residents).objs[0];
    b.append("resident=").append(onScreen(ui.networkDisplay(), ui.network().residents, resident));
    b.append("resident_name=").append(resident).append('\n');
    BoroughMap.Ward ward = first(BoroughMap.Ward.class);
    b.append("ward=").append(onScreen(ui.mapDisplay(), ui.map().portrayal, ward));
    b.append("ward_name=").append(ward).append('\n');
    BoroughMap.WardGroups groups = first(BoroughMap.WardGroups.class);
    b.append("groups=").append(onScreen(ui.mapDisplay(), ui.map().portrayal, groups));
    b.append("groups_name=").append(groups).append('\n');
    return b.toString();
  }

  private String report() {
    CivicSimulation sim = ui.sim();
    LiveCharts charts = ui.charts();
    return "week="
        + sim.model().week()
        + "\n"
        + "chart_points="
        + charts.points()
        + "\n"
        + "policy_marks="
        + charts.marks()
        + "\n"
        + "mark_weeks="
        + charts.markWeeks()
        + "\n"
        + "cut_rate="
        + sim.getCutRate()
        + "\n"
        + "cut_rate_in_force="
        + sim.model().policy(0).council().cuts().realTermsPerYear()
        + "\n"
        + "inspected="
        + String.join(";", inspected)
        + "\n";
  }

  /** Remembers the title of every inspector shown so far and reports them when new ones come. */
  private void noteInspectors() {
    int before = inspected.size();
    for (Object o : console.getAllInspectors()) inspected.add(((Inspector) o).getTitle());
    if (inspected.size() > before) write(sibling("inspected"), String.join("\n", inspected) + "\n");
  }

  private <T> T first(Class<T> type) {
    Bag all = allOn(ui.map().portrayal);
    for (int k = 0; k < all.numObjs; k++) {
      if (type.isInstance(all.objs[k])) return type.cast(all.objs[k]);
    }
    throw new IllegalStateException("no " + type.getSimpleName() + " on the map");
  }

  private static Bag allOn(sim.portrayal.continuous.ContinuousPortrayal2D p) {
    return ((sim.field.continuous.Continuous2D) p.getField()).getAllObjects();
  }

  /** Where an object of a display's field is drawn, on the screen. */
  private static String onScreen(Display2D display, FieldPortrayal2D portrayal, Object object) {
    var info = display.getDrawInfo2D(portrayal, new Rectangle2D.Double(0, 0, 1, 1));
    Point2D.Double at = portrayal.getObjectPosition(object, info);
    Point p = new Point((int) Math.round(at.x), (int) Math.round(at.y));
    SwingUtilities.convertPointToScreen(p, display.insideDisplay);
    return p.x + " " + p.y + "\n";
  }

  /** The screen x at which a horizontal slider shows {@code value}: the middle of its pixels. */
  private static int screenX(JSlider s, int value) {
    BasicSliderUI ui = (BasicSliderUI) s.getUI();
    int lo = -1;
    int hi = -1;
    for (int x = 0; x < s.getWidth(); x++) {
      if (ui.valueForXPosition(x) == value) {
        if (lo < 0) lo = x;
        hi = x;
      }
    }
    if (lo < 0) throw new IllegalStateException("no pixel of the slider shows " + value);
    return s.getLocationOnScreen().x + (lo + hi) / 2;
  }

  private static int centreY(Component c) {
    return c.getLocationOnScreen().y + c.getHeight() / 2;
  }

  private static String centre(Component c) {
    Point at = c.getLocationOnScreen();
    return (at.x + c.getWidth() / 2) + " " + (at.y + c.getHeight() / 2) + "\n";
  }

  /** The Console's play, pause and stop buttons: icon-only buttons outside the tabs, by x. */
  private List<JButton> consoleButtons() {
    List<JButton> found = new ArrayList<>();
    collect(console.getContentPane(), found);
    found.sort((a, b) -> a.getLocationOnScreen().x - b.getLocationOnScreen().x);
    return found;
  }

  private static void collect(Container c, List<JButton> into) {
    for (Component child : c.getComponents()) {
      if (child instanceof JTabbedPane) continue;
      if (child instanceof JButton b
          && b.getIcon() != null
          && (b.getText() == null || b.getText().isEmpty())
          && b.isShowing()) {
        into.add(b);
      } else if (child instanceof Container inner) {
        collect(inner, into);
      }
    }
  }

  private Path sibling(String suffix) {
    return status.resolveSibling(status.getFileName() + "." + suffix);
  }

  private static void write(Path file, String text) {
    try {
      AtomicFile.write(file, out -> out.write(text));
    } catch (IOException e) {
      System.err.println("cannot write " + file + ": " + e.getMessage());
    }
  }
}
