package org.civicsim.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.util.MathArrays;
import org.civicsim.io.Numbers;

/**
 * Reads and checks a sweep file (DESIGN.md section 2) as strictly as a scenario: every problem is
 * reported with the sweep file's line and column. Every {@code set} and {@code vary} key is checked
 * by loading the base scenario with the changes of each design point, so that an unknown key or a
 * value out of range is reported exactly as {@code --set} would report it, at the line of that key
 * in the sweep file.
 *
 * <p>Designs: {@code full-factorial} is every combination of the listed values, the first varied
 * key changing slowest; ranges are not allowed there. {@code latin-hypercube} draws {@code samples}
 * points with a Well19937c generator seeded from the sweep seed: for each varied key in file order
 * the strata 0..n-1 are shuffled, and point i takes {@code u = (stratum + uniform) / n}, so that
 * every stratum of every key holds exactly one point. A range {@code {min, max}} maps u to {@code
 * min + u * (max - min)} (rounded to a whole number for whole-number keys, otherwise written to six
 * significant digits, the value that runs.csv shows and the run uses); a list takes item {@code
 * floor(u * size)}, so each item is chosen uniformly and as evenly as the samples allow.
 */
public final class SweepLoader {
  static final String FULL_FACTORIAL = "full-factorial";
  static final String LATIN_HYPERCUBE = "latin-hypercube";
  private static final Set<String> NOT_YET = Set.of("sobol", "morris");
  private static final List<String> DESIGNS = List.of(FULL_FACTORIAL, LATIN_HYPERCUBE);
  private static final List<String> KEYS =
      List.of("name", "description", "base", "design", "samples", "replicates", "seed", "set",
          "vary");
  /** Beyond this a sweep would not finish; most likely a grid written by mistake. */
  static final long MAX_RUNS = 10_000_000L;

  private SweepLoader() {}

  /** One varied key: a list of values as text, or a range. */
  private record Dimension(String key, Pos pos, List<String> values, double min, double max) {
    boolean isRange() {
      return values == null;
    }
  }

  /**
   * Loads, checks and expands a sweep file.
   *
   * @throws ScenarioException listing every problem, positioned in the sweep file (or the base)
   */
  public static Sweep load(Path file) throws ScenarioException {
    String name = String.valueOf(file);
    String text = SourceText.read(file);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    Problems problems = new Problems();
    YamlNode root = YamlReader.read(text, name, problems);
    if (!(root instanceof YamlNode.Mapping m)) {
      if (problems.isEmpty()) {
        problems.add(
            new Pos(name, 0, 0),
            null,
            "a sweep file is a section of keys: base, design, samples, replicates, seed, set,"
                + " vary");
      }
      throw problems.exception(name);
    }
    for (YamlNode.Entry e : m.entries().values()) {
      if (!KEYS.contains(e.key())) {
        String near = Suggest.nearest(e.key(), KEYS);
        problems.add(
            e.keyPos(),
            e.key(),
            "unknown sweep key"
                + (near == null ? "; the keys are " + String.join(", ", KEYS)
                    : "; did you mean " + near + "?"));
      }
    }
    String sweepName = text(m, "name", problems);
    if (sweepName == null) {
      String f = file.getFileName() == null ? "sweep" : file.getFileName().toString();
      sweepName = f.endsWith(".yaml") ? f.substring(0, f.length() - 5) : f;
    }
    Path base = base(m, file, name, problems);
    String design = design(m, name, problems);
    Long samples = whole(m, "samples", 1, MAX_RUNS, problems);
    Long replicates = whole(m, "replicates", 1, 100_000, problems);
    Long seed = whole(m, "seed", 0, Long.MAX_VALUE, problems);
    Map<String, String> set = new LinkedHashMap<>();
    Map<String, Pos> keyPos = new LinkedHashMap<>();
    readSet(m, set, keyPos, problems);
    List<Dimension> dims = readVary(m, set, keyPos, problems);
    if (base == null || design == null) {
      throw problems.exception(name);
    }
    Problems own = new Problems();
    List<List<String>> points = points(m, design, samples, seed == null ? 0 : seed, dims, name,
        own);
    own.sorted(name).forEach(problems::add);
    if (!own.isEmpty() || points.isEmpty()) {
      throw problems.exception(name);
    }
    List<String> varied = dims.stream().map(Dimension::key).toList();
    // The base with the fixed changes gives the defaults of replicates and seed.
    Sweep draft = new Sweep(sweepName, file, base, design, 1, 0, set, varied, points);
    Scenario first = check(draft, keyPos, m.get("base").pos(), name, problems);
    if (!problems.isEmpty() || first == null) {
      throw problems.exception(name);
    }
    long runs = (long) points.size() * (replicates == null ? first.replicates() : replicates);
    if (runs > MAX_RUNS) {
      problems.add(new Pos(name, 0, 0), null, "the sweep has " + runs + " runs; at most "
          + MAX_RUNS + " are allowed");
      throw problems.exception(name);
    }
    return new Sweep(sweepName, file, base, design,
        replicates == null ? first.replicates() : replicates.intValue(),
        seed == null ? first.seed() : seed, set, varied, points);
  }

