package org.civicsim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.civicsim.testing.DebianPackages;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The visualiser as a councillor would use it, on a virtual screen and a real mouse (xdotool): it
 * opens on the baseline, play is clicked, it pauses after 52 weeks, the cut-rate slider in the
 * budget simulator window is dragged, a resident, a ward and a ward's groups are double-clicked to
 * inspect them, and the run plays on past the next budget cycle: the new cut is then in force,
 * marked on the charts at that cycle's week, and the screenshot shows charts with data. Needs Xvfb,
 * openbox, xdotool and ImageMagick, which it installs from Debian when missing; set
 * CIVICSIM_SKIP_GUI=1 to skip it on a machine that cannot (the skip is reported, never silent).
 * Leaves target/gui-screenshot.png as a build artefact.
 */
class GuiIT {
  private static final Path ROOT = Path.of(System.getProperty("civicsim.root", "."));
  private static final Path JAR =
      Path.of(System.getProperty("civicsim.jar", "target/civicsim.jar"));
  private static final Duration PATIENCE = Duration.ofSeconds(120);

  /** Weeks played before the slider is dragged. */
  private static final int WEEKS = 52;

  private final List<Process> started = new ArrayList<>();

  @Test
  void playsAYearDragsTheCutSliderInspectsByClickingAndChartsTheChange() throws Exception {
    Assumptions.assumeFalse(
        "1".equals(System.getenv("CIVICSIM_SKIP_GUI")), "CIVICSIM_SKIP_GUI=1: GUI test skipped");
    ensureTools();
    Path target = ROOT.resolve("target");
    Path status = target.resolve("gui-status.txt");
    Path screenshot = target.resolve("gui-screenshot.png");
    Files.createDirectories(target);
    for (String suffix : List.of("", ".play", ".playing", ".paused", ".inspected")) {
      Files.deleteIfExists(status.resolveSibling(status.getFileName() + suffix));
    }
    Files.deleteIfExists(screenshot);
    Path log = target.resolve("gui-it.log");
    Files.deleteIfExists(log);
    try {
      int display = freeDisplay();
      String d = ":" + display;
      start(List.of("Xvfb", d, "-screen", "0", "1920x1080x24", "-nolisten", "tcp"), d, log);
      waitFor(
          () -> Files.exists(Path.of("/tmp/.X11-unix/X" + display)),
          Duration.ofSeconds(20),
          "Xvfb did not start on " + d);
      start(List.of("openbox"), d, log);
      Process gui =
          start(
              List.of(
                  javaBin(),
                  "-Djava.awt.headless=false",
                  "-Dcivicsim.gui.autoplay=" + WEEKS,
                  "-Dcivicsim.gui.status=" + status.toAbsolutePath(),
                  "-jar",
                  JAR.toAbsolutePath().toString(),
                  "gui",
                  "scenarios/baseline.yaml",
                  "--set",
                  "borough.residents=5000"),
              d,
              log);

      // Press play as a user would: a click on the Console's play button.
      Path play = sibling(status, "play");
      waitUntil(
          gui,
          log,
          () -> Files.exists(play),
          Duration.ofSeconds(60),
          "the Console did not show its play button");
      pressPlay(gui, log, play, sibling(status, "playing"), d);
      Path pausedFile = sibling(status, "paused");
      waitUntil(
          gui,
          log,
          () -> Files.exists(pausedFile),
          PATIENCE,
          "the visualiser did not pause after "
              + WEEKS
              + " weeks in "
              + PATIENCE.toSeconds()
              + " s");
      Map<String, String> paused = read(pausedFile);
      assertEquals(Integer.toString(WEEKS), paused.get("week"), "weeks played before the pause");

      // The budget simulator is a window of its own; drag its cut-rate slider with the mouse.
      int[] thumb = ints(paused.get("cut_rate_thumb"));
      int[] track = ints(paused.get("cut_rate_track"));
      String window = windowHolding("Budget simulator", thumb, d);
      run(List.of("xdotool", "windowraise", window), d);
      int to = track[0] + (track[1] - track[0]) * 3 / 4;
      double expected = 0.2 * (to - track[0]) / (track[1] - track[0]);
      List<String> drag =
          new ArrayList<>(
              List.of(
                  "xdotool",
                  "mousemove",
                  "--sync",
                  str(thumb[0]),
                  str(thumb[1]),
                  "mousedown",
                  "1",
                  "sleep",
                  "0.3"));
      for (int k = 1; k <= 4; k++) {
        drag.addAll(
            List.of(
                "mousemove",
                "--sync",
                str(thumb[0] + (to - thumb[0]) * k / 4),
                str(thumb[1]),
                "sleep",
                "0.2"));
      }
      drag.addAll(List.of("mouseup", "1"));
      run(drag, d);

      // Double-clicking a resident, a ward and a ward's groups opens their inspectors.
      Path inspectedFile = sibling(status, "inspected");
      for (String thing : List.of("resident", "ward", "groups")) {
        int[] p = ints(paused.get(thing));
        String name = paused.get(thing + "_name");
        run(
            List.of(
                "xdotool",
                "mousemove",
                "--sync",
                str(p[0]),
                str(p[1]),
                "click",
                "--repeat",
                "2",
                "--delay",
                "80",
                "1"),
            d);
        waitUntil(
            gui,
            log,
            () -> Files.exists(inspectedFile) && Files.readAllLines(inspectedFile).contains(name),
            Duration.ofSeconds(20),
            "double-clicking " + name + " showed no inspector for it");
      }

      // Resume with the pause button and play on until the change is in force.
      String[] pause = paused.get("pause").split(" ");
      run(List.of("xdotool", "mousemove", "--sync", pause[0], pause[1], "click", "1"), d);
      waitUntil(
          gui,
          log,
          () -> Files.exists(status),
          PATIENCE,
          "the visualiser did not play on to week " + (WEEKS + TestHooks.MORE));
      Map<String, String> s = read(status);
      assertEquals(Integer.toString(WEEKS + TestHooks.MORE), s.get("week"), "weeks played");
      double cut = Double.parseDouble(s.get("cut_rate"));
      assertEquals(expected, cut, 0.01, "the dragged slider's cut rate: " + s);
      assertEquals(
          cut,
          Double.parseDouble(s.get("cut_rate_in_force")),
          1e-12,
          "the councils' policy after the next budget cycle: " + s);
      assertEquals("1", s.get("policy_marks"), "the slider's change is marked on the charts: " + s);
      assertEquals(
          paused.get("next_budget_week"),
          s.get("mark_weeks"),
          "marked at the week of the next budget cycle after the drag");
      assertTrue(Integer.parseInt(s.get("chart_points")) > 200, "chart points: " + s);
      String found = run(List.of("xdotool", "search", "--name", "Borough map"), d).trim();
      assertTrue(!found.isEmpty(), "no borough map window on the screen");
      Thread.sleep(1500); // let the last chart and table repaints land
      run(List.of("import", "-window", "root", screenshot.toString()), d);
      BufferedImage image = ImageIO.read(screenshot.toFile());
      assertTrue(image != null && image.getWidth() == 1920, "the screenshot cannot be read");
      assertTrue(colours(image) > 50, "the screenshot is blank or nearly so");
    } finally {
      for (int k = started.size() - 1; k >= 0; k--) stop(started.get(k));
    }
  }

