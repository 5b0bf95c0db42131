package org.civicsim.gui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import org.civicsim.model.CivicModel;
import org.civicsim.model.Seeds;
import org.civicsim.scenario.BoroughPolicy;
import org.civicsim.scenario.Scenario;
import org.civicsim.scenario.ScenarioException;
import org.civicsim.scenario.ScenarioLoader;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.util.Interval;

/**
 * What the visualiser runs: the chosen scenario's {@link CivicModel} (and, in comparison mode, a
 * second scenario's, with the same seed) stepped one week per step, plus the budget-simulator
 * settings that the Console's Model tab shows as sliders and drop-downs. {@link #start()} builds
 * fresh models, because a CivicModel takes its scenario when it is made. The cut rate is a share of
 * the budget a year, CD workers are per 10,000 residents, the PB share is a share of the budget and
 * credits are per volunteered hour.
 */
public class CivicSimulation extends SimState {
  private static final long serialVersionUID = 1L;
  static final String NONE = "(none)";

  private final List<Path> files;
  private final List<String> overrides;
  private int scenarioIndex;
  private int compareIndex; // 0 = no comparison, k = files.get(k - 1)
  private double cutRate;
  private double cdWorkers;
  private double pbShare;
  private double credits;
  private boolean colourByParticipation;
  private int chartInterval = 4;

  transient CivicModel model;
  transient CivicModel comparison;

  /** Told the week a policy change takes effect (to mark it on the charts). */
  transient IntConsumer onPolicyChange = w -> {};

  /**
   * A simulation of {@code scenario} with {@code overrides} (dotted KEY=VALUE, as for run), its
   * picker listing the other scenarios in the same folder.
   */
  public CivicSimulation(Path scenario, List<String> overrides) throws ScenarioException {
    super(1);
    this.files = scenarioFiles(scenario);
    this.overrides = List.copyOf(overrides);
    this.scenarioIndex = files.indexOf(scenario.toAbsolutePath().normalize());
    readPolicy(ScenarioLoader.load(scenario, overrides));
  }

  /** Compares with {@code other} from the next start (added to the picker if not listed). */
  public void compareWith(Path other) {
    Path p = other.toAbsolutePath().normalize();
    if (!files.contains(p)) files.add(p);
    compareIndex = files.indexOf(p) + 1;
  }

  private static List<Path> scenarioFiles(Path scenario) {
    Path chosen = scenario.toAbsolutePath().normalize();
    List<Path> all = new ArrayList<>();
    Path dir = chosen.getParent();
    if (dir != null) {
      try (Stream<Path> s = Files.list(dir)) {
        s.filter(p -> p.toString().endsWith(".yaml"))
            .map(Path::normalize)
            .sorted()
            .forEach(all::add);
      } catch (IOException e) {
        // the picker then lists only the chosen file
      }
    }
    if (!all.contains(chosen)) all.add(0, chosen);
    return all;
  }

  private void readPolicy(Scenario s) {
    BoroughPolicy l = s.locals().get(0);
    cutRate = l.council().cuts().realTermsPerYear();
    cdWorkers = l.communityDevelopment().workersPer10k();
    pbShare = l.council().pbShare();
    credits = l.incentives().creditsPerHour();
  }

  /** The scenario file's overrides followed by the budget simulator's settings. */
  private List<String> withPolicy() {
    List<String> all = new ArrayList<>(overrides);
    all.add("council.cuts.real_terms_per_year=" + cutRate);
    all.add("community_development.workers_per_10k=" + cdWorkers);
    all.add("council.pb_share=" + pbShare);
    all.add("incentives.credits_per_hour=" + credits);
    return all;
  }

  @Override
  public void start() {
    super.start();
    try {
      Scenario s = ScenarioLoader.load(files.get(scenarioIndex), withPolicy());
      long seed = Seeds.replicate(s.seed(), 0);
      model = new CivicModel(s, seed);
      model.start();
      comparison = null;
      if (compareIndex > 0) {
        // The same seed, so the two runs differ only by their policies.
        Scenario other = ScenarioLoader.load(files.get(compareIndex - 1), overrides);
        comparison = new CivicModel(other, seed);
        comparison.start();
      }
    } catch (ScenarioException e) {
      throw new IllegalStateException("the scenario cannot be loaded: " + e.getMessage(), e);
    }
    schedule.scheduleRepeating(
        (Steppable)
            state -> {
              model.schedule.step(model);
              if (comparison != null) comparison.schedule.step(comparison);
            });
  }

  /** The running model (null before the first start). */
  public CivicModel model() {
    return model;
  }

  /** The comparison model, or null when not comparing. */
  public CivicModel comparison() {
    return comparison;
  }

  /** Name of the chosen scenario file. */
  String scenarioName() {
    return files.get(scenarioIndex).getFileName().toString();
  }

