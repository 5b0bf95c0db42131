package org.civicsim.model;

import ec.util.MersenneTwisterFast;
import java.util.List;
import java.util.function.IntConsumer;
import org.civicsim.scenario.BoroughPolicy;
import org.civicsim.scenario.Residents;
import org.civicsim.scenario.Scenario;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The borough(s) week by week: residents, their ties, wards and facilities, community groups,
 * intermediaries and one council per borough. {@link #start()} builds everything from the scenario
 * and seed; each week runs six phases, one {@link Steppable} each, in this order: council,
 * intermediaries, residents' choice (with each ward's tally), the boroughs' totals and the swap of
 * last week's activity for this week's, groups, services.
 */
public class CivicModel extends SimState {
  private static final long serialVersionUID = 1L;

  private final Scenario scenario;
  private final long seed;

  Population population;
  Ties ties;
  Wards wards;
  Services services;
  CommunityGroups groups;
  WardState wardState;
  Council[] councils;
  Intermediaries intermediaries;
  ResidentChoice choice;
  Tally tally;
  GroupLife groupLife;

  /** The week being processed (negative during burn-in). */
  private int now;

  /**
   * Residents are stepped in blocks of whole wards of at most this many together (or one larger
   * ward); fixed, so results do not depend on threads, and a ward's tally never depends on the
   * blocks. 2,048 measured no better at 100,000 residents and perhaps worse at 1,000,000.
   */
  public static final int BLOCK = 8192;

  /** Block k is wards [blockWards[k], blockWards[k + 1]). */
  private int[] blockWards;

  private int threads = 1;
  transient ThreadTeam workers = new ThreadTeam(1);

  /** Each borough's policy in force, and any change waiting for the next budget cycle. */
  private BoroughPolicy[] locals;

  private BoroughPolicy[] pending;

  public CivicModel(Scenario scenario, long seed) {
    super(seed);
    if (scenario.steps() + scenario.behaviour().burnoutWeeks() > Population.LAST_WEEK) {
      throw new IllegalArgumentException(
          "a run's weeks must fit a resident's week stamps: steps + burnout_weeks at most "
              + Population.LAST_WEEK);
    }
    this.scenario = scenario;
    this.seed = seed;
  }

  public Scenario scenario() {
    return scenario;
  }

  /**
   * Steps residents and wards on this many threads from the next {@link #start()} (default 1). The
   * results are the same for any number.
   */
  public void setThreads(int threads) {
    this.threads = Math.max(1, threads);
  }

  ThreadTeam workers() {
    if (workers == null) workers = new ThreadTeam(threads); // after reading a checkpoint
    return workers;
  }

  /**
   * Runs tasks 0 to {@code tasks - 1} over the run's threads, each task whole on one thread, and
   * returns when all are done: for work on the model from outside it, such as observing it, whose
   * tasks each write only their own results, so that the result does not depend on threads.
   */
  public void inParallel(int tasks, IntConsumer task) {
    workers().forEachBlock(tasks, task);
  }

  /**
   * Steps the residents' weekly choice and its tally, block by block over the workers; a block is
   * whole wards of at most {@link #BLOCK} residents in all.
   */
  private void chooseAll(int t) {
    tally.beginWeek();
    choice.ready();
    workers()
        .forEachBlock(blockWards.length - 1, b -> choice.step(blockWards[b], blockWards[b + 1], t));
  }

  @Override
  public void finish() {
    super.finish();
    if (workers != null) workers.close();
  }

  /** Weeks completed since week 0 (0 before the first step). */
  public int week() {
    return (int) Math.max(0, schedule.getSteps());
  }

