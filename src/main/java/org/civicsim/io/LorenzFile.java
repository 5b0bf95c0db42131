package org.civicsim.io;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A run's {@code voice-lorenz.csv} read back: the population shares (0-1) of the Lorenz points, the
 * same for every replicate, and each replicate's cumulative share of voice at them.
 *
 * @param shares the population shares, ascending
 * @param curves [replicate][point], in replicate order
 */
public record LorenzFile(double[] shares, double[][] curves) {
  /** Reads {@code file}; null when it holds no rows. */
  public static LorenzFile read(Path file) throws IOException {
    Map<Integer, List<double[]>> points = new TreeMap<>();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser =
            CsvInput.parse(file, in, "replicate", "population_share", "voice_share")) {
      for (CSVRecord r : parser) {
        try {
          points
              .computeIfAbsent(Integer.parseInt(r.get("replicate")), k -> new ArrayList<>())
              .add(
                  new double[] {
                    Double.parseDouble(r.get("population_share")),
                    Double.parseDouble(r.get("voice_share"))
                  });
        } catch (NumberFormatException e) {
          throw CsvInput.notANumber(file, parser, e);
        }
      }
    }
    if (points.isEmpty()) {
      return null;
    }
    List<double[]> first = points.values().iterator().next();
    double[] shares = first.stream().mapToDouble(p -> p[0]).toArray();
    double[][] curves = new double[points.size()][];
    int k = 0;
    for (Map.Entry<Integer, List<double[]>> e : points.entrySet()) {
      double[] x = e.getValue().stream().mapToDouble(p -> p[0]).toArray();
      if (!Arrays.equals(x, shares)) {
        throw new IOException(
            file + ": replicate " + e.getKey() + " has other population shares than the first");
      }
      curves[k++] = e.getValue().stream().mapToDouble(p -> p[1]).toArray();
    }
    return new LorenzFile(shares, curves);
  }
}
