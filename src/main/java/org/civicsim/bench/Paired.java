package org.civicsim.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.civicsim.io.AtomicFile;
import sim.engine.SimState;

/**
 * Two builds of the model timed against each other in one JVM. On a shared machine separate runs of
 * the harness differ by up to 40%, which hides any change under about 10%; here each build's own
 * classes (a jar such as {@code target/civicsim.jar} kept from an earlier commit, or a folder of
 * classes) are loaded by a class loader of their own, both models are built from the same scenario,
 * and they step in alternate stretches of weeks, the order swapped every round, so whatever else
 * the machine does falls on both alike. Only the public API is called (the scenario loader, the
 * model's constructor, {@code setThreads}, {@code start} and the schedule), so any build since the
 * harness began can be compared.
 */
public final class Paired {
  /**
   * What to compare.
   *
   * @param a the build the ratio is taken against (a jar or a folder of classes)
   * @param b the other build
   * @param scenario the scenario file both builds load
   * @param overrides KEY=VALUE changes to it, the harness's size and burn-in among them
   * @param threads threads each model steps on
   * @param rounds stretches timed for each build
   * @param weeks weeks a stretch
   */
  public record Settings(
      Path a, Path b, Path scenario, List<String> overrides, int threads, int rounds, int weeks) {}

  /** Nanoseconds a resident-week of each build, round by round, and whether they agree. */
  public record Result(long residents, double[] a, double[] b, boolean same) {
    public double medianA() {
      return Bench.median(a);
    }

    public double medianB() {
      return Bench.median(b);
    }

    /** The ratio b/a of each round, sorted. */
    public double[] ratios() {
      double[] r = new double[a.length];
      for (int k = 0; k < r.length; k++) r[k] = b[k] / a[k];
      Arrays.sort(r);
      return r;
    }

    public int bFaster() {
      int k = 0;
      for (int r = 0; r < a.length; r++) if (b[r] < a[r]) k++;
      return k;
    }

    /** The summary the command prints. */
    public String describe() {
      double[] r = ratios();
      return String.format(
          Locale.ROOT,
          "A: median %.1f ns a resident-week%nB: median %.1f ns a resident-week%n"
              + "B/A: median %.3f (rounds %.3f to %.3f); B faster in %d of %d rounds%n"
              + "same results after the same weeks: %s%n",
          medianA(),
          medianB(),
          Bench.median(r),
          r[0],
          r[r.length - 1],
          bFaster(),
          a.length,
          same ? "yes" : "no");
    }
  }

  private Paired() {}

  /** Builds both models, warms them up for a stretch each, then times the rounds. */
  public static Result run(Settings s, PrintStream progress) throws Exception {
    Build[] builds = {new Build(s.a(), s), new Build(s.b(), s)};
    try {
      long n = builds[0].residents();
      for (Build b : builds) b.step(s.weeks()); // warm-up: the compiler's first work
      double[][] t = new double[2][s.rounds()];
      for (int r = 0; r < s.rounds(); r++) {
        for (int k = 0; k < 2; k++) {
          int v = (r & 1) == 0 ? k : 1 - k;
          long t0 = System.nanoTime();
          builds[v].step(s.weeks());
          t[v][r] = (System.nanoTime() - t0) / ((double) s.weeks() * n);
        }
        progress.printf(
            Locale.ROOT,
            "round %d/%d: A %.1f, B %.1f ns a resident-week%n",
            r + 1,
            s.rounds(),
            t[0][r],
            t[1][r]);
      }
      return new Result(n, t[0], t[1], builds[0].digest() == builds[1].digest());
    } finally {
      for (Build b : builds) b.close();
    }
  }

  /** Writes each round's figures, {@code round,a_ns_per_resident_step,b_ns_per_resident_step}. */
  public static void writeCsv(Path file, Result r) throws IOException {
    AtomicFile.write(
        file,
        w -> {
          w.write("round,a_ns_per_resident_step,b_ns_per_resident_step\n");
          for (int k = 0; k < r.a().length; k++) {
            w.write(String.format(Locale.ROOT, "%d,%.3f,%.3f%n", k + 1, r.a()[k], r.b()[k]));
          }
        });
  }

  /** One build's model, reached through its own class loader. */
  private static final class Build implements AutoCloseable {
    private final Loader loader;
    private final Object model;
    private final Object schedule;
    private final Method step;

    Build(Path where, Settings s) throws Exception {
      loader = new Loader(where.toUri().toURL(), Paired.class.getClassLoader());
      Class<?> scenarioLoader = loader.loadClass("org.civicsim.scenario.ScenarioLoader");
      Class<?> scenarioType = loader.loadClass("org.civicsim.scenario.Scenario");
      Class<?> modelType = loader.loadClass("org.civicsim.model.CivicModel");
      Object scenario =
          scenarioLoader
              .getMethod("load", Path.class, List.class)
              .invoke(null, s.scenario(), new ArrayList<>(s.overrides()));
      long seed = (Long) scenarioType.getMethod("seed").invoke(scenario);
      model = modelType.getConstructor(scenarioType, long.class).newInstance(scenario, seed);
      modelType.getMethod("setThreads", int.class).invoke(model, s.threads());
      modelType.getMethod("start").invoke(model);
      schedule = modelType.getField("schedule").get(model);
      step = schedule.getClass().getMethod("step", SimState.class);
    }

    long residents() throws Exception {
      Object p = model.getClass().getMethod("population").invoke(model);
      return p.getClass().getField("n").getInt(p);
    }

    void step(int weeks) throws Exception {
      for (int t = 0; t < weeks; t++) step.invoke(schedule, model);
    }

    /** A digest of every resident's activity, trust, voice, load and group. */
    long digest() throws Exception {
      Object p = model.getClass().getMethod("population").invoke(model);
      Class<?> c = p.getClass();
      int n = c.getField("n").getInt(p);
      byte[] activity = (byte[]) c.getField("activity").get(p);
      float[] trust = (float[]) c.getField("trust").get(p);
      float[] voice = (float[]) c.getField("voice").get(p);
      float[] load = (float[]) c.getField("load").get(p);
      int[] group = (int[]) c.getField("group").get(p);
      return ModelBench.digest(n, activity, trust, voice, load, group);
    }

    @Override
    public void close() throws Exception {
      model.getClass().getMethod("finish").invoke(model);
      loader.close();
    }
  }

  /**
   * Loads the project's own classes from one build before asking its parent, so two builds live
   * side by side; everything else (MASON, the YAML reader) is shared through the parent.
   */
  private static final class Loader extends URLClassLoader {
    Loader(URL build, ClassLoader parent) {
      super(new URL[] {build}, parent);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (!name.startsWith("org.civicsim.")) return super.loadClass(name, resolve);
      synchronized (getClassLoadingLock(name)) {
        Class<?> c = findLoadedClass(name);
        if (c == null) c = findClass(name);
        if (resolve) resolveClass(c);
        return c;
      }
    }
  }
}
