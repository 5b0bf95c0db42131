package org.civicsim.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.civicsim.io.AtomicFile;
import org.civicsim.model.CivicModel;
import org.civicsim.model.ThreadTeam;
import org.civicsim.scenario.Scenario;
import org.civicsim.scenario.ScenarioException;

/**
 * The performance harness behind {@code civicsim bench}: in one JVM, for each population size, the
 * full model, the roofline kernel over the model's own ties, and (at one size) the MASON-idiomatic
 * variant, on one thread and on K; times are nanoseconds per resident-week after a warm-up, sizes
 * are bytes of heap per resident after full collections. Figures, never verdicts: nothing here
 * asserts a time.
 */
public final class Bench {
  /** Population sizes measured when none are given. */
  public static final List<Integer> DEFAULT_RESIDENTS =
      List.of(10_000, 100_000, 1_000_000, 10_000_000);

  /**
   * Heap a default size needs, per resident, before the harness tries it: the model while it builds
   * its ties plus the roofline's copy (10,000,000 residents ran in a 4 GB heap; the default heap is
   * a quarter of the machine's memory).
   */
  static final long HEAP_NEEDED_PER_RESIDENT = 400;

  /** Resident-weeks timed per variant and size when --steps is not given. */
  static final double RESIDENT_STEPS = 3e7;

  /**
   * What to measure.
   *
   * @param scenario the scenario the model runs (its population is replaced by each size)
   * @param residents population sizes
   * @param residentsGiven whether the sizes were chosen (then none is skipped for want of heap)
   * @param steps weeks timed per variant, or null to time about {@link #RESIDENT_STEPS}
   *     resident-weeks
   * @param threads the thread count compared with one
   * @param burnInWeeks the model's burn-in (weeks stepped inside setup)
   * @param masonResidents the size of the MASON-idiomatic variant
   * @param overrides further scenario changes, KEY=VALUE
   */
  public record Settings(
      Path scenario,
      List<Integer> residents,
      boolean residentsGiven,
      Integer steps,
      int threads,
      int burnInWeeks,
      int masonResidents,
      List<String> overrides) {}

  private final Settings s;
  private final PrintStream progress;
  private final List<String> notes = new ArrayList<>();
  private final List<Ratio> ratios = new ArrayList<>();

  /**
   * The model's time over the roofline's at one size and thread count, round by round (the two
   * stepped in turns): the median round's ratio and the lowest and highest.
   */
  public record Ratio(int residents, int threads, double median, double low, double high) {
    static Ratio of(int residents, int threads, double[] model, double[] roofline) {
      double[] r = new double[model.length];
      for (int k = 0; k < r.length; k++) r[k] = model[k] / roofline[k];
      double[] sorted = r.clone();
      java.util.Arrays.sort(sorted);
      return new Ratio(residents, threads, Bench.median(r), sorted[0], sorted[sorted.length - 1]);
    }
  }

  /** Model over roofline at each size and thread count, from rounds stepped in turns. */
  public List<Ratio> ratios() {
    return ratios;
  }

  public Bench(Settings settings, PrintStream progress) {
    this.s = settings;
    this.progress = progress;
  }

  /** Notes on what was skipped or assumed, for the table's footer. */
  public List<String> notes() {
    return notes;
  }

  /** Measures every variant at every size, in the order of the table. */
  public List<Measurement> run() throws ScenarioException {
    List<Measurement> rows = new ArrayList<>();
    notes.add(
        String.format(
            Locale.ROOT,
            "model: %s, replicate 0, %d residents a ward, burn-in %d weeks inside setup",
            s.scenario(),
            ModelBench.RESIDENTS_PER_WARD,
            s.burnInWeeks()));
    notes.add(machine() + ", load average at the start " + load());
    for (int n : sizes()) measureSize(n, rows);
    measureMason(s.masonResidents(), rows);
    notes.add("load average at the end " + load());
    return rows;
  }

  /** The JVM, its flags, processors and heap, as docs/performance.md reports them. */
  static String machine() {
    Runtime rt = Runtime.getRuntime();
    return String.format(
        Locale.ROOT,
        "Java %s (%s), flags %s, %d processors, max heap %.1f GB",
        System.getProperty("java.version"),
        System.getProperty("java.vm.name"),
        ManagementFactory.getRuntimeMXBean().getInputArguments(),
        rt.availableProcessors(),
        rt.maxMemory() / 1e9);
  }

  /** The one-minute load average; above the processor count, other work shares the cores. */
  static String load() {
    double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    return load < 0 ? "unknown" : String.format(Locale.ROOT, "%.2f", load);
  }