  /**
   * Heap a run of this scenario needs at its peak, in bytes: about 130 bytes a resident for their
   * state, their choice's four weights and the observer's scratch, plus 8 a tie while the network
   * is built (4 once built), plus a fixed 64 MiB. Measured: about 145 bytes a resident at 1,000,000
   * residents and mean degree 10 once built (docs/performance.md).
   */
  public static long estimateBytes(Scenario s) {
    long n = s.totalResidents();
    int degree =
        s.network().type() == org.civicsim.scenario.Network.Type.COMPLETE
            ? 0
            : s.network().meanDegree();
    return n * (130L + 8L * degree) + (64L << 20);
  }

  /** The week being processed, or the last one processed between steps. */
  public int now() {
    return now;
  }

  public Population population() {
    return population;
  }

  public Ties ties() {
    return ties;
  }

  public Wards wards() {
    return wards;
  }

  public int wardCount() {
    return wards == null ? 0 : wards.count;
  }

  public Services services() {
    return services;
  }

  public CommunityGroups groups() {
    return groups;
  }

  public WardState wardState() {
    return wardState;
  }

  public List<Council> councils() {
    return List.of(councils);
  }

  /** CD-worker visits this week to each metric group (all, q1..q5, minority, majority). */
  public int[] cdVisitsByGroup() {
    return intermediaries.cdVisitsByGroup;
  }

  BoroughPolicy local(int borough) {
    return locals[borough];
  }

  /** The policy in force in a borough. */
  public BoroughPolicy policy(int borough) {
    return locals[borough];
  }

  /**
   * Changes a borough's policy from its next budget cycle (the start of the next year), as a
   * council would: cuts, strategy, decision mode, community development, groups, incentives. The
   * borough's population and wards stay as they are.
   */
  public synchronized void changePolicy(int borough, BoroughPolicy next) {
    pending[borough] = next;
  }

  /** The week the next budget cycle takes place. */
  public int nextBudgetWeek() {
    return (Math.max(0, now) / 52 + 1) * 52;
  }

  @Override
  public void start() {
    super.start();
    random.setSeed(seed);
    if (workers != null) workers.close();
    workers = new ThreadTeam(threads);
    List<BoroughPolicy> locals = scenario.locals();
    this.locals = locals.toArray(new BoroughPolicy[0]);
    this.pending = new BoroughPolicy[locals.size()];
    wards = Wards.layout(locals);
    blockWards = wards.blocks(BLOCK);
    // Each borough's residents and then its ties come from a stream of its own, borough 0's
    // from the model's: boroughs are built side by side on the run's threads.
    MersenneTwisterFast[] streams =
        Seeds.streams(Seeds.mix(seed ^ 0x452821E638D01377L), locals.size());
    streams[0] = random;
    population = Population.draw(locals, scenario.residents(), wards, streams, workers);
    wards.countCensus(population);
    ties =
        NetworkBuilder.build(
            scenario.network(),
            boroughStarts(),
            wards.boroughFirstWard,
            wards.residentStart,
            streams,
            workers);
    services = new Services(wards.count);
    groups = new CommunityGroups(wards.count);
    wardState = new WardState(wards.count);
    councils = new Council[locals.size()];
    for (int b = 0; b < councils.length; b++) councils[b] = new Council(this, b, locals.get(b));
    intermediaries = new Intermediaries(this, seed);
    choice = new ResidentChoice(this, seed);
    tally = new Tally(this, seed);
    groupLife = new GroupLife(this);

    boolean threshold = scenario.residents().decision() == Residents.Decision.THRESHOLD;
    int burnIn = threshold ? 0 : scenario.behaviour().burnInWeeks();
    now = -burnIn;
    seedGroups(-burnIn);
    groups.index(); // before the first budget cycle, so the groups get their grants
    for (Council c : councils) c.budgetCycle(0);
    seedActive(threshold);
    for (int t = -burnIn; t < 0; t++) {
      runWeek(t);
      if ((t + burnIn) % 52 == 51) forgive();
    }
    // Year 0 is decided again now that residents have a voice to weigh.
    now = 0;
    if (burnIn > 0) for (Council c : councils) c.budgetCycle(0);
    services.updateCoverage();
    now = -1;

    for (Phase phase : Phase.values())
      schedule.scheduleRepeating(0, phase.ordinal(), new Step(phase));
  }

