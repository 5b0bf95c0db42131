package org.civicsim.game;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.civicsim.testing.DebianPackages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The budget game as a room plays it, in Debian's Chromium (headless, through chromedriver, both
 * installed from Debian when missing; CIVICSIM_SKIP_BROWSER=1 skips the test, and says so): the
 * packaged jar's {@code play} serves a tiny place on localhost; a facilitator creates a two-year
 * game in one browser and three players (the council, community groups on a phone's 390 px screen,
 * public agencies) join from theirs. Each year every player sets decisions and commits, and every
 * other player's screen shows them committed (in the second year the facilitator commits one absent
 * player's proposals as they stand); the results each screen shows after each year are those of a
 * headless replay of the saved decisions with the same seed. The community player's page also tries
 * to commit the council's decisions and is refused. Leaves target/game-screenshot.png (the
 * facilitator at the end) and target/game-screenshot-phone.png.
 */
class GameBrowserIT {
  private static final Path ROOT = Path.of(System.getProperty("civicsim.root", "."));
  private static final Path JAR =
      Path.of(System.getProperty("civicsim.jar", "target/civicsim.jar"));
  private static final Duration PATIENCE = Duration.ofSeconds(90);

  private final List<WebDriver> browsers = new ArrayList<>();
  private final List<Path> profiles = new ArrayList<>();
  private Process server;

  @AfterEach
  void stop() throws Exception {
    for (WebDriver d : browsers) {
      try {
        d.quit();
      } catch (RuntimeException e) {
        System.err.println("a browser did not quit: " + e);
      }
    }
    if (server != null) {
      server.destroy();
      if (!server.waitFor(20, TimeUnit.SECONDS)) server.destroyForcibly();
    }
    for (Path p : profiles) deleteTree(p);
  }

  @Test
  void aFacilitatorAndThreePlayersPlayTwoYearsEachInTheirOwnBrowser() throws Exception {
    Assumptions.assumeFalse(
        "1".equals(System.getenv("CIVICSIM_SKIP_BROWSER")),
        "CIVICSIM_SKIP_BROWSER=1: browser test skipped");
    DebianPackages.ensure(
        "the budget game's browser test",
        List.of("chromium", "chromedriver"),
        List.of("chromium", "chromium-driver"),
        "CIVICSIM_SKIP_BROWSER");
    long started = System.nanoTime();
    Path work = ROOT.resolve("target/game-it");
    deleteTree(work);
    Path scenarios = Files.createDirectories(work.resolve("scenarios"));
    Files.copy(GameTest.TINY, scenarios.resolve("tiny.yaml"), StandardCopyOption.REPLACE_EXISTING);
    // A second place to compare with at the end: the same, with no cuts.
    Files.writeString(
        scenarios.resolve("tiny-no-cuts.yaml"),
        Files.readString(GameTest.TINY)
            .replace("name: golden-tiny", "name: tiny-no-cuts")
            .replaceAll("real_terms_per_year: [0-9.]+", "real_terms_per_year: 0.0"));
    Path games = work.resolve("games");
    String url = startServer(scenarios.resolve("tiny.yaml"), games);
    assertTrue(url.startsWith("http://127.0.0.1:"), "localhost by default: " + url);
    int port = Integer.parseInt(url.replaceAll(".*:(\\d+)/$", "$1"));
    assertNotReachableFromOutside(port);

    WebDriver facilitator = browser(1280, 1000);
    facilitator.get(url);
    waitFor(facilitator, "the creation form", d -> displayed(d, "create"));
    WebElement rounds = facilitator.findElement(By.id("rounds"));
    rounds.clear();
    rounds.sendKeys("2");
    WebElement business = facilitator.findElement(By.id("role-business"));
    if (business.isSelected()) business.click();
    new Select(facilitator.findElement(By.id("compare"))).selectByValue("tiny-no-cuts.yaml");
    facilitator.findElement(By.id("create-game")).click();
    waitFor(
        facilitator,
        "three join links",
        d -> d.findElements(By.cssSelector("#link-list a.join-link")).size() == 3);
    Map<String, String> links = new LinkedHashMap<>();
    for (WebElement a : facilitator.findElements(By.cssSelector("#link-list a.join-link"))) {
      links.put(a.getAttribute("data-role"), a.getAttribute("href"));
    }
    assertEquals(List.of("council", "community", "agencies"), List.copyOf(links.keySet()));

    Map<String, WebDriver> players = new LinkedHashMap<>();
    players.put("council", browser(1280, 1000));
    players.put("community", browser(390, 844));
    players.put("agencies", browser(1024, 900));
    for (var p : players.entrySet()) {
      p.getValue().get(links.get(p.getKey()));
      waitFor(p.getValue(), p.getKey() + "'s decisions", d -> displayed(d, "mine"));
      // The place is on the map before the first decision: the tiny scenario's three wards.
      waitFor(
          p.getValue(),
          p.getKey() + "'s map of the wards",
          d -> d.findElements(By.cssSelector("#map .ward")).size() == 3);
    }

    // A player may change only its own role's decisions: the community page tries the council's.
    Object refused =
        ((JavascriptExecutor) players.get("community"))
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "const h = new URLSearchParams(location.hash.slice(1));"
                    + "fetch('/api/games/' + h.get('game') + '/roles/council/decisions', {"
                    + " method: 'POST', headers: {'Content-Type': 'application/json',"
                    + " 'X-Game-Token': h.get('token')},"
                    + " body: JSON.stringify({levers: {pb_share: 0.1}, commit: true})})"
                    + ".then(r => r.text().then(t => done(r.status + ' ' + t)));");
    assertTrue(String.valueOf(refused).startsWith("403 "), String.valueOf(refused));

