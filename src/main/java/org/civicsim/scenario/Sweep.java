package org.civicsim.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A parameter sweep as read from a sweep file (DESIGN.md section 2): the base scenario, the fixed
 * changes made to it for every run, the varied keys and the design points, each point being one
 * value (as YAML text) per varied key, in the order the keys are written.
 *
 * <p>Run {@code r} is design point {@code r % points} of replicate {@code r / points}: every point
 * of replicate 0 first, then every point of replicate 1, and so on, so that a sweep stopped part
 * way has covered the whole space with fewer replicates rather than half the space.
 *
 * @param name the sweep's name (its {@code name:}, else the file name without {@code .yaml})
 * @param file the sweep file
 * @param base the base scenario file
 * @param design {@code full-factorial}, {@code latin-hypercube}, {@code sobol} or {@code morris}
 * @param replicates replicates of every design point
 * @param seed the sweep seed from which every run's seed is derived
 * @param set fixed changes, dotted key to YAML value text, in file order
 * @param varied the varied keys in file order
 * @param points for each design point, the value text of each varied key
 * @param units for each design point, its coordinates in the unit hypercube, one per varied key,
 *     from which its values were made ({@code i / (n - 1)} for item i of n in a full-factorial
 *     grid); Morris's elementary effects are measured in these coordinates
 */
public record Sweep(
    String name,
    Path file,
    Path base,
    String design,
    int replicates,
    long seed,
    Map<String, String> set,
    List<String> varied,
    List<List<String>> points,
    double[][] units) {

  public Sweep {
    set = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(set));
    varied = List.copyOf(varied);
    points = points.stream().map(List::copyOf).toList();
    units = units.clone();
    if (units.length != points.size()) {
      throw new IllegalArgumentException(
          units.length + " unit coordinates for " + points.size() + " design points");
    }
  }

  /** The unit coordinates of design point {@code p} (a copy). */
  public double[] unit(int p) {
    return units[p].clone();
  }

  /** Number of runs: every design point times the replicates. */
  public int runs() {
    return points.size() * replicates;
  }

  /** The design point of run {@code run}. */
  public int point(int run) {
    return run % points.size();
  }

  /** The replicate (0-based) of run {@code run}. */
  public int replicate(int run) {
    return run / points.size();
  }

  /** The {@code KEY=VALUE} changes of design point {@code p}: the fixed ones, then the varied. */
  public List<String> overrides(int p) {
    List<String> out = new ArrayList<>();
    set.forEach((k, v) -> out.add(k + "=" + v));
    List<String> values = points.get(p);
    for (int i = 0; i < varied.size(); i++) {
      out.add(varied.get(i) + "=" + values.get(i));
    }
    return out;
  }

  /** The scenario of design point {@code p}: the base with the fixed and varied changes. */
  public Scenario scenario(int p) throws ScenarioException {
    return ScenarioLoader.load(base, overrides(p));
  }
}