  /** The six weekly phases, in the order the schedule runs them. */
  enum Phase {
    COUNCIL,
    INTERMEDIARIES,
    RESIDENTS,
    /** Each borough's active residents, and this week's activity becomes last week's. */
    TALLY,
    GROUPS,
    SERVICES
  }

  /** One phase as a schedule entry; a named class, not a lambda, so checkpoints can hold it. */
  private static final class Step implements Steppable {
    private static final long serialVersionUID = 1L;
    private final Phase phase;

    Step(Phase phase) {
      this.phase = phase;
    }

    @Override
    public void step(SimState state) {
      ((CivicModel) state).run(phase);
    }
  }

  private void run(Phase phase) {
    switch (phase) {
      case COUNCIL -> councilPhase((int) schedule.getSteps());
      case INTERMEDIARIES -> intermediaries.step(now);
      case RESIDENTS -> chooseAll(now);
      case TALLY -> tally.step();
      case GROUPS -> groupLife.step(now);
      case SERVICES -> services.updateCoverage();
    }
  }

  private void councilPhase(int week) {
    now = week;
    if (week > 0 && week % 52 == 0) {
      adoptPendingPolicies();
      for (Council c : councils) c.budgetCycle(week / 52);
      groups.index();
      forgive();
    }
  }

  private synchronized void adoptPendingPolicies() {
    boolean changed = false;
    for (int b = 0; b < pending.length; b++) {
      if (pending[b] == null) continue;
      locals[b] = pending[b];
      councils[b].adopt(pending[b]);
      pending[b] = null;
      changed = true;
    }
    if (changed) {
      choice.refresh();
      intermediaries.refresh();
    }
  }

  /**
   * A new year's round of consultation invites everyone back: each resident's count of times
   * ignored falls by one, so one who gave up after being ignored sits out at least a year.
   */
  private void forgive() {
    byte[] ignored = population.ignored;
    for (int i = 0; i < ignored.length; i++) if (ignored[i] > 0) ignored[i]--;
  }

  /** One week outside the schedule (burn-in): the same phases in the same order. */
  private void runWeek(int t) {
    now = t;
    intermediaries.step(t);
    chooseAll(t);
    tally.step();
    groupLife.step(t);
    services.updateCoverage();
  }

  private int[] boroughStarts() {
    int[] starts = new int[councils == null ? scenario.locals().size() + 1 : councils.length + 1];
    for (int b = 0; b < starts.length; b++)
      starts[b] = wards.residentStart[wards.boroughFirstWard[b]];
    return starts;
  }

  @org.civicsim.scenario.Constant(
      doc = "Money each of a ward's first groups starts with",
      unit = "GBP",
      source = "Judgement")
  static final double INITIAL_GROUP_MONEY = 500;

  @org.civicsim.scenario.Constant(
      doc =
          "Chance a resident of average skills (0.5) and motivation (0.5) joins one of the ward's"
              + " first groups; times (0.5 + skills)(0.5 + motivation)",
      unit = "share 0-1",
      source = "Judgement")
  static final double INITIAL_JOIN_CHANCE = 0.2;

  /** The groups a borough starts with, and their first members. */
  private void seedGroups(int week) {
    for (int w = 0; w < wards.count; w++) {
      var spec = local(wards.borough[w]).groups();
      if (!spec.enabled()) continue;
      double want = Math.min(spec.initialPerWard(), spec.maxPerWard());
      int k = (int) want + (random.nextBoolean(want - Math.floor(want)) ? 1 : 0);
      int first = groups.slots();
      for (int j = 0; j < k; j++) groups.found(w, week, INITIAL_GROUP_MONEY);
      if (k == 0) continue;
      for (int i = wards.residentStart[w]; i < wards.residentStart[w + 1]; i++) {
        double p =
            INITIAL_JOIN_CHANCE * (0.5 + population.skills[i]) * (0.5 + population.motivation[i]);
        if (random.nextBoolean(Math.min(1.0, p))) joinGroup(i, first + random.nextInt(k), week);
      }
    }
  }

