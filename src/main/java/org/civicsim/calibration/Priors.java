package org.civicsim.calibration;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.civicsim.scenario.KeyReference;
import org.civicsim.scenario.Schema;

/**
 * Reads the priors file (data/calibration/priors.csv): one constant a line, as a scenario key, with
 * its distribution, bounds, reason and source. Strict, as scenario loading is: every problem is
 * reported with its line and column, and nothing is fitted when there is one.
 */
public final class Priors {
  /** The file calibrate reads unless told otherwise. */
  public static final String DEFAULT_FILE = "data/calibration/priors.csv";

  /** The columns, in the order the file gives them. */
  public static final List<String> COLUMNS =
      List.of("key", "distribution", "low", "high", "mean", "sd", "reason", "source");

  private Priors() {}

  /**
   * The priors in {@code file}, in file order.
   *
   * @throws PriorsException listing every problem, when there is any
   */
  public static List<Prior> read(Path file) throws PriorsException {
    if (!Files.isRegularFile(file)) {
      throw new PriorsException(List.of(file + ": no such file"));
    }
    List<String> problems = new ArrayList<>();
    List<Prior> priors = new ArrayList<>();
    CSVFormat format =
        CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.parse(in, format)) {
      Map<String, Integer> header = parser.getHeaderMap();
      for (String c : COLUMNS) {
        if (!header.containsKey(c)) {
          problems.add(file + ":1: missing column '" + c + "' (" + String.join(",", COLUMNS) + ")");
        }
      }
      if (!problems.isEmpty()) {
        throw new PriorsException(problems);
      }
      Set<String> seen = new HashSet<>();
      for (CSVRecord r : parser) {
        Prior p = row(file, r, problems);
        if (p != null && !seen.add(p.key())) {
          problems.add(where(file, r, "key") + "'" + p.key() + "' has a prior already");
        } else if (p != null) {
          priors.add(p);
        }
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      problems.add(file + ": cannot be read as CSV: " + e.getMessage());
    }
    if (priors.isEmpty() && problems.isEmpty()) {
      problems.add(file + ": no priors");
    }
    if (!problems.isEmpty()) {
      throw new PriorsException(problems);
    }
    return List.copyOf(priors);
  }

  private static Prior row(Path file, CSVRecord r, List<String> problems) {
    int before = problems.size();
    String key = r.get("key");
    Schema.Key k = KeyReference.key(key);
    if (k == null) {
      problems.add(
          where(file, r, "key") + "'" + key + "' is not a scenario key (docs/scenarios.md)");
    } else if (!k.type().startsWith("a number")) {
      problems.add(where(file, r, "key") + "'" + key + "' is " + k.type() + ", not a real number");
    }
    Prior.Shape shape = null;
    try {
      shape = Prior.Shape.valueOf(r.get("distribution").toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      problems.add(
          where(file, r, "distribution")
              + "'"
              + r.get("distribution")
              + "' is not a distribution: uniform or normal");
    }
    double low = number(file, r, "low", problems);
    double high = number(file, r, "high", problems);
    if (!(low < high)) {
      problems.add(where(file, r, "high") + "must be above low (" + low + ")");
    }
    double mean = Double.NaN;
    double sd = Double.NaN;
    if (shape == Prior.Shape.NORMAL) {
      mean = number(file, r, "mean", problems);
      sd = number(file, r, "sd", problems);
      if (!(sd > 0)) {
        problems.add(where(file, r, "sd") + "a normal prior needs an sd above 0");
      }
      if (!(mean >= low && mean <= high)) {
        problems.add(where(file, r, "mean") + "must lie between low and high");
      }
    }
    if (k != null && k.min() != null && low < k.min().doubleValue()) {
      problems.add(where(file, r, "low") + key + " must be at least " + k.min());
    }
    if (k != null && k.max() != null && high > k.max().doubleValue()) {
      problems.add(where(file, r, "high") + key + " must be at most " + k.max());
    }
    if (r.get("reason").isEmpty()) {
      problems.add(where(file, r, "reason") + "say why the prior is what it is");
    }
    if (problems.size() > before) {
      return null;
    }
    return new Prior(key, shape, low, high, mean, sd, r.get("reason"), r.get("source"));
  }

  private static double number(Path file, CSVRecord r, String column, List<String> problems) {
    String text = r.get(column);
    try {
      double x = Double.parseDouble(text);
      if (Double.isFinite(x)) {
        return x;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problems.add(where(file, r, column) + "'" + text + "' is not a number");
    return Double.NaN;
  }

  private static String where(Path file, CSVRecord r, String column) {
    return file + ":" + (r.getRecordNumber() + 1) + ": column " + column + ": ";
  }
}
