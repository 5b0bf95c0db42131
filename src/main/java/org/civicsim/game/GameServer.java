package org.civicsim.game;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The budget game's web server: three static files (the page, its script and its style, read once
 * from the jar) and a small JSON API over a {@link GameStore}. A player's secret token comes in the
 * {@code X-Game-Token} header; the page takes it from its link's fragment, which browsers never
 * send to a server. Requests are bounded in size, every refusal is a JSON {@code {"error": ...}}
 * with a message for the person, and an unexpected failure answers 500 and leaves the server
 * serving.
 */
public final class GameServer implements AutoCloseable {
  /** Largest request body accepted, in bytes: a role's decisions take well under 2 KB. */
  static final int MAX_BODY = 16 * 1024;

  /** Most decisions one request may set. */
  static final int MAX_LEVERS = 50;

  static final String TOKEN = "X-Game-Token";

  private static final Map<String, String> FILES =
      Map.of(
          "/", "index.html",
          "/game.js", "game.js",
          "/game.css", "game.css");

  private final GameStore store;
  private final Javalin app;
  private final boolean loopback;

  private GameServer(GameStore store, String host, int port) {
    this.store = store;
    this.loopback = isLoopback(host);
    Map<String, byte[]> files = new LinkedHashMap<>();
    FILES.forEach((path, name) -> files.put(path, resource(name)));
    this.app =
        Javalin.create(
            config -> {
              config.jetty.host = host;
              config.jetty.port = port;
              config.http.maxRequestSize = MAX_BODY;
              config.startup.showJavalinBanner = false;
              config.startup.showOldJavalinVersionWarning = false;
              config.routes.before(GameServer::headers);
              config.routes.before(this::guard);
              files.forEach(
                  (path, bytes) ->
                      config.routes.get(path, ctx -> ctx.contentType(type(path)).result(bytes)));
              config.routes.get("/api/scenarios", this::scenarios);
              config.routes.post("/api/games", this::create);
              config.routes.get("/api/games/{id}", this::view);
              config.routes.post("/api/games/{id}/roles/{role}/decisions", this::decide);
              config.routes.post("/api/games/{id}/export", this::export);
              config.routes.post("/api/games/{id}/compare", this::compare);
              config.routes.exception(
                  GameException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
              config.routes.exception(
                  JsonProcessingException.class,
                  (e, ctx) -> error(ctx, 400, "the request is not the JSON the game expects"));
              config.routes.exception(
                  HttpResponseException.class,
                  (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
              config.routes.exception(
                  Exception.class,
                  (e, ctx) -> {
                    System.err.println("game server: " + e);
                    error(ctx, 500, "the server could not do that; it goes on serving");
                  });
            });
  }

  /** Starts serving {@code store} on {@code host}:{@code port} (0 = any free port). */
  public static GameServer start(GameStore store, String host, int port) {
    GameServer server = new GameServer(store, host, port);
    server.app.start();
    return server;
  }

  /** The port the server listens on. */
  public int port() {
    return app.port();
  }

  private static byte[] resource(String name) {
    try (InputStream in = GameServer.class.getResourceAsStream("web/" + name)) {
      if (in == null) throw new IllegalStateException("the game's page " + name + " is missing");
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String type(String path) {
    if (path.endsWith(".js")) return "text/javascript; charset=utf-8";
    if (path.endsWith(".css")) return "text/css; charset=utf-8";
    return "text/html; charset=utf-8";
  }

  private static boolean isLoopback(String host) {
    return host.equals("localhost") || host.startsWith("127.") || host.equals("::1");
  }

  /**
   * On localhost, answers only requests addressed to localhost (a page of another site cannot reach
   * the game by pointing its own name at 127.0.0.1); and takes changes only as JSON, which a page
   * of another site cannot send here without the browser first asking the server, which does not
   * agree.
   */
  private void guard(Context ctx) throws GameException {
    if (loopback) {
      String host = ctx.header("Host");
      String name = host == null ? "" : host.replaceFirst(":\\d+$", "");
      if (!(isLoopback(name) || name.equals("[::1]"))) {
        throw GameException.refused("this game serves only http://127.0.0.1 or localhost");
      }
    }
    if (ctx.method().name().equals("POST")) {
      String type = ctx.header("Content-Type");
      if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
        throw GameException.notJson();
      }
    }
  }

  private static void headers(Context ctx) {
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header(
        "Content-Security-Policy",
        "default-src 'self'; img-src 'self' data:; object-src 'none'; frame-ancestors 'none'");
    ctx.header("Cache-Control", "no-store");
  }

  private static void error(Context ctx, int status, String message) {
    Map<String, String> body = Map.of("error", message == null ? "refused" : message);
    try {
      ctx.status(status)
          .contentType("application/json")
          .result(GameFile.JSON.writeValueAsString(body));
    } catch (JsonProcessingException e) {
      ctx.status(status).result("{\"error\":\"refused\"}");
    }
  }

  private static void json(Context ctx, Object value) throws JsonProcessingException {
    ctx.contentType("application/json").result(GameFile.JSON.writeValueAsString(value));
  }

  private static JsonNode body(Context ctx) throws Exception {
    String text = ctx.body();
    if (text.length() > MAX_BODY) throw GameException.badInput("the request is too large");
    JsonNode node = GameFile.JSON.readTree(text);
    if (node == null || !node.isObject()) {
      throw GameException.badInput("the request must be a JSON object");
    }
    return node;
  }

  private void scenarios(Context ctx) throws Exception {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("scenarios", store.scenarioNames());
    out.put("default", store.defaultScenario());
    out.put("maxRounds", GameStore.MAX_ROUNDS);
    List<Object> roles = new ArrayList<>();
    for (Role r : Role.values())
      roles.add(Map.of("id", r.id(), "title", r.title(), "remit", r.remit()));
    out.put("roles", roles);
    json(ctx, out);
  }

  private void create(Context ctx) throws Exception {
    JsonNode b = body(ctx);
    String scenario = text(b, "scenario", true);
    String compare = text(b, "compare", false);
    JsonNode rounds = b.get("rounds");
    if (rounds == null || !rounds.canConvertToInt() || !rounds.isIntegralNumber()) {
      throw GameException.badInput("rounds must be a whole number of budget years");
    }
    JsonNode roles = b.get("roles");
    if (roles == null || !roles.isArray() || roles.size() > Role.values().length) {
      throw GameException.badInput("roles must be a list of up to five role ids");
    }
    List<String> ids = new ArrayList<>();
    for (JsonNode r : roles) {
      if (!r.isTextual()) throw GameException.badInput("each role must be a role id");
      ids.add(r.asText());
    }
    GameStore.Created c = store.create(scenario, rounds.asInt(), ids, compare);
    ctx.status(201);
    json(ctx, c);
  }

  private static String text(JsonNode b, String field, boolean required) throws GameException {
    JsonNode n = b.get(field);
    if (n == null || n.isNull()) {
      if (required) throw GameException.badInput(field + " is missing");
      return null;
    }
    if (!n.isTextual() || n.asText().length() > 200) {
      throw GameException.badInput(field + " must be a short text");
    }
    return n.asText();
  }

  private void view(Context ctx) throws Exception {
    json(ctx, store.view(ctx.pathParam("id"), ctx.header(TOKEN)));
  }

  private void decide(Context ctx) throws Exception {
    // Who may decide is checked before the body is read.
    String id = ctx.pathParam("id");
    String token = ctx.header(TOKEN);
    store.view(id, token);
    JsonNode b = body(ctx);
    JsonNode levers = b.get("levers");
    if (levers == null) levers = GameFile.JSON.createObjectNode();
    if (!levers.isObject() || levers.size() > MAX_LEVERS) {
      throw GameException.badInput(
          "levers must be an object of up to " + MAX_LEVERS + " decisions");
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (var it = levers.fields(); it.hasNext(); ) {
      var e = it.next();
      JsonNode v = e.getValue();
      if (!v.isValueNode() || v.isNull()) {
        throw GameException.badInput(e.getKey() + " must be a number, a choice or yes/no");
      }
      values.put(e.getKey(), v.asText());
    }
    JsonNode commit = b.get("commit");
    if (commit != null && !commit.isBoolean()) {
      throw GameException.badInput("commit must be true or false");
    }
    store.decide(id, token, ctx.pathParam("role"), values, commit != null && commit.asBoolean());
    json(ctx, store.view(id, token));
  }

  private void compare(Context ctx) throws Exception {
    // Who may is checked before the body is read.
    String id = ctx.pathParam("id");
    String token = ctx.header(TOKEN);
    store.view(id, token);
    store.compare(id, token, text(body(ctx), "compare", false));
    ctx.status(202);
    json(ctx, store.view(id, token));
  }

  private void export(Context ctx) throws Exception {
    store.export(ctx.pathParam("id"), ctx.header(TOKEN));
    ctx.status(202);
    json(ctx, Map.of("export", "writing"));
  }

  @Override
  public void close() {
    app.stop();
  }
}
