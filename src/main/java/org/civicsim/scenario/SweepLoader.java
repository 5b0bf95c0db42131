package org.civicsim.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
 * every stratum of every key holds exactly one point. {@code sobol} is Saltelli's scheme over
 * {@code samples} base samples, {@code samples (k + 2)} points for k varied keys, and {@code
 * morris} is {@code samples} trajectories of {@code k + 1} points ({@link Designs}). In every
 * design but the full grid, a point is a vector u in the unit hypercube: a range {@code {min, max}}
 * maps u to {@code min + u * (max - min)} (rounded to a whole number for whole-number keys,
 * otherwise written to six significant digits, the value that runs.csv shows and the run uses); a
 * list takes item {@code floor(u * size)}, so each item is chosen uniformly and as evenly as the
 * samples allow.
 */
public final class SweepLoader {
  static final String FULL_FACTORIAL = "full-factorial";
  static final String LATIN_HYPERCUBE = "latin-hypercube";
  static final String SOBOL = "sobol";
  static final String MORRIS = "morris";
  private static final List<String> DESIGNS =
      List.of(FULL_FACTORIAL, LATIN_HYPERCUBE, SOBOL, MORRIS);
  private static final List<String> KEYS =
      List.of(
          "name", "description", "base", "design", "samples", "replicates", "seed", "set", "vary");

  /** Beyond this a sweep would not finish; most likely a grid written by mistake. */
  static final long MAX_RUNS = 10_000_000L;

  /** Design points checked after the first one with a problem, to find other problems. */
  private static final int MORE_POINTS_AFTER_A_PROBLEM = 64;

  private SweepLoader() {}

  /** One varied key: a list of values as text, or a range. */
  private record Dimension(String key, Pos pos, List<String> values, double min, double max) {
    boolean isRange() {
      return values == null;
    }
  }

