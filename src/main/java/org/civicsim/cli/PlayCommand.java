package org.civicsim.cli;

import com.beust.jcommander.Parameter;
import com.beust.jcommander.ParameterException;
import com.beust.jcommander.Parameters;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.civicsim.game.GameServer;
import org.civicsim.game.GameStore;
import org.civicsim.game.Replay;

/**
 * {@code civicsim play}: serves the budget game for a room until stopped (Ctrl-C), on localhost
 * unless {@code --host} opens it; the games are kept under {@code --games}.
 */
@Parameters(commandNames = "play", commandDescription = "Serve the budget game for a room.")
final class PlayCommand extends HelpfulCommand {
  static final String DEFAULT_GAMES = "results/games";

  @Parameter(description = "[SCENARIO.yaml]")
  private List<String> files = new ArrayList<>();

  @Parameter(names = "--host")
  private String host = "127.0.0.1";

  @Parameter(names = "--port")
  private int port = 7070;

  @Parameter(names = "--games")
  private String games = DEFAULT_GAMES;

  @Parameter(names = "--set", splitter = WholeValue.class)
  private List<String> set = new ArrayList<>();

  @Parameter(names = "--replay")
  private String replay;

  @Parameter(names = "--out")
  private String out;

  @Override
  public int execute(PrintStream stdout, PrintStream stderr) throws Exception {
    Positionals.rejectOptions("play", files);
    if (replay != null) return replay(stdout);
    if (out != null) throw new ParameterException("--out goes with --replay GAME_FOLDER");
    if (files.size() > 1) {
      throw new ParameterException("play takes one scenario file, got " + files.size());
    }
    if (port < 0 || port > 65535) {
      throw new ParameterException("--port must be 0 (any free port) to 65535, got " + port);
    }
    if (host.isBlank()) throw new ParameterException("--host must name an address");
    WholeValue.requireKeyValues(set);
    String file = files.isEmpty() ? RunCommand.DEFAULT_SCENARIO : files.get(0);
    Path scenario = ScenarioFiles.readable(file);
    // A mistake in the scenario is reported now, not when the first game is created.
    ScenarioFiles.load(file, set);
    GameStore store = GameStore.open(outputFolder(games), scenario, set);
    GameServer server;
    try {
      server = GameServer.start(store, host, port);
    } catch (RuntimeException e) {
      store.close();
      stderr.println("the game server could not listen on " + host + ":" + port + ": " + e);
      return ExitCode.BAD_INPUT;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  store.close();
                  stopped.countDown();
                }));
    String shown = host.equals("0.0.0.0") || host.equals("::") ? "localhost" : host;
    if (shown.contains(":")) shown = "[" + shown + "]";
    stdout.println("The budget game: http://" + shown + ":" + server.port() + "/");
    if (!shown.equals(host)) {
      stdout.println(
          "Open to the room on every address of this machine: players use its address with port "
              + server.port()
              + ".");
    }
    stdout.println("Games are kept in " + store.root() + ". Ctrl-C stops the server.");
    stdout.flush();
    stopped.await();
    return ExitCode.OK;
  }

  /** Replays a saved game without a server and writes its results folders and report. */
  private int replay(PrintStream stdout) throws Exception {
    Path game = Path.of(replay);
    if (!Files.isRegularFile(game.resolve("game.json"))) {
      throw new InputException(replay + " holds no saved game (game.json)");
    }
    Path folder = outputFolder(out == null ? game.resolve("replay").toString() : out);
    Replay.Outcome r;
    try {
      r = Replay.ofFolder(game, folder);
    } catch (IllegalArgumentException e) {
      throw new InputException(e.getMessage());
    }
    stdout.println(
        "Replayed "
            + r.years()
            + (r.years() == 1 ? " year" : " years")
            + " from the saved decisions: "
            + (r.same() ? "the same results as the game's." : "RESULTS DIFFER from the game's."));
    stdout.println("Results folders and report in " + r.out());
    return r.same() ? ExitCode.OK : ExitCode.INTERNAL_ERROR;
  }
}