    List<Map<String, Map<String, String>>> years =
        List.of(
            Map.of(
                "council", Map.of("pb_share", "0.01", "cut_strategy", "salami-slice"),
                "community", Map.of("take_over", "true", "fundraising", "120.0"),
                "agencies", Map.of("health_pool", "0.02")),
            Map.of(
                "council", Map.of("decision_mode", "participatory-budgeting", "cd_workers", "2.0"),
                "community", Map.of("pledge_platform", "true"),
                "agencies", Map.of("police_pool", "0.03")));
    String id = gameId(links.get("council"));
    for (int y = 0; y < years.size(); y++) {
      int year = y + 1;
      for (var p : players.entrySet()) {
        String role = p.getKey();
        WebDriver d = p.getValue();
        for (var lever : years.get(y).get(role).entrySet()) {
          set(d, role, lever.getKey(), lever.getValue());
        }
        if (year == 2 && role.equals("agencies")) {
          // The agencies' player has left the room with its decisions proposed: the facilitator
          // commits them as they stand, once its screen shows them, so that the year runs.
          for (var lever : years.get(y).get(role).entrySet()) {
            waitFor(
                facilitator,
                "the facilitator sees " + role + "'s proposed " + lever.getKey(),
                x -> savedValue(x, role, lever.getKey(), lever.getValue()));
          }
          facilitator
              .findElement(By.cssSelector("button.stand-in[data-role='" + role + "']"))
              .click();
        } else {
          d.findElement(By.id("commit")).click();
        }
        // Every other screen shows this role's decisions committed, with their values: on its
        // card while the year is decided, in the table of committed decisions once it has run.
        for (var other : players.entrySet()) {
          if (other.getKey().equals(role)) continue;
          waitFor(
              other.getValue(),
              other.getKey() + " sees " + role + " commit in year " + year,
              o ->
                  shows(o, role, years.get(year - 1).get(role))
                      || committed(o, role, year, years.get(year - 1).get(role)));
        }
      }
      for (WebDriver d : all(facilitator, players)) {
        waitFor(
            d,
            "the results of year " + year,
            x -> !x.findElements(cell("coverage:all", year)).isEmpty());
      }
      // The results every screen shows are a headless replay's of the saved decisions.
      Game saved = GameFile.read(games.resolve(id));
      List<RoundResult> replayed = Replay.of(saved.setup, saved.decisions());
      assertEquals(year, replayed.size());
      assertEquals(
          GameFile.JSON.writeValueAsString(saved.results()),
          GameFile.JSON.writeValueAsString(replayed),
          "year " + year + ": the game's results equal a headless run of the same decisions");
      for (WebDriver d : all(facilitator, players)) {
        for (var p : players.keySet()) {
          int y0 = year;
          waitFor(
              d,
              p + "'s committed decisions of year " + year,
              o -> committed(o, p, y0, years.get(y0 - 1).get(p)));
        }
        for (int r = 1; r <= year; r++) {
          for (String key : List.of("participation_any:all", "voice_share:q1", "coverage:all")) {
            String shown = text(d, cell(key, r));
            String[] mg = key.split(":");
            String expected =
                String.format(Locale.ROOT, "%.3f", replayed.get(r - 1).get(mg[0], mg[1]));
            assertEquals(expected, shown, key + " in year " + r);
          }
        }
      }
    }
    waitFor(facilitator, "the debrief", d -> displayed(d, "debrief") && displayed(d, "export-box"));
    assertTrue(
        facilitator.findElement(By.id("debrief-table")).getText().contains("tiny-no-cuts.yaml"));
    assertTrue(facilitator.findElement(By.id("debrief-text")).getText().contains("poorest fifth"));
    // At the debrief the facilitator compares the room's years with no other place, then with the
    // place without cuts again; the table follows each choice.
    waitFor(
        facilitator,
        "the places to compare with",
        d -> d.findElements(By.cssSelector("#debrief-compare option")).size() == 3);
    for (String against : List.of("", "tiny-no-cuts.yaml")) {
      new Select(facilitator.findElement(By.id("debrief-compare"))).selectByValue(against);
      facilitator.findElement(By.id("compare-again")).click();
      int columns = against.isEmpty() ? 3 : 4;
      waitFor(
          facilitator,
          "the debrief compared with " + (against.isEmpty() ? "nothing" : against),
          d ->
              displayed(d, "debrief")
                  && d.findElements(By.cssSelector("#debrief-table tr:first-child th")).size()
                      == columns);
    }
    assertTrue(
        facilitator.findElement(By.id("debrief-table")).getText().contains("tiny-no-cuts.yaml"));

