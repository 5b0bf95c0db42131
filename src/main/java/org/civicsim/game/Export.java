package org.civicsim.game;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.civicsim.batch.Progress;
import org.civicsim.batch.RunSettings;
import org.civicsim.batch.ScenarioRun;
import org.civicsim.report.Report;
import org.civicsim.scenario.Scenario;

/**
 * A finished game written as the usual results: {@code room/} (the room's decade replayed from its
 * saved decisions), {@code baseline/} (the scenario with no decision of the room's) and the
 * comparison scenario's folder, each with manifest.json, metrics.csv and the rest, and {@code
 * report/} comparing them (report.html, report.md, charts).
 */
final class Export {
  private Export() {}

  /** Writes the years played so far (at least one) and the same years of the others. */
  static Path write(Game g, Path out) throws Exception {
    List<List<String>> policies = new ArrayList<>();
    for (var year : g.decisions()) policies.add(g.policy(year));
    if (policies.isEmpty()) throw new IllegalStateException("no year of the game has been played");
    String weeks = "steps=" + policies.size() * YearRun.WEEKS;
    List<Path> folders = new ArrayList<>();
    List<String> first = new ArrayList<>(policies.get(0));
    first.add("name=room-" + g.id);
    first.add(weeks);
    Scenario room = g.setup.load(first);
    folders.add(run(room, out.resolve("room"), new GameSimulation(g.setup, policies)));
    folders.add(run(g.setup.load(List.of(weeks)), out.resolve("baseline"), null));
    if (g.compare() != null) {
      folders.add(run(g.compare().load(List.of(weeks)), out.resolve("comparison"), null));
    }
    Report.of(folders).write(out.resolve("report"));
    return out;
  }

  private static Path run(Scenario s, Path dir, GameSimulation simulation) throws Exception {
    String version = Export.class.getPackage().getImplementationVersion();
    RunSettings settings =
        new RunSettings(
            1,
            dir.getParent(),
            dir,
            true,
            version == null ? "dev" : version,
            null,
            List.of("civicsim", "play"));
    ScenarioRun run = new ScenarioRun(s, settings);
    if (simulation != null) run = run.simulating(simulation);
    return run.run(Progress.none()).folder();
  }
}