  /**
   * Loads the base with the changes of every design point, reporting each problem at the sweep
   * file's line of the key it concerns; returns the scenario of point 0, or null on problems.
   */
  private static Scenario check(Sweep sweep, Map<String, Pos> keyPos, Pos basePos, String name,
      Problems problems) {
    Scenario first = null;
    for (int p = 0; p < sweep.points().size(); p++) {
      try {
        Scenario s = sweep.scenario(p);
        if (p == 0) {
          first = s;
        }
      } catch (ScenarioException e) {
        for (Problem q : e.problems()) {
          if (q.line() == 0 && String.valueOf(sweep.base()).equals(q.file())) {
            // The base cannot be read at all: say so at the sweep's base: line.
            problems.add(new Problem(name, basePos.line(), basePos.column(), "base",
                "the base scenario " + q.file() + ": " + q.message()));
            continue;
          }
          if (!Pos.OVERRIDE_FILE.equals(q.file())) {
            problems.add(q);
            continue;
          }
          Pos at = new Pos(name, 0, 0);
          String key = q.key();
          for (Map.Entry<String, Pos> k : keyPos.entrySet()) {
            if (key != null && (key.equals(k.getKey()) || key.startsWith(k.getKey() + ".")
                || key.startsWith(k.getKey() + "["))) {
              at = k.getValue();
              break;
            }
          }
          problems.add(new Problem(name, at.line(), at.column(), key, q.message()));
        }
        if (problems.sorted(name).size() >= Problems.LIMIT) {
          break;
        }
      }
    }
    return first;
  }

  private static String text(YamlNode.Mapping m, String key, Problems problems) {
    YamlNode.Entry e = m.entry(key);
    if (e == null || YamlNode.isNull(e.value())) {
      return null;
    }
    if (e.value() instanceof YamlNode.Scalar s && s.kind() != YamlNode.Kind.INVALID) {
      return s.text();
    }
    problems.add(e.value().pos(), key, "expected a text value, got "
        + YamlNode.describe(e.value()));
    return null;
  }

  private static Path base(YamlNode.Mapping m, Path file, String name, Problems problems) {
    String b = text(m, "base", problems);
    if (b == null) {
      if (m.entry("base") == null) {
        problems.add(new Pos(name, 0, 0), "base",
            "missing: the scenario the sweep changes, for example base: ../baseline.yaml");
      }
      return null;
    }
    try {
      Path p = Path.of(b);
      Path dir = file.getParent();
      return p.isAbsolute() || dir == null ? p.normalize() : dir.resolve(p).normalize();
    } catch (java.nio.file.InvalidPathException e) {
      problems.add(m.get("base").pos(), "base", "not a valid file name: " + b);
      return null;
    }
  }

  private static String design(YamlNode.Mapping m, String name, Problems problems) {
    String d = text(m, "design", problems);
    if (d == null) {
      if (m.entry("design") == null) {
        problems.add(new Pos(name, 0, 0), "design",
            "missing: full-factorial or latin-hypercube");
      }
      return null;
    }
    if (DESIGNS.contains(d)) {
      return d;
    }
    Pos at = m.get("design").pos();
    if (NOT_YET.contains(d.toLowerCase(Locale.ROOT))) {
      problems.add(at, "design", "the " + d + " design is not available yet; use"
          + " full-factorial or latin-hypercube");
    } else {
      String near = Suggest.nearest(d, DESIGNS);
      problems.add(at, "design", "unknown design \"" + d + "\""
          + (near == null ? "; use full-factorial or latin-hypercube"
              : "; did you mean " + near + "?"));
    }
    return null;
  }

