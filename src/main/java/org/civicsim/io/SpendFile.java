package org.civicsim.io;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.civicsim.metrics.MetricNames;

/** Reads a run's {@code spend.csv} back: each budget line's spend, summed over the councils. */
public final class SpendFile {
  private SpendFile() {}

  /**
   * Spend by budget line from spend.csv, summed over the councils, [replicate][step index] in GBP a
   * week; lines in the model's order. Weeks and replicates missing from metrics.csv are skipped.
   */
  public static Map<String, double[][]> read(Path file, int[] steps, int[] replicateIds)
      throws IOException {
    Map<String, double[][]> out = new LinkedHashMap<>();
    for (String line : MetricNames.SPEND_LINES) {
      out.put(line, null);
    }
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = CsvInput.parse(file, in, "replicate", "step", "line", "value")) {
      for (CSVRecord r : parser) {
        int rep;
        int step;
        double value;
        try {
          rep = Arrays.binarySearch(replicateIds, Integer.parseInt(r.get("replicate")));
          step = Arrays.binarySearch(steps, Integer.parseInt(r.get("step")));
          value = Double.parseDouble(r.get("value"));
        } catch (NumberFormatException e) {
          throw CsvInput.notANumber(file, parser, e);
        }
        if (rep < 0 || step < 0) {
          continue;
        }
        double[][] v = out.get(r.get("line"));
        if (v == null) {
          v = new double[replicateIds.length][steps.length];
          for (double[] row : v) {
            Arrays.fill(row, Double.NaN);
          }
          out.put(r.get("line"), v);
        }
        v[rep][step] = Double.isNaN(v[rep][step]) ? value : v[rep][step] + value;
      }
    }
    out.values().removeIf(Objects::isNull);
    return out;
  }
}