  private List<Integer> sizes() {
    List<Integer> sizes = new ArrayList<>();
    long max = Runtime.getRuntime().maxMemory();
    for (int n : s.residents()) {
      if (!s.residentsGiven() && (long) n * HEAP_NEEDED_PER_RESIDENT > max) {
        String note =
            String.format(
                Locale.ROOT,
                "skipped %,d residents: needs about %.0f GB of heap, this JVM has %.1f GB"
                    + " (CIVICSIM_JAVA_OPTS=-Xmx16g ./civicsim bench, or --residents to insist)",
                n,
                Math.ceil(n * (double) HEAP_NEEDED_PER_RESIDENT / 1e9),
                max / 1e9);
        notes.add(note);
        progress.println(note);
        continue;
      }
      sizes.add(n);
    }
    return sizes;
  }

  /** Weeks timed at size n. */
  int steps(int n) {
    if (s.steps() != null) return s.steps();
    return (int) Math.max(10, Math.min(520, Math.round(RESIDENT_STEPS / n)));
  }

  /**
   * Untimed weeks before timing: a fifth of the timed weeks, and at least {@link
   * #WARM_RESIDENT_STEPS} resident-weeks, so the compiler has finished with the hot loop even when
   * the variant is the first one stepped in the JVM.
   */
  static int warmUp(int steps, int n) {
    return (int) Math.max(Math.max(1, steps / 5), Math.min(10_000, WARM_RESIDENT_STEPS / n));
  }

  /** Resident-weeks stepped, at least, before any variant is timed. */
  static final long WARM_RESIDENT_STEPS = 10_000_000;

  /** Sizes up to this many residents time setup as the median of three builds. */
  static final int SETUP_BUILDS_UP_TO = 100_000;

  /** Timed weeks are split into this many stretches, and the median stretch is reported. */
  static final int STRETCHES = 5;

  /** The model and the roofline are stepped in turns in this many rounds (fewer for few weeks). */
  static final int ROUNDS = 10;

  private List<Integer> threadCounts() {
    return s.threads() > 1 ? List.of(1, s.threads()) : List.of(1);
  }

  private void measureSize(int n, List<Measurement> rows) throws ScenarioException {
    Scenario scenario = ModelBench.scenario(s, n);
    int steps = steps(n);
    int warm = warmUp(steps, n);
    long empty = Heap.usedAfterCollection();

    Built one = modelOnOneThread(scenario, n, warm, steps, empty);
    CivicModel model = one.model();
    double modelBytes = (Heap.usedAfterCollection() - empty) / (double) n;
    long before = Heap.usedAfterCollection();
    Roofline roofline = new Roofline(model, scenario.seed()); // the template each run copies
    double rooflineBytes = (Heap.usedAfterCollection() - before) / (double) n;
    long modelOne = 0;
    long rooflineOne = 0;
    for (int k : threadCounts()) {
      CivicModel mk = model;
      double setup = one.setupSeconds();
      if (k > 1) {
        say("model, %,d residents, %d threads: setting up", n, k);
        long t1 = System.nanoTime();
        mk = ModelBench.start(scenario, k);
        setup = (System.nanoTime() - t1) / 1e9;
      }
      Roofline r = roofline.copy();
      say("model and roofline, %,d residents, %d thread(s), in turns", n, k);
      final CivicModel stepped = mk;
      try (ThreadTeam blocks = new ThreadTeam(k)) {
        double[][] ns =
            inTurns(() -> stepped.schedule.step(stepped), () -> r.step(blocks), warm, steps, n);
        long digest = ModelBench.digest(mk);
        Boolean same = k == 1 ? null : digest == modelOne;
        Boolean rooflineSame = k == 1 ? null : r.digest() == rooflineOne;
        if (k == 1) {
          modelOne = digest;
          rooflineOne = r.digest();
        }
        rows.add(
            new Measurement(
                Measurement.MODEL, n, k, steps, median(ns[0]), modelBytes, setup, same));
        rows.add(
            new Measurement(
                Measurement.ROOFLINE,
                n,
                k,
                steps,
                median(ns[1]),
                rooflineBytes,
                Double.NaN,
                rooflineSame));
        ratios.add(Ratio.of(n, k, ns[0], ns[1]));
      }
      mk.finish();
      model = null;
    }
  }

  /** A model set up and burnt in, and the seconds that took. */
  private record Built(CivicModel model, double setupSeconds) {}

  /** The model on one thread, set up and burnt in. */
  private Built modelOnOneThread(Scenario scenario, int n, int warm, int steps, long empty) {
    say("model, %,d residents, 1 thread: setting up", n);
    // The first build of a run's first size also compiles the setup code; at small sizes that
    // is most of it, so setup is the median of three builds there, as weeks are timed warm.
    double[] setups = new double[n <= SETUP_BUILDS_UP_TO ? 3 : 1];
    for (int k = 0; k + 1 < setups.length; k++) {
      long t0 = System.nanoTime();
      CivicModel earlier = ModelBench.start(scenario, 1);
      setups[k] = (System.nanoTime() - t0) / 1e9;
      earlier.finish();
    }
    long t0 = System.nanoTime();
    CivicModel model = ModelBench.start(scenario, 1);
    setups[setups.length - 1] = (System.nanoTime() - t0) / 1e9;
    double setup = median(setups);
    say(
        "model, %,d residents, 1 thread: set up in %.2f s, %.0f bytes a resident;"
            + " %d weeks warm-up, %d timed",
        n, setup, (Heap.usedAfterCollection() - empty) / (double) n, warm, steps);
    return new Built(model, setup);
  }