  private static Long whole(YamlNode.Mapping m, String key, long min, long max,
      Problems problems) {
    YamlNode.Entry e = m.entry(key);
    if (e == null || YamlNode.isNull(e.value())) {
      return null;
    }
    if (e.value() instanceof YamlNode.Scalar s && s.kind() == YamlNode.Kind.NUMBER) {
      try {
        long v = Long.parseLong(s.text().replace("_", ""));
        if (v >= min && v <= max) {
          return v;
        }
      } catch (NumberFormatException ignored) {
        // reported below
      }
    }
    problems.add(e.value().pos(), key, "expected a whole number from " + min
        + (max == Long.MAX_VALUE ? " up" : " to " + max) + ", got " + YamlNode.describe(e.value()));
    return null;
  }

  private static void readSet(YamlNode.Mapping m, Map<String, String> set,
      Map<String, Pos> keyPos, Problems problems) {
    YamlNode node = m.get("set");
    if (node == null || YamlNode.isNull(node)) {
      return;
    }
    if (!(node instanceof YamlNode.Mapping s)) {
      problems.add(node.pos(), "set", "expected dotted keys with values, like steps: 260; got "
          + YamlNode.describe(node));
      return;
    }
    for (YamlNode.Entry e : s.entries().values()) {
      String v = valueText(e.value());
      if (v == null) {
        problems.add(e.value().pos(), e.key(), "expected a value (a number, text, true/false or a"
            + " list), got " + YamlNode.describe(e.value()) + "; write nested keys dotted, like"
            + " council.pb_share: 0.01");
        continue;
      }
      set.put(e.key(), v);
      keyPos.put(e.key(), e.keyPos());
    }
  }

  /** A scalar's text, a flow list of scalars, or null for anything else. */
  private static String valueText(YamlNode node) {
    if (node instanceof YamlNode.Scalar s && s.kind() != YamlNode.Kind.INVALID) {
      return s.kind() == YamlNode.Kind.NULL ? "null" : s.text();
    }
    if (node instanceof YamlNode.Sequence q) {
      List<String> items = new ArrayList<>();
      for (YamlNode i : q.items()) {
        if (!(i instanceof YamlNode.Scalar s) || s.kind() == YamlNode.Kind.INVALID) {
          return null;
        }
        items.add(s.text());
      }
      return "[" + String.join(", ", items) + "]";
    }
    return null;
  }

  private static List<Dimension> readVary(YamlNode.Mapping m, Map<String, String> set,
      Map<String, Pos> keyPos, Problems problems) {
    List<Dimension> dims = new ArrayList<>();
    YamlNode node = m.get("vary");
    if (node == null || YamlNode.isNull(node)) {
      problems.add(m.entry("vary") == null ? m.pos() : node.pos(), "vary",
          "missing: at least one key to vary, with a list of values or {min: ..., max: ...}");
      return dims;
    }
    if (!(node instanceof YamlNode.Mapping v) || v.entries().isEmpty()) {
      problems.add(node.pos(), "vary", "expected dotted keys each with a list of values or"
          + " {min: ..., max: ...}; got " + YamlNode.describe(node));
      return dims;
    }
    for (YamlNode.Entry e : v.entries().values()) {
      String key = e.key();
      if (set.containsKey(key)) {
        problems.add(e.keyPos(), key, "is both set and varied; remove it from one of them");
        continue;
      }
      keyPos.put(key, e.keyPos());
      YamlNode value = e.value();
      if (value instanceof YamlNode.Sequence q && !q.items().isEmpty()) {
        List<String> items = new ArrayList<>();
        for (YamlNode i : q.items()) {
          String t = valueText(i);
          if (t == null || !(i instanceof YamlNode.Scalar)) {
            problems.add(i.pos(), key, "each value to try must be a single value, got "
                + YamlNode.describe(i));
          } else {
            items.add(t);
          }
        }
        dims.add(new Dimension(key, e.keyPos(), items, Double.NaN, Double.NaN));
      } else if (value instanceof YamlNode.Mapping r) {
        Double min = number(r, "min", key, problems);
        Double max = number(r, "max", key, problems);
        for (YamlNode.Entry x : r.entries().values()) {
          if (!x.key().equals("min") && !x.key().equals("max")) {
            String near = Suggest.nearest(x.key(), List.of("min", "max"));
            problems.add(x.keyPos(), key + "." + x.key(), "unknown range key"
                + (near == null ? "; a range is {min: ..., max: ...}"
                    : "; did you mean " + near + "?"));
          }
        }
        if (min != null && max != null) {
          if (min > max) {
            problems.add(value.pos(), key, "min " + Numbers.format(min) + " is above max "
                + Numbers.format(max));
          } else {
            dims.add(new Dimension(key, e.keyPos(), null, min, max));
          }
        }
      } else {
        problems.add(value.pos(), key, "expected a list of values like [0, 0.01, 0.05] or a range"
            + " like {min: 0, max: 0.08}; got " + YamlNode.describe(value));
      }
    }
    return dims;
  }