  /** The X window called {@code name} (xdotool search) whose area holds the point {@code at}. */
  private static String windowHolding(String name, int[] at, String display) throws Exception {
    String ids = run(List.of("xdotool", "search", "--name", name), display).trim();
    assertTrue(!ids.isEmpty(), "no window called " + name + " on the screen");
    for (String id : ids.split("\\s+")) {
      Map<String, String> g = new HashMap<>();
      for (String line :
          run(List.of("xdotool", "getwindowgeometry", "--shell", id), display).split("\n")) {
        int eq = line.indexOf('=');
        if (eq > 0) g.put(line.substring(0, eq), line.substring(eq + 1).trim());
      }
      int x = Integer.parseInt(g.get("X"));
      int y = Integer.parseInt(g.get("Y"));
      if (at[0] >= x
          && at[0] < x + Integer.parseInt(g.get("WIDTH"))
          && at[1] >= y
          && at[1] < y + Integer.parseInt(g.get("HEIGHT"))) {
        return id;
      }
    }
    fail("no window called " + name + " holds the slider at " + at[0] + "," + at[1]);
    return null;
  }

  private static Path sibling(Path status, String suffix) {
    return status.resolveSibling(status.getFileName() + "." + suffix);
  }

  /**
   * Clicks the play button until the run starts: a click that lands while the window manager is
   * still placing the Console's window misses, so after 10 s without a start it clicks again where
   * the button now is, at most five times.
   */
  private static void pressPlay(Process gui, Path log, Path play, Path playing, String d)
      throws Exception {
    for (int attempt = 1; ; attempt++) {
      String[] at = Files.readString(play).trim().split(" ");
      run(List.of("xdotool", "mousemove", "--sync", at[0], at[1], "click", "1"), d);
      long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (!Files.exists(playing) && gui.isAlive() && System.nanoTime() < end) Thread.sleep(200);
      if (!gui.isAlive()) fail("the visualiser exited early:\n" + Files.readString(log));
      if (Files.exists(playing)) return;
      if (attempt == 5) fail("five clicks on the play button did not start the run");
    }
  }

