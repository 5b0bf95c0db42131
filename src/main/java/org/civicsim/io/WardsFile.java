package org.civicsim.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/** Reads a run's {@code metrics-wards.csv} back, one metric at the last recorded week. */
public final class WardsFile {
  private WardsFile() {}

  /** The only per-ward metric the charts use: voice_share, for the Lorenz curve over wards. */
  public static final String WARD_VOICE = "voice_share";

  /**
   * One metric's per-ward values at each replicate's last recorded week, [replicate][ward]. The
   * ward file of a national run is large, so lines of other metrics are skipped before parsing and
   * only the latest week is kept.
   */
  public static double[][] atLastStep(Path file, String metric) throws IOException {
    String tag = "," + metric + ",";
    TreeMap<Integer, TreeMap<Integer, double[]>> latest =
        new TreeMap<>(); // rep -> ward -> {step, value}
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String header = in.readLine();
      if (header == null || !header.equals(ResultFiles.METRICS_WARDS_HEADER)) {
        throw new IOException(file + ": unexpected header " + header);
      }
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (!line.contains(tag)) {
          continue;
        }
        // The scenario name may hold commas (quoted): count fields from the end.
        String[] f = line.split(",");
        int n = f.length;
        if (n < 7 || !f[n - 3].equals(metric)) {
          continue;
        }
        try {
          int rep = Integer.parseInt(f[n - 6]);
          int step = Integer.parseInt(f[n - 4]);
          int ward = Integer.parseInt(f[n - 2]);
          double value = Double.parseDouble(f[n - 1]);
          double[] seen = latest.computeIfAbsent(rep, r -> new TreeMap<>()).get(ward);
          if (seen == null || step >= seen[0]) {
            latest.get(rep).put(ward, new double[] {step, value});
          }
        } catch (NumberFormatException e) {
          throw new IOException(file + ": not a number in " + line);
        }
      }
    }
    int wards =
        latest.values().stream().mapToInt(m -> m.isEmpty() ? 0 : m.lastKey() + 1).max().orElse(0);
    double[][] out = new double[latest.size()][wards];
    int r = 0;
    for (TreeMap<Integer, double[]> byWard : latest.values()) {
      Arrays.fill(out[r], Double.NaN);
      for (Map.Entry<Integer, double[]> e : byWard.entrySet()) {
        out[r][e.getKey()] = e.getValue()[1];
      }
      r++;
    }
    return out;
  }
}
