package org.civicsim.history;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.civicsim.io.LongTable;
import org.civicsim.io.PlacesFile.Place;
import org.civicsim.io.ResultFiles;

/**
 * The arithmetic behind the measures: a metric for a group, a ward metric by deprivation fifth,
 * services summed over councils, spend per head by council deprivation, and changes since a base
 * year. Each gives a {@link Measure.Level}.
 */
final class Levels {
  private Levels() {}

  /** Wards in national deprivation deciles 1-2, the most deprived fifth. */
  static final Predicate<Place> MOST_DEPRIVED_FIFTH = p -> p.wardDecile() <= 2;

  /** Wards in national deprivation deciles 9-10, the least deprived fifth. */
  static final Predicate<Place> LEAST_DEPRIVED_FIFTH = p -> p.wardDecile() >= 9;

  /** {@code metric} for {@code group} from metrics.csv. */
  static Measure.Level metric(String metric, String group) {
    List<String> key = List.of(metric, group);
    return (run, r, step) ->
        run.metric(ResultFiles.METRICS, ResultFiles.METRICS_HEADER, metric).value(r, step, key);
  }

  /**
   * The ratio of {@code metric} (metrics-wards.csv) in the most deprived fifth of wards to the
   * least deprived fifth, each the resident-weighted mean over its wards (places.csv).
   */
  static Measure.Level wardFifthsRatio(String metric) {
    return (run, r, step) -> {
      LongTable wards =
          run.metric(ResultFiles.METRICS_WARDS, ResultFiles.METRICS_WARDS_HEADER, metric);
      List<Place> places = run.places(r);
      double most = wardMean(wards, places, r, step, metric, MOST_DEPRIVED_FIFTH);
      double least = wardMean(wards, places, r, step, metric, LEAST_DEPRIVED_FIFTH);
      return most / least;
    };
  }

  private static double wardMean(
      LongTable wards, List<Place> places, int r, int step, String metric, Predicate<Place> in)
      throws Undefined {
    double sum = 0;
    double residents = 0;
    for (Place p : places) {
      if (!in.test(p)) {
        continue;
      }
      double v = wards.value(r, step, List.of(metric, p.ward()));
      if (Double.isNaN(v)) {
        throw new Undefined("ward " + p.ward() + " has no " + metric + " at week " + step);
      }
      sum += v * p.residents();
      residents += p.residents();
    }
    if (residents == 0) {
      throw new Undefined("no residents in wards of those deprivation deciles");
    }
    return sum / residents;
  }

  /**
   * {@code measure} of the services passing {@code service}, summed over councils and services
   * (services.csv); undefined when no such service is recorded.
   */
  static double services(
      RunFiles run, int r, int step, Predicate<String> service, String... measures)
      throws IOException, Undefined {
    LongTable t = run.services();
    double sum = 0;
    boolean found = false;
    for (List<String> key : t.keys()) {
      if (!service.test(key.get(1)) || !List.of(measures).contains(key.get(2))) {
        continue;
      }
      double v = t.value(r, step, key);
      if (!Double.isNaN(v)) {
        sum += v;
        found = true;
      }
    }
    if (!found) {
      throw new Undefined("no such service in services.csv at week " + step);
    }
    return sum;
  }

  /** Facilities open, run by the council or by a community group, of {@code service}. */
  static Measure.Level open(String service) {
    return (run, r, step) ->
        services(run, r, step, service::equals, "open_council", "open_community");
  }

  /** Weekly spend on the services passing {@code service}, GBP. */
  static Measure.Level spend(Predicate<String> service) {
    return (run, r, step) -> services(run, r, step, service, "spend");
  }

  /** {@code part} over {@code whole}. */
  static Measure.Level ratio(Measure.Level part, Measure.Level whole) {
    return (run, r, step) -> part.at(run, r, step) / whole.at(run, r, step);
  }

  /**
   * The change of {@code level} from the end of {@code baseYear} to the step asked for, as a
   * fraction (-0.177 for -17.7%).
   */
  static Measure.Level change(Measure.Level level, int baseYear) {
    return (run, r, step) -> {
      int base = Years.step(baseYear, run.steps());
      return level.at(run, r, step) / level.at(run, r, base) - 1;
    };
  }

  /** Which councils: the most deprived or the least deprived tenth. */
  enum Tenth {
    MOST,
    LEAST
  }

  /**
   * The mean spend per head (metrics-councils.csv) of the councils in national deprivation decile 1
   * (MOST) or 10 (LEAST); when no council is in that decile, of the tenth of councils (at least
   * one) that come first or last in decile order.
   */
  static Measure.Level spendPerHead(Tenth tenth) {
    return (run, r, step) -> {
      LongTable t =
          run.metric(
              ResultFiles.METRICS_COUNCILS, ResultFiles.METRICS_COUNCILS_HEADER, SPEND_PER_HEAD);
      double sum = 0;
      List<String> councils = councils(run.places(r), tenth);
      for (String c : councils) {
        double v = t.value(r, step, List.of(SPEND_PER_HEAD, c));
        if (Double.isNaN(v)) {
          throw new Undefined("council " + c + " has no spend_per_head at week " + step);
        }
        sum += v;
      }
      return sum / councils.size();
    };
  }

  static final String SPEND_PER_HEAD = "spend_per_head";

  /** The councils of the most or least deprived tenth, as {@link #spendPerHead} chooses them. */
  static List<String> councils(List<Place> places, Tenth tenth) throws Undefined {
    Map<String, Integer> decile = new LinkedHashMap<>();
    for (Place p : places) {
      decile.putIfAbsent(p.council(), p.councilDecile());
    }
    if (decile.size() < 2) {
      throw new Undefined("needs at least two councils in places.csv");
    }
    int wanted = tenth == Tenth.MOST ? 1 : 10;
    List<String> in = new ArrayList<>();
    decile.forEach(
        (c, d) -> {
          if (d == wanted) {
            in.add(c);
          }
        });
    boolean both = decile.containsValue(1) && decile.containsValue(10);
    if (both) {
      return in;
    }
    List<String> ordered = new ArrayList<>(decile.keySet());
    ordered.sort(Comparator.comparingInt(decile::get));
    int k = Math.max(1, ordered.size() / 10);
    return tenth == Tenth.MOST
        ? ordered.subList(0, k)
        : ordered.subList(ordered.size() - k, ordered.size());
  }
}