  private static Double number(YamlNode.Mapping r, String which, String key, Problems problems) {
    YamlNode n = r.get(which);
    if (n == null) {
      problems.add(r.pos(), key, "a range needs " + which + ": like {min: 0, max: 0.08}");
      return null;
    }
    if (n instanceof YamlNode.Scalar s && s.kind() == YamlNode.Kind.NUMBER) {
      try {
        double d = Double.parseDouble(s.text().replace("_", ""));
        if (Double.isFinite(d)) {
          return d;
        }
      } catch (NumberFormatException ignored) {
        // reported below
      }
    }
    problems.add(n.pos(), key + "." + which, "expected a number, got " + YamlNode.describe(n));
    return null;
  }

  private static List<List<String>> points(YamlNode.Mapping m, String design, Long samples,
      long seed, List<Dimension> dims, String name, Problems problems) {
    List<List<String>> points = new ArrayList<>();
    if (FULL_FACTORIAL.equals(design)) {
      long size = 1;
      for (Dimension d : dims) {
        if (d.isRange()) {
          problems.add(d.pos(), d.key(), "a full-factorial design needs a list of values, not a"
              + " range; list them, like [0, 0.04, 0.08], or use design: latin-hypercube");
        } else {
          size = Math.min(size * d.values().size(), MAX_RUNS + 1);
        }
      }
      if (!problems.isEmpty()) {
        return points;
      }
      if (size > MAX_RUNS) {
        problems.add(m.get("vary").pos(), "vary", "the grid has more than " + MAX_RUNS
            + " points");
        return points;
      }
      if (samples != null && samples != size) {
        problems.add(m.get("samples").pos(), "samples", "a full-factorial design has one point"
            + " per combination, " + size + " here; remove samples: or set it to " + size);
        return points;
      }
      int[] index = new int[dims.size()];
      for (long p = 0; p < size; p++) {
        List<String> point = new ArrayList<>(dims.size());
        for (int d = 0; d < dims.size(); d++) {
          point.add(dims.get(d).values().get(index[d]));
        }
        points.add(point);
        for (int d = dims.size() - 1; d >= 0; d--) {
          if (++index[d] < dims.get(d).values().size()) {
            break;
          }
          index[d] = 0;
        }
      }
      return points;
    }
    if (samples == null) {
      YamlNode given = m.get("samples");
      if (given == null || YamlNode.isNull(given)) {
        // A value that is there but wrong has been reported already.
        problems.add(given == null ? new Pos(name, 0, 0) : given.pos(),
            "samples", "missing: the number of latin-hypercube points, like samples: 64");
      }
      return points;
    }
    int n = samples.intValue();
    RandomGenerator rng = new Well19937c(seed);
    String[][] values = new String[n][dims.size()];
    for (int d = 0; d < dims.size(); d++) {
      Dimension dim = dims.get(d);
      int[] strata = MathArrays.natural(n);
      MathArrays.shuffle(strata, rng);
      boolean whole = isWhole(dim.key());
      for (int i = 0; i < n; i++) {
        double u = (strata[i] + rng.nextDouble()) / n;
        if (dim.isRange()) {
          double x = dim.min() + u * (dim.max() - dim.min());
          values[i][d] = whole ? Long.toString(Math.round(x)) : Numbers.format(x);
        } else {
          int size = dim.values().size();
          values[i][d] = dim.values().get(Math.min(size - 1, (int) (u * size)));
        }
      }
    }
    for (String[] v : values) {
      points.add(List.of(v));
    }
    return points;
  }

  /** Whether the scenario key takes whole numbers (ranges over it are rounded). */
  private static boolean isWhole(String key) {
    Schema.Field f = Schema.find(key);
    if (f == null) {
      return false;
    }
    Class<?> t = f.type();
    return t == int.class || t == long.class || t == Integer.class || t == Long.class;
  }
}