  private void measureMason(int n, List<Measurement> rows) throws ScenarioException {
    if (n <= 0) return;
    Scenario scenario = ModelBench.scenario(s, n);
    int steps =
        s.steps() != null ? s.steps() : (int) Math.max(5, Math.min(520, Math.round(3e6 / n)));
    int warm = warmUp(steps, n);
    long empty = Heap.usedAfterCollection();
    say("mason-idiomatic, %,d residents: building the Network from the model's ties", n);
    CivicModel model = ModelBench.start(scenario, 1);
    long t0 = System.nanoTime();
    MasonIdiomatic mason = new MasonIdiomatic(model, scenario.seed());
    model.finish();
    model = null;
    mason.start();
    double setup = (System.nanoTime() - t0) / 1e9;
    double bytes = (Heap.usedAfterCollection() - empty) / (double) n;
    say(
        "mason-idiomatic, %,d residents: %.0f bytes a resident; %d weeks warm-up, %d timed",
        n, bytes, warm, steps);
    double ns = perResidentStep(() -> mason.schedule.step(mason), warm, steps, n);
    mason.finish();
    rows.add(new Measurement(Measurement.MASON_IDIOMATIC, n, 1, steps, ns, bytes, setup, null));
  }

  /**
   * Nanoseconds per resident-week of {@code week}, after {@code warm} weeks untimed: the timed
   * weeks in {@link #STRETCHES} stretches (fewer when there are fewer weeks), and the median
   * stretch's figure, so a moment when another process held a core does not decide the figure.
   */
  private static double perResidentStep(Runnable week, int warm, int steps, int n) {
    for (int t = 0; t < warm; t++) week.run();
    int stretches = Math.min(STRETCHES, steps);
    double[] ns = new double[stretches];
    for (int k = 0; k < stretches; k++) {
      int weeks = steps * (k + 1) / stretches - steps * k / stretches;
      long t0 = System.nanoTime();
      for (int t = 0; t < weeks; t++) week.run();
      ns[k] = (System.nanoTime() - t0) / ((double) weeks * n);
    }
    return median(ns);
  }

  /**
   * Nanoseconds per resident-week of two variants stepped in turns: {@code warm} weeks of each
   * untimed, then the timed weeks in {@link #ROUNDS} rounds, in each round a stretch of one and a
   * stretch of the other, the order swapped every round. Returns each round's figure, the first
   * variant's at [0] and the second's at [1]: a round's two stretches share whatever else the
   * machine was doing, so their ratio is steadier than that of two separate timings.
   */
  static double[][] inTurns(Runnable a, Runnable b, int warm, int steps, int n) {
    for (int t = 0; t < warm; t++) a.run();
    for (int t = 0; t < warm; t++) b.run();
    int rounds = Math.min(ROUNDS, steps);
    double[][] ns = new double[2][rounds];
    for (int k = 0; k < rounds; k++) {
      int weeks = steps * (k + 1) / rounds - steps * k / rounds;
      for (int turn = 0; turn < 2; turn++) {
        int which = (k + turn) % 2;
        Runnable week = which == 0 ? a : b;
        long t0 = System.nanoTime();
        for (int t = 0; t < weeks; t++) week.run();
        ns[which][k] = (System.nanoTime() - t0) / ((double) weeks * n);
      }
    }
    return ns;
  }

  /** The median of {@code x} (the mean of the middle two for an even count). */
  static double median(double[] x) {
    double[] s = x.clone();
    java.util.Arrays.sort(s);
    int n = s.length;
    return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  }

  private void say(String format, Object... args) {
    progress.println(String.format(Locale.ROOT, format, args));
    progress.flush();
  }

  /** Writes bench.csv: one line per measurement, the columns of {@link Measurement#CSV_HEADER}. */
  public static void writeCsv(Path file, List<Measurement> rows) throws IOException {
    AtomicFile.write(
        file,
        w -> {
          w.write(Measurement.CSV_HEADER + "\n");
          for (Measurement m : rows) {
            w.write(
                String.format(
                    Locale.ROOT,
                    "%s,%d,%d,%d,%.2f,%.1f%n",
                    m.variant(),
                    m.residents(),
                    m.threads(),
                    m.steps(),
                    m.nsPerResidentStep(),
                    m.bytesPerResident()));
          }
        });
  }
}
