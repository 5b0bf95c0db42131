package org.civicsim.game;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The game's server under requests a careless or hostile browser could send: another role's
 * decisions are refused, malformed, oversized and path-like requests are answered with a clear
 * refusal and the server goes on serving, no file outside the games folder is read or written.
 */
class GameServerTest {
  @TempDir Path dir;
  private GameStore store;
  private GameServer server;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @BeforeEach
  void start() throws Exception {
    store = GameStore.open(dir.resolve("games"), GameTest.TINY, List.of());
    server = GameServer.start(store, "127.0.0.1", 0);
  }

  @AfterEach
  void stop() {
    server.close();
    store.close();
  }

  private HttpResponse<String> send(String method, String path, String token, String body)
      throws Exception {
    return send(method, path, token, body, Map.of());
  }

  private HttpResponse<String> send(
      String method, String path, String token, String body, Map<String, String> headers)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
            .timeout(Duration.ofSeconds(30))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (token != null) b.header(GameServer.TOKEN, token);
    if (body != null && !headers.containsKey("Content-Type")) {
      b.header("Content-Type", "application/json");
    }
    headers.forEach(b::header);
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The status line of a request written by hand (the HTTP client will not set Host). */
  private String raw(String request) throws Exception {
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(10_000);
      socket
          .getOutputStream()
          .write((request + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      return answer.lines().findFirst().orElse("");
    }
  }

  private GameStore.Created create() throws Exception {
    HttpResponse<String> r =
        send(
            "POST",
            "/api/games",
            null,
            "{\"scenario\":\"tiny.yaml\",\"rounds\":2,"
                + "\"roles\":[\"council\",\"community\",\"agencies\"],\"compare\":\"\"}");
    assertEquals(201, r.statusCode(), r.body());
    return GameFile.JSON.readValue(r.body(), GameStore.Created.class);
  }

  private void assertServing() throws Exception {
    HttpResponse<String> r = send("GET", "/api/scenarios", null, null);
    assertEquals(200, r.statusCode());
    assertTrue(r.body().contains("tiny.yaml"));
  }

  @Test
  void aPlayerIsRefusedAnotherRolesDecisions() throws Exception {
    GameStore.Created g = create();
    String community = g.links().get("community");
    HttpResponse<String> r =
        send(
            "POST",
            "/api/games/" + g.id() + "/roles/council/decisions",
            community,
            "{\"levers\":{\"pb_share\":0.05},\"commit\":true}");
    assertEquals(403, r.statusCode());
    assertTrue(r.body().contains("only the player of the council"), r.body());
    r =
        send(
            "POST",
            "/api/games/" + g.id() + "/roles/community/decisions",
            community,
            "{\"levers\":{\"cut_strategy\":\"salami-slice\"}}");
    assertEquals(403, r.statusCode());
    r = send("POST", "/api/games/" + g.id() + "/roles/council/decisions", null, "{}");
    assertEquals(403, r.statusCode(), "no token, no decision");
    r = send("POST", "/api/games/" + g.id() + "/compare", community, "{\"compare\":\"\"}");
    assertEquals(403, r.statusCode(), "only the facilitator chooses the comparison");
    r = send("POST", "/api/games/" + g.id() + "/compare", null, "{\"compare\":\"\"}");
    assertEquals(403, r.statusCode(), "no token, no comparison");
    r = send("POST", "/api/games/" + g.id() + "/compare", g.facilitator(), "{\"compare\":\"\"}");
    assertEquals(409, r.statusCode(), "not before the debrief: " + r.body());
    Game game = store.game(g.id());
    assertFalse(game.committed().contains(Role.COUNCIL));
    assertEquals(
        Lever.CUT_STRATEGY.startValue(game.base()),
        game.proposals().get(Role.COUNCIL).get(Lever.CUT_STRATEGY));
  }

  @Test
  void badRequestsAreRefusedWithAMessageAndTheServerGoesOnServing() throws Exception {
    GameStore.Created g = create();
    String council = g.links().get("council");
    String decisions = "/api/games/" + g.id() + "/roles/council/decisions";
    Map<String, Integer> bodies =
        Map.of(
            "{not json", 400,
            "[1,2]", 400,
            "{\"levers\":{\"pb_share\":\"lots\"}}", 400,
            "{\"levers\":{\"pb_share\":{\"a\":1}}}", 400,
            "{\"levers\":[1]}", 400,
            "{\"commit\":\"yes please\"}", 400,
            "{\"levers\":{\"pb_share\":1e400}}", 400);
    for (var e : bodies.entrySet()) {
      HttpResponse<String> r = send("POST", decisions, council, e.getKey());
      assertEquals(e.getValue(), r.statusCode(), e.getKey() + " -> " + r.body());
      assertTrue(r.body().contains("\"error\""), r.body());
      assertServing();
    }
    HttpResponse<String> r = send("POST", decisions, council, "{\"levers\":{\"pb_share\":0.5}}");
    assertTrue(r.body().contains("must be a number from 0.0 to 0.1"), r.body());
    String huge = "{\"levers\":{\"pb_share\":\"" + "9".repeat(GameServer.MAX_BODY * 4) + "\"}}";
    assertEquals(413, send("POST", decisions, council, huge).statusCode());
    assertServing();
    assertEquals(
        400, send("POST", "/api/games", null, "{\"scenario\":\"tiny.yaml\"}").statusCode());
    assertEquals(
        400,
        send(
                "POST",
                "/api/games",
                null,
                "{\"scenario\":\"tiny.yaml\",\"rounds\":99,\"roles\":[\"council\"]}")
            .statusCode());
    assertEquals(404, send("GET", "/api/nothing", null, null).statusCode());
    assertTrue(send("DELETE", "/api/games/" + g.id(), council, null).statusCode() >= 400);
    assertServing();
    // A good decision still goes through after all that.
    r = send("POST", decisions, council, "{\"levers\":{\"pb_share\":0.01}}");
    assertEquals(200, r.statusCode(), r.body());
    assertEquals("0.01", store.game(g.id()).proposals().get(Role.COUNCIL).get(Lever.PB_SHARE));
    assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertEquals("no-referrer", r.headers().firstValue("Referrer-Policy").orElse(""));
  }

  @Test
  void anotherSitesPageCannotReachTheGame() throws Exception {
    GameStore.Created g = create();
    String council = g.links().get("council");
    String decisions = "/api/games/" + g.id() + "/roles/council/decisions";
    // A cross-site form can post text, not JSON, without the browser asking the server first.
    HttpResponse<String> form =
        send(
            "POST",
            decisions,
            council,
            "{\"levers\":{\"pb_share\":0.05},\"commit\":true}",
            Map.of("Content-Type", "text/plain"));
    assertEquals(415, form.statusCode(), form.body());
    assertFalse(store.game(g.id()).committed().contains(Role.COUNCIL));
    // A site that points its own name at 127.0.0.1 (DNS rebinding) is refused.
    assertTrue(
        raw("GET /api/scenarios HTTP/1.1\r\nHost: evil.example\r\n").startsWith("HTTP/1.1 403"));
    assertTrue(
        raw("GET /api/scenarios HTTP/1.1\r\nHost: localhost\r\n").startsWith("HTTP/1.1 200"));
    assertServing();
  }

  @Test
  void noFileOutsideTheGamesFolderIsReadOrWrittenThroughTheServer() throws Exception {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "not for browsers");
    GameStore.Created g = create();
    String council = g.links().get("council");
    List<String> paths =
        List.of(
            "/api/games/..%2Fsecret.txt",
            "/api/games/..%2F..%2Fsecret.txt",
            "/api/games/%2e%2e/secret.txt",
            "/../secret.txt",
            "/game.js/../../secret.txt",
            "/api/games/" + g.id() + "/roles/..%2F..%2Fsecret/decisions",
            "/api/games/" + g.id() + "%2F..%2F..%2Fsecret.txt",
            "/secret.txt",
            "/web/index.html",
            "/org/civicsim/game/web/game.js");
    for (String p : paths) {
      for (String method : List.of("GET", "POST")) {
        HttpResponse<String> r;
        try {
          r = send(method, p, council, method.equals("GET") ? null : "{\"levers\":{}}");
        } catch (java.io.IOException closed) {
          continue; // Jetty may refuse a malformed path by closing the connection: nothing served
        }
        assertFalse(r.body().contains("not for browsers"), p);
        assertTrue(r.statusCode() >= 400, method + " " + p + " -> " + r.statusCode());
      }
      assertServing();
    }
    HttpResponse<String> r =
        send(
            "POST",
            "/api/games",
            null,
            "{\"scenario\":\"../../secret.txt\",\"rounds\":1,\"roles\":[\"council\"]}");
    assertEquals(400, r.statusCode());
    assertFalse(r.body().contains("not for browsers"));
    assertEquals("not for browsers", Files.readString(secret));
    try (Stream<Path> s = Files.list(dir)) {
      assertEquals(
          List.of("games", "secret.txt"),
          s.map(p -> p.getFileName().toString()).sorted().toList(),
          "nothing was written beside the games folder");
    }
    try (Stream<Path> s = Files.list(dir.resolve("games"))) {
      assertEquals(List.of(g.id()), s.map(p -> p.getFileName().toString()).toList());
    }
    assertServing();
  }
}