    WebDriver phone = players.get("community");
    waitFor(phone, "the debrief on the phone", d -> displayed(d, "debrief"));
    Number page =
        (Number)
            ((JavascriptExecutor) phone)
                .executeScript("return document.documentElement.scrollWidth;");
    Number screen =
        (Number) ((JavascriptExecutor) phone).executeScript("return window.innerWidth;");
    assertTrue(
        page.intValue() <= screen.intValue(),
        "at a phone's width the page is " + page + " px wide on a " + screen + " px screen");
    // The saved game replayed without a server, as a researcher would: the same results.
    Process replay =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                JAR.toAbsolutePath().toString(),
                "play",
                "--replay",
                games.resolve(id).toString(),
                "--out",
                work.resolve("replay").toString())
            .redirectErrorStream(true)
            .start();
    String said = new String(replay.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(replay.waitFor(120, TimeUnit.SECONDS), "the replay did not finish");
    assertEquals(0, replay.exitValue(), said);
    assertTrue(said.contains("Replayed 2 years from the saved decisions: the same results"), said);
    assertTrue(Files.isRegularFile(work.resolve("replay/room/metrics.csv")));
    assertTrue(Files.isRegularFile(work.resolve("replay/report/report.html")));
    Path target = ROOT.resolve("target");
    // The whole page in one picture, for the README.
    Number height =
        (Number)
            ((JavascriptExecutor) facilitator)
                .executeScript("return document.documentElement.scrollHeight;");
    facilitator
        .manage()
        .window()
        .setSize(new Dimension(1280, Math.min(4000, height.intValue() + 120)));
    screenshot(facilitator, target.resolve("game-screenshot.png"));
    ((JavascriptExecutor) phone).executeScript("window.scrollTo(0, 0);");
    screenshot(phone, target.resolve("game-screenshot-phone.png"));
    System.out.printf(
        Locale.ROOT,
        "budget game in the browser: 1 facilitator, %d players, %d years, %.1f s%n",
        players.size(),
        years.size(),
        (System.nanoTime() - started) / 1e9);
  }

  private static String gameId(String link) {
    return link.replaceAll(".*#game=([a-z0-9]+)&.*", "$1");
  }

  private static List<WebDriver> all(WebDriver facilitator, Map<String, WebDriver> players) {
    List<WebDriver> out = new ArrayList<>(players.values());
    out.add(0, facilitator);
    return out;
  }

  private static By cell(String metric, int round) {
    return By.cssSelector("tr[data-metric='" + metric + "'] td[data-round='" + round + "']");
  }

  private static String text(WebDriver d, By by) {
    for (int i = 0; ; i++) {
      try {
        return d.findElement(by).getText();
      } catch (StaleElementReferenceException e) {
        if (i == 5) throw e;
      }
    }
  }

  private static boolean displayed(WebDriver d, String id) {
    List<WebElement> e = d.findElements(By.id(id));
    return !e.isEmpty() && e.get(0).isDisplayed();
  }

  /** The role's card on this screen is committed and shows these values. */
  private static boolean shows(WebDriver d, String role, Map<String, String> values) {
    WebElement card = d.findElement(By.cssSelector(".card[data-role='" + role + "']"));
    if (!card.getAttribute("class").contains("committed")) return false;
    for (var v : values.entrySet()) {
      String shown =
          card.findElement(By.cssSelector("dd[data-lever='" + v.getKey() + "']")).getText();
      String want = v.getValue().equals("true") ? "yes" : v.getValue();
      if (!shown.equals(want)) return false;
    }
    return true;
  }

  /** Sets one of the player's own levers, as a person would, and waits until it is saved. */
  private void set(WebDriver d, String role, String lever, String value) {
    WebElement input = d.findElement(By.id("lever-" + lever));
    if (input.getTagName().equals("select")) {
      new Select(input).selectByValue(value);
    } else {
      input.sendKeys(Keys.chord(Keys.CONTROL, "a"), value, Keys.TAB);
    }
    waitFor(d, lever + " saved", x -> savedValue(x, role, lever, value));
  }

  /** The table of committed decisions shows these values of the role's in that year. */
  private static boolean committed(WebDriver d, String role, int year, Map<String, String> values) {
    for (var v : values.entrySet()) {
      List<WebElement> cell =
          d.findElements(
              By.cssSelector(
                  "#history-table td[data-role='"
                      + role
                      + "'][data-lever='"
                      + v.getKey()
                      + "'][data-round='"
                      + year
                      + "']"));
      String want = v.getValue().equals("true") ? "yes" : v.getValue();
      if (cell.isEmpty() || !cell.get(0).getText().equals(want)) return false;
    }
    return true;
  }

  private static boolean savedValue(WebDriver d, String role, String lever, String value) {
    String shown =
        d.findElement(
                By.cssSelector(".card[data-role='" + role + "'] dd[data-lever='" + lever + "']"))
            .getText();
    return shown.equals(value.equals("true") ? "yes" : value);
  }

  private static void waitFor(
      WebDriver d, String what, java.util.function.Function<WebDriver, Boolean> ready) {
    try {
      new WebDriverWait(d, PATIENCE)
          .pollingEvery(Duration.ofMillis(200))
          .ignoring(StaleElementReferenceException.class)
          .until(ready::apply);
    } catch (org.openqa.selenium.TimeoutException e) {
      String status =
          d.findElements(By.id("status")).isEmpty() ? "" : d.findElement(By.id("status")).getText();
      fail("waited " + PATIENCE.toSeconds() + " s for " + what + "; the page says: " + status);
    }
  }

  private WebDriver browser(int width, int height) throws IOException {
    Path profile = Files.createTempDirectory("civicsim-chromium-");
    profiles.add(profile);
    ChromeOptions o = new ChromeOptions();
    o.setBinary(DebianPackages.find("chromium").toString());
    o.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--user-data-dir=" + profile,
        "--window-size=" + width + "," + height);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(DebianPackages.find("chromedriver").toFile())
            .usingAnyFreePort()
            .withTimeout(Duration.ofSeconds(60))
            .build();
    WebDriver d = new ChromeDriver(service, o);
    browsers.add(d);
    d.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    d.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    d.manage().window().setSize(new Dimension(width, height));
    return d;
  }

  private static void screenshot(WebDriver d, Path file) throws IOException {
    Files.createDirectories(file.getParent());
    byte[] png = ((TakesScreenshot) d).getScreenshotAs(OutputType.BYTES);
    Files.write(file, png);
  }

  /** Starts {@code ./civicsim play} from the packaged jar on a free port; returns its link. */
  private String startServer(Path scenario, Path games) throws Exception {
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-jar",
            JAR.toAbsolutePath().toString(),
            "play",
            scenario.toString(),
            "--port",
            "0",
            "--games",
            games.toString());
    server = new ProcessBuilder(command).redirectErrorStream(true).start();
    BlockingQueue<String> lines = new ArrayBlockingQueue<>(1000);
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader r =
                  new BufferedReader(
                      new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                  System.out.println("[play] " + line);
                  lines.offer(line);
                }
              } catch (IOException e) {
                // the server stopped
              }
            });
    reader.setDaemon(true);
    reader.start();
    long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < end) {
      String line = lines.poll(1, TimeUnit.SECONDS);
      if (line != null && line.startsWith("The budget game: ")) {
        return line.substring("The budget game: ".length()).trim();
      }
      if (!server.isAlive() && lines.isEmpty()) break;
    }
    fail("./civicsim play printed no link within 60 s");
    return null;
  }

  /** The server listens on localhost only: this machine's other addresses are refused. */
  private static void assertNotReachableFromOutside(int port) throws IOException {
    for (NetworkInterface n : Collections.list(NetworkInterface.getNetworkInterfaces())) {
      if (n.isLoopback() || !n.isUp()) continue;
      for (InetAddress a : Collections.list(n.getInetAddresses())) {
        if (!(a instanceof Inet4Address)) continue;
        try (Socket s = new Socket()) {
          s.connect(new InetSocketAddress(a, port), 2000);
          fail(
              "the game answered on "
                  + a.getHostAddress()
                  + ":"
                  + port
                  + ", not only on localhost");
        } catch (IOException refused) {
          // as it should be
        }
      }
    }
  }

  private static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p)) return;
    try (var s = Files.walk(p)) {
      for (Path x : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(x);
    }
  }
}