  /** Threshold runs: the seeds active at step 0 (a share or a count, drawn at random). */
  private void seedActive(boolean threshold) {
    Residents r = scenario.residents();
    long count =
        r.initialActiveCount() != null
            ? r.initialActiveCount()
            : Math.round(r.initialActive() * population.n);
    count = Math.min(count, population.n);
    if (count <= 0) return;
    int[] order = new int[population.n];
    for (int i = 0; i < order.length; i++) order[i] = i;
    for (int i = 0; i < count; i++) {
      int j = i + random.nextInt(order.length - i);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
      int seedResident = order[i];
      population.activePrev[seedResident] = 1;
      population.activity[seedResident] = threshold ? Activity.FORMAL : Activity.INFORMAL;
      if (threshold) {
        population.lastFormal[seedResident] = -1;
        population.keptUp(seedResident, -1);
      }
      choice.boroughActive[wards.borough[population.ward[seedResident]]]++;
    }
  }

  /**
   * Resident i joins group {@code id} in {@code week}, counted among its members at once. A group's
   * count of members changes only here, in {@link #leaveGroup} and when it dissolves; groups of
   * different wards are counted apart, so wards on different threads never share a count.
   */
  void joinGroup(int i, int id, int week) {
    population.join(i, id, week);
    groups.members[id]++;
  }

  /** Resident i leaves its group. */
  void leaveGroup(int i) {
    groups.members[population.group[i]]--;
    population.leave(i);
  }

  /** Ends a group: its members are free, the facilities it ran close. */
  void dissolveGroup(int id, int week) {
    groups.dissolve(id);
    int w = groups.ward[id];
    for (int i = wards.residentStart[w]; i < wards.residentStart[w + 1]; i++) {
      if (population.group[i] == id) population.leave(i);
    }
    for (int s = 0; s < ServiceType.COUNT; s++) {
      int f = w * ServiceType.COUNT + s;
      if (services.runner[f] == id) {
        services.runner[f] = -1;
        if (services.operator[f] == Services.COMMUNITY) closeFacility(f);
      }
    }
    groups.facilities[id] = 0;
    groups.members[id] = 0;
  }

  /** Forms a group in ward w from residents ready to found one; returns its id or -1. */
  int foundGroup(int w, int week, double money) {
    int core = local(wards.borough[w]).groups().foundingCore();
    int id = groups.found(w, week, money);
    int joined = 0;
    int size = wards.size(w);
    // Residents are sorted by income within a ward: start the search anywhere in it.
    int offset = size > 0 ? random.nextInt(size) : 0;
    for (int k = 0; k < size && joined < 2 * core; k++) {
      int i = wards.residentStart[w] + (offset + k) % size;
      byte act = population.activity[i];
      if (population.group[i] < 0
          && (act == Activity.FORMAL || act == Activity.CIVIC)
          && population.skills[i] >= 0.5
          && population.motivation[i] >= 0.5) {
        joinGroup(i, id, week);
        joined++;
      }
    }
    groups.index();
    return id;
  }

  /**
   * A facility closes: residents of its ward lose trust ("a service that closes lowers efficacy").
   */
  void closeFacility(int f) {
    services.operator[f] = Services.CLOSED;
    services.runner[f] = -1;
    services.closedAt[f] = now;
    int w = f / ServiceType.COUNT;
    float keep = (float) (1 - scenario.behaviour().closureLoss());
    for (int i = wards.residentStart[w]; i < wards.residentStart[w + 1]; i++) {
      population.trust[i] *= keep;
      choice.renew(i);
    }
  }
}