  private static int[] ints(String xy) {
    assertTrue(xy != null, "the GUI did not say where to click");
    String[] p = xy.trim().split(" ");
    return new int[] {Integer.parseInt(p[0]), Integer.parseInt(p[1])};
  }

  private static String str(int v) {
    return Integer.toString(v);
  }

  /** Waits for {@code check}, failing with the GUI's log if it exits first. */
  private static void waitUntil(Process gui, Path log, Check check, Duration limit, String message)
      throws Exception {
    waitFor(() -> check.ok() || !gui.isAlive(), limit, message);
    if (!gui.isAlive()) fail("the visualiser exited early:\n" + Files.readString(log));
  }

  /** Installs the X tools from Debian when one is missing, or fails saying what to do. */
  private static void ensureTools() throws Exception {
    DebianPackages.ensure(
        "the GUI test",
        List.of("Xvfb", "openbox", "xdotool", "import"),
        List.of("xvfb", "openbox", "xdotool", "imagemagick"),
        "CIVICSIM_SKIP_GUI");
  }

  private static int freeDisplay() {
    for (int n = 90; n < 400; n++) {
      if (!Files.exists(Path.of("/tmp/.X11-unix/X" + n))
          && !Files.exists(Path.of("/tmp/.X" + n + "-lock"))) {
        return n;
      }
    }
    throw new IllegalStateException("no free X display number between 90 and 399");
  }

  private static String javaBin() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private Process start(List<String> cmd, String display, Path log) throws IOException {
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(ROOT.toFile()).redirectErrorStream(true);
    pb.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    pb.environment().put("DISPLAY", display);
    Process p = pb.start();
    started.add(p);
    return p;
  }

  private static String run(List<String> cmd, String display) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(ROOT.toFile()).redirectErrorStream(true);
    pb.environment().put("DISPLAY", display);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes());
    if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
      p.destroyForcibly();
      fail(String.join(" ", cmd) + " failed:\n" + out);
    }
    return out;
  }

  private static void stop(Process p) {
    p.descendants().forEach(ProcessHandle::destroy);
    p.destroy();
    try {
      if (!p.waitFor(5, TimeUnit.SECONDS)) p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private interface Check {
    boolean ok() throws Exception;
  }

  private static void waitFor(Check check, Duration limit, String message) throws Exception {
    long end = System.nanoTime() + limit.toNanos();
    while (!check.ok()) {
      if (System.nanoTime() > end) fail(message);
      Thread.sleep(200);
    }
  }

  private static Map<String, String> read(Path status) throws IOException {
    Map<String, String> m = new HashMap<>();
    for (String line : Files.readAllLines(status)) {
      int eq = line.indexOf('=');
      if (eq > 0) m.put(line.substring(0, eq), line.substring(eq + 1));
    }
    return m;
  }

  /** Distinct colours in a grid of samples over the picture. */
  private static int colours(BufferedImage image) {
    Set<Integer> seen = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 3) {
      for (int x = 0; x < image.getWidth(); x += 3) seen.add(image.getRGB(x, y));
    }
    return seen.size();
  }
}
