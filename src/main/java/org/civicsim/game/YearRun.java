package org.civicsim.game;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.civicsim.metrics.MetricNames;
import org.civicsim.metrics.MetricSink;
import org.civicsim.metrics.Observer;
import org.civicsim.model.CivicModel;
import org.civicsim.model.Seeds;
import org.civicsim.model.Services;
import org.civicsim.scenario.Scenario;
import org.civicsim.scenario.ScenarioException;

/**
 * The model played one budget year at a time: the first year's decisions are part of the scenario
 * the model is built from (its council sets year 0's budget as it starts); each later year's reach
 * the model through {@link CivicModel#changePolicy}, the visualiser's interface, and are adopted at
 * that year's budget cycle. The live game and every replay run the years through this one class, so
 * that the same decisions and seed give the same results.
 */
final class YearRun implements AutoCloseable {
  /** Weeks in a budget year. */
  static final int WEEKS = 52;

  private final GameSetup setup;
  private final Watcher watcher;
  private CivicModel model;
  private int played;

  /** Told when the model has started and after each week it runs (for writing results files). */
  interface Watcher {
    Watcher NONE = new Watcher() {};

    default void started(CivicModel model) {}

    default void weekDone(CivicModel model) {}
  }

  YearRun(GameSetup setup) {
    this(setup, Watcher.NONE);
  }

  YearRun(GameSetup setup, Watcher watcher) {
    this.setup = setup;
    this.watcher = watcher;
  }

  /** The seed of the game's one replicate, as the visualiser and a one-replicate run use. */
  static long seed(Scenario s) {
    return Seeds.replicate(s.seed(), 0);
  }

  /**
   * Runs year {@code round} (the next one) under {@code policy}'s overrides and returns the place
   * at its end; a null {@code policy} leaves the scenario's own policy in force (the baseline).
   */
  RoundResult play(int round, List<String> policy) throws ScenarioException {
    if (round != played + 1) {
      throw new IllegalStateException("year " + round + " played after year " + played);
    }
    if (model == null) {
      Scenario s = setup.load(policy == null ? List.of() : policy);
      model = new CivicModel(s, seed(s));
      model.start();
      watcher.started(model);
    } else if (policy != null) {
      Scenario s = setup.load(policy);
      for (int b = 0; b < s.locals().size(); b++) model.changePolicy(b, s.locals().get(b));
    }
    for (int w = 0; w < WEEKS; w++) {
      model.schedule.step(model);
      watcher.weekDone(model);
    }
    played = round;
    return observe(round);
  }

  /**
   * The place as the scenario starts it, before any decision of the room's (week 0 of the
   * scenario's own policy), for the map the players first decide on.
   */
  static RoundResult atStart(GameSetup setup) throws ScenarioException {
    try (YearRun run = new YearRun(setup)) {
      Scenario s = setup.load(List.of());
      run.model = new CivicModel(s, seed(s));
      run.model.start();
      return run.observe(0);
    }
  }

  /** The model, for export (null before the first year). */
  CivicModel model() {
    return model;
  }

  private RoundResult observe(int round) {
    Map<String, Double> metrics = new TreeMap<>();
    int wards = model.wardCount();
    double[] coverage = new double[wards];
    double[] participation = new double[wards];
    new Observer(model)
        .observe(
            new MetricSink() {
              @Override
              public void group(int step, int metric, int group, double value) {
                metrics.put(
                    MetricNames.METRICS.get(metric) + ":" + MetricNames.GROUPS.get(group), value);
              }

              @Override
              public void ward(int step, int metric, int ward, double value) {
                if (metric == MetricNames.COVERAGE) coverage[ward] = value;
                if (metric == MetricNames.PARTICIPATION_ANY) participation[ward] = value;
              }
            },
            true);
    List<RoundResult.Ward> list = new ArrayList<>(wards);
    Services sv = model.services();
    for (int w = 0; w < wards; w++) {
      list.add(
          new RoundResult.Ward(
              w,
              model.wards().decile[w],
              coverage[w],
              participation[w],
              model.groups().inWard(w),
              sv.count(w, Services.COUNCIL),
              sv.count(w, Services.COMMUNITY),
              sv.count(w, Services.CLOSED)));
    }
    return new RoundResult(round, model.week(), metrics, list);
  }

  @Override
  public void close() {
    if (model != null) model.finish();
  }
}