  /**
   * Whether {@code file} reads as a sweep file rather than a scenario: a section of keys with
   * {@code base:} and {@code vary:} or {@code design:} at the top. False for anything unreadable,
   * so that loading it as a scenario reports what is wrong.
   */
  public static boolean isSweep(Path file) {
    try {
      String text = SourceText.read(file);
      YamlNode root = YamlReader.read(text, String.valueOf(file), new Problems());
      return root instanceof YamlNode.Mapping m
          && m.entry("base") != null
          && (m.entry("vary") != null || m.entry("design") != null);
    } catch (ScenarioException | RuntimeException e) {
      return false;
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
                + (near == null
                    ? "; the keys are " + String.join(", ", KEYS)
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
    double[][] units = units(m, design, samples, seed == null ? 0 : seed, dims, name, own);
    own.sorted(name).forEach(problems::add);
    if (!own.isEmpty() || units == null || units.length == 0) {
      throw problems.exception(name);
    }
    List<List<String>> points = values(design, dims, units);
    List<String> varied = dims.stream().map(Dimension::key).toList();
    // The base with the fixed changes gives the defaults of replicates and seed.
    Sweep draft = new Sweep(sweepName, file, base, design, 1, 0, set, varied, points, units);
    Scenario first = check(draft, keyPos, m.get("base").pos(), name, problems);
    if (!problems.isEmpty() || first == null) {
      throw problems.exception(name);
    }
    long runs = (long) points.size() * (replicates == null ? first.replicates() : replicates);
    if (runs > MAX_RUNS) {
      problems.add(
          new Pos(name, 0, 0),
          null,
          "the sweep has " + runs + " runs; at most " + MAX_RUNS + " are allowed");
      throw problems.exception(name);
    }
    return new Sweep(
        sweepName,
        file,
        base,
        design,
        replicates == null ? first.replicates() : replicates.intValue(),
        seed == null ? first.seed() : seed,
        set,
        varied,
        points,
        units);
  }

  /**
   * Loads the base with the changes of every design point, reporting each problem at the sweep
   * file's line of the key it concerns; returns the scenario of point 0, or null on problems. Once
   * a point fails, only the next {@link #MORE_POINTS_AFTER_A_PROBLEM} are checked, so that a typo
   * in a sweep of many thousand points is reported at once rather than after loading them all.
   */
  private static Scenario check(
      Sweep sweep, Map<String, Pos> keyPos, Pos basePos, String name, Problems problems) {
    Scenario first = null;
    int failed = -1;
    for (int p = 0; p < sweep.points().size(); p++) {
      if (failed >= 0 && p - failed > MORE_POINTS_AFTER_A_PROBLEM) {
        break;
      }
      try {
        Scenario s = sweep.scenario(p);
        if (p == 0) {
          first = s;
        }
      } catch (ScenarioException e) {
        if (failed < 0) {
          failed = p;
        }
        for (Problem q : e.problems()) {
          if (q.line() == 0 && String.valueOf(sweep.base()).equals(q.file())) {
            // The base cannot be read at all: say so at the sweep's base: line.
            problems.add(
                new Problem(
                    name,
                    basePos.line(),
                    basePos.column(),
                    "base",
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
            if (key != null
                && (key.equals(k.getKey())
                    || key.startsWith(k.getKey() + ".")
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
    problems.add(
        e.value().pos(), key, "expected a text value, got " + YamlNode.describe(e.value()));
    return null;
  }

  /**
   * A key the sweep cannot do without gave no text: when it is absent say so at the top, and when
   * it is there with no value ({@code base:}, {@code base: null}, {@code base: ""}) say so where it
   * is; a value of the wrong kind has been reported already.
   */
  private static void required(
      YamlNode.Mapping m, String key, String name, String what, Problems problems) {
    YamlNode.Entry e = m.entry(key);
    if (e == null) {
      problems.add(new Pos(name, 0, 0), key, "missing: " + what);
    } else if (YamlNode.isNull(e.value())
        || e.value() instanceof YamlNode.Scalar s && s.text().isBlank()) {
      problems.add(e.value().pos(), key, "no value: give " + what);
    }
  }

  private static Path base(YamlNode.Mapping m, Path file, String name, Problems problems) {
    String b = text(m, "base", problems);
    if (b == null || b.isBlank()) {
      required(
          m,
          "base",
          name,
          "the scenario the sweep changes, for example base: ../baseline.yaml",
          problems);
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
    if (d == null || d.isBlank()) {
      required(
          m, "design", name, String.join(", ", DESIGNS.subList(0, 3)) + " or morris", problems);
      return null;
    }
    if (DESIGNS.contains(d)) {
      return d;
    }
    Pos at = m.get("design").pos();
    String near = Suggest.nearest(d.toLowerCase(Locale.ROOT), DESIGNS);
    problems.add(
        at,
        "design",
        "unknown design \""
            + d
            + "\""
            + (near == null
                ? "; use " + String.join(", ", DESIGNS.subList(0, 3)) + " or morris"
                : "; did you mean " + near + "?"));
    return null;
  }

  private static Long whole(YamlNode.Mapping m, String key, long min, long max, Problems problems) {
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
    problems.add(
        e.value().pos(),
        key,
        "expected a whole number from "
            + min
            + (max == Long.MAX_VALUE ? " up" : " to " + max)
            + ", got "
            + YamlNode.describe(e.value()));
    return null;
  }

  private static void readSet(
      YamlNode.Mapping m, Map<String, String> set, Map<String, Pos> keyPos, Problems problems) {
    YamlNode node = m.get("set");
    if (node == null || YamlNode.isNull(node)) {
      return;
    }
    if (!(node instanceof YamlNode.Mapping s)) {
      problems.add(
          node.pos(),
          "set",
          "expected dotted keys with values, like steps: 260; got " + YamlNode.describe(node));
      return;
    }
    for (YamlNode.Entry e : s.entries().values()) {
      String v = valueText(e.value());
      if (v == null) {
        problems.add(
            e.value().pos(),
            e.key(),
            "expected a value (a number, text, true/false or a"
                + " list), got "
                + YamlNode.describe(e.value())
                + "; write nested keys dotted, like"
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

  private static List<Dimension> readVary(
      YamlNode.Mapping m, Map<String, String> set, Map<String, Pos> keyPos, Problems problems) {
    List<Dimension> dims = new ArrayList<>();
    YamlNode node = m.get("vary");
    if (node == null || YamlNode.isNull(node)) {
      problems.add(
          m.entry("vary") == null ? m.pos() : node.pos(),
          "vary",
          "missing: at least one key to vary, with a list of values or {min: ..., max: ...}");
      return dims;
    }
    if (!(node instanceof YamlNode.Mapping v) || v.entries().isEmpty()) {
      problems.add(
          node.pos(),
          "vary",
          "expected dotted keys each with a list of values or"
              + " {min: ..., max: ...}; got "
              + YamlNode.describe(node));
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
            problems.add(
                i.pos(),
                key,
                "each value to try must be a single value, got " + YamlNode.describe(i));
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
            problems.add(
                x.keyPos(),
                key + "." + x.key(),
                "unknown range key"
                    + (near == null
                        ? "; a range is {min: ..., max: ...}"
                        : "; did you mean " + near + "?"));
          }
        }
        if (min != null && max != null) {
          if (min > max) {
            problems.add(
                value.pos(),
                key,
                "min " + Numbers.format(min) + " is above max " + Numbers.format(max));
          } else {
            dims.add(new Dimension(key, e.keyPos(), null, min, max));
          }
        }
      } else {
        problems.add(
            value.pos(),
            key,
            "expected a list of values like [0, 0.01, 0.05] or a range"
                + " like {min: 0, max: 0.08}; got "
                + YamlNode.describe(value));
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

  /**
   * The design's points as unit coordinates, one column per varied key; null (with problems
   * recorded) when the design cannot be built.
   */
  private static double[][] units(
      YamlNode.Mapping m,
      String design,
      Long samples,
      long seed,
      List<Dimension> dims,
      String name,
      Problems problems) {
    int k = dims.size();
    if (k == 0) {
      // Every varied key was refused, and why has been reported: there is no design to draw.
      return null;
    }
    if (FULL_FACTORIAL.equals(design)) {
      long size = 1;
      for (Dimension d : dims) {
        if (d.isRange()) {
          problems.add(
              d.pos(),
              d.key(),
              "a full-factorial design needs a list of values, not a"
                  + " range; list them, like [0, 0.04, 0.08], or use design: latin-hypercube");
        } else {
          size = Math.min(size * d.values().size(), MAX_RUNS + 1);
        }
      }
      if (!problems.isEmpty()) {
        return null;
      }
      if (size > MAX_RUNS) {
        problems.add(m.get("vary").pos(), "vary", "the grid has more than " + MAX_RUNS + " points");
        return null;
      }
      if (samples != null && samples != size) {
        problems.add(
            m.get("samples").pos(),
            "samples",
            "a full-factorial design has one point"
                + " per combination, "
                + size
                + " here; remove samples: or set it to "
                + size);
        return null;
      }
      double[][] units = new double[(int) size][k];
      int[] index = new int[k];
      for (int p = 0; p < size; p++) {
        for (int d = 0; d < k; d++) {
          int n = dims.get(d).values().size();
          units[p][d] = n == 1 ? 0.5 : index[d] / (double) (n - 1);
        }
        for (int d = k - 1; d >= 0; d--) {
          if (++index[d] < dims.get(d).values().size()) {
            break;
          }
          index[d] = 0;
        }
      }
      return units;
    }
    if (samples == null) {
      YamlNode given = m.get("samples");
      if (given == null || YamlNode.isNull(given)) {
        // A value that is there but wrong has been reported already.
        problems.add(
            given == null ? new Pos(name, 0, 0) : given.pos(),
            "samples",
            "missing: the number of "
                + switch (design) {
                  case SOBOL ->
                      "base samples (the sweep has samples x (keys + 2) points), like"
                          + " samples: 64";
                  case MORRIS ->
                      "Morris trajectories (the sweep has samples x (keys + 1) points),"
                          + " like samples: 10";
                  default -> "latin-hypercube points, like samples: 64";
                });
      }
      return null;
    }
    long per =
        switch (design) {
          case SOBOL -> Designs.saltelliBlock(k);
          case MORRIS -> k + 1;
          default -> 1;
        };
    if (samples * per > MAX_RUNS) {
      problems.add(
          m.get("samples").pos(),
          "samples",
          "gives " + samples * per + " design points;" + " at most " + MAX_RUNS + " are allowed");
      return null;
    }
    if (SOBOL.equals(design) && k > Designs.SOBOL_MAX_KEYS) {
      problems.add(
          m.get("vary").pos(),
          "vary",
          "a sobol design varies at most "
              + Designs.SOBOL_MAX_KEYS
              + " keys; this sweep varies "
              + k);
      return null;
    }
    int n = samples.intValue();
    return switch (design) {
      case SOBOL -> Designs.saltelli(k, n);
      case MORRIS -> Designs.morris(k, n, seed);
      default -> Designs.latinHypercube(k, n, seed);
    };
  }

  /** Each point's value text: a list's item, or a range's value (whole for whole keys). */
  private static List<List<String>> values(String design, List<Dimension> dims, double[][] units) {
    List<List<String>> points = new ArrayList<>(units.length);
    int k = dims.size();
    boolean[] whole = new boolean[k];
    for (int d = 0; d < k; d++) {
      whole[d] = isWhole(dims.get(d).key());
    }
    for (double[] u : units) {
      String[] v = new String[k];
      for (int d = 0; d < k; d++) {
        Dimension dim = dims.get(d);
        if (dim.isRange()) {
          double x = dim.min() + u[d] * (dim.max() - dim.min());
          v[d] = whole[d] ? Long.toString(Math.round(x)) : Numbers.format(x);
        } else {
          int size = dim.values().size();
          int item =
              FULL_FACTORIAL.equals(design)
                  ? (int) Math.round(u[d] * (size - 1))
                  : Math.min(size - 1, (int) (u[d] * size));
          v[d] = dim.values().get(item);
        }
      }
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