  String comparisonName() {
    return compareIndex == 0 ? null : files.get(compareIndex - 1).getFileName().toString();
  }

  /**
   * Sends the budget simulator's settings to the running model: every council adopts them at its
   * next budget cycle, whose week is reported to the charts.
   */
  private void policyChanged() {
    CivicModel m = model;
    if (m == null) return; // applied at the next start
    try {
      Scenario s = ScenarioLoader.load(files.get(scenarioIndex), withPolicy());
      for (int b = 0; b < s.locals().size(); b++) m.changePolicy(b, s.locals().get(b));
      onPolicyChange.accept(m.nextBudgetWeek());
    } catch (ScenarioException e) {
      System.err.println("the new policy was not applied: " + e.getMessage());
    }
  }

  // ---- the Model tab: bean properties; dom gives a slider or drop-down, des a tooltip ----

  public int getScenario() {
    return scenarioIndex;
  }

  public void setScenario(int index) {
    if (index < 0 || index >= files.size() || index == scenarioIndex) return;
    try {
      readPolicy(ScenarioLoader.load(files.get(index), overrides));
      scenarioIndex = index;
    } catch (ScenarioException e) {
      System.err.println(files.get(index).getFileName() + " cannot be loaded: " + e.getMessage());
    }
  }

  public Object domScenario() {
    return files.stream().map(p -> p.getFileName().toString()).toArray(String[]::new);
  }

  public String desScenario() {
    return "The scenario to run (from scenarios/); takes effect when you press stop, then play."
        + " Choosing one resets the budget sliders to its values.";
  }

  public int getCompareWith() {
    return compareIndex;
  }

  public void setCompareWith(int index) {
    if (index >= 0 && index <= files.size()) compareIndex = index;
  }

  public Object domCompareWith() {
    List<String> names = new ArrayList<>();
    names.add(NONE);
    files.forEach(p -> names.add(p.getFileName().toString()));
    return names.toArray(new String[0]);
  }

  public String desCompareWith() {
    return "A second scenario stepped side by side with the same seed, its lines dashed on the"
        + " charts; takes effect at the next start.";
  }

  public double getCutRate() {
    return cutRate;
  }

  public void setCutRate(double v) {
    if (v < 0 || v > 0.2 || v == cutRate) return;
    cutRate = v;
    policyChanged();
  }

  public Object domCutRate() {
    return new Interval(0.0, 0.2);
  }

  public String desCutRate() {
    return "Real-terms cut to the council's budget each year (share, 0-0.2); from the next budget"
        + " cycle.";
  }

  public double getCdWorkers() {
    return cdWorkers;
  }

  public void setCdWorkers(double v) {
    if (v < 0 || v > 10 || v == cdWorkers) return;
    cdWorkers = v;
    policyChanged();
  }

  public Object domCdWorkers() {
    return new Interval(0.0, 10.0);
  }

  public String desCdWorkers() {
    return "Community-development workers per 10,000 residents (0-10); from the next budget cycle.";
  }

  public double getPbShare() {
    return pbShare;
  }

  public void setPbShare(double v) {
    if (v < 0 || v > 0.1 || v == pbShare) return;
    pbShare = v;
    policyChanged();
  }

  public Object domPbShare() {
    return new Interval(0.0, 0.1);
  }

  public String desPbShare() {
    return "Share of the budget decided by participatory budgeting (0-0.1); from the next budget"
        + " cycle.";
  }

  public double getCreditsPerHour() {
    return credits;
  }

  public void setCreditsPerHour(double v) {
    if (v < 0 || v > 10 || v == credits) return;
    credits = v;
    policyChanged();
  }

  public Object domCreditsPerHour() {
    return new Interval(0.0, 10.0);
  }

  public String desCreditsPerHour() {
    return "Time credits paid per volunteered hour (0-10); from the next budget cycle.";
  }

  public int getMapColouring() {
    return colourByParticipation ? 1 : 0;
  }

  public void setMapColouring(int v) {
    colourByParticipation = v == 1;
  }

  public Object domMapColouring() {
    return new String[] {"coverage", "participation"};
  }

  public String desMapColouring() {
    return "What colours the wards on the borough map: service coverage or participation (any"
        + " activity in the last 4 weeks), both shares 0-1.";
  }

  boolean colourByParticipation() {
    return colourByParticipation;
  }

  public int getChartInterval() {
    return chartInterval;
  }

  public void setChartInterval(int weeks) {
    if (weeks >= 1 && weeks <= 52) chartInterval = weeks;
  }

  public Object domChartInterval() {
    return new Interval(1L, 52L);
  }

  public String desChartInterval() {
    return "Weeks between chart and map updates (1-52): measuring a large borough takes a pass"
        + " over every resident, so a longer interval runs faster.";
  }

  public int getWeek() {
    return model == null ? 0 : model.week();
  }

  public String desWeek() {
    return "Weeks simulated since April 2010.";
  }
}
