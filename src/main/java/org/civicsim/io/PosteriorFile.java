package org.civicsim.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code posterior.csv}: a calibration's weighted draws, one line a draw, one column per constant
 * (its dotted scenario key) and a last column {@code weight} (the draws' weights add up to 1).
 * Numbers are written as Java writes a double, which reads back to the same double, so a run over
 * the posterior uses exactly the constants the calibration kept.
 */
public final class PosteriorFile {
  /** The last column. */
  public static final String WEIGHT = "weight";

  private PosteriorFile() {}

  /** The draws: {@code theta[i][k]} is draw i's value of {@code keys[k]}. */
  public record Posterior(List<String> keys, double[][] theta, double[] weights) {
    /** The number of draws. */
    public int size() {
      return weights.length;
    }
  }

  /** Writes {@code p} to {@code file} whole, or not at all. */
  public static void write(Path file, Posterior p) throws IOException {
    AtomicFile.write(
        file,
        w -> {
          w.write(String.join(",", p.keys()) + "," + WEIGHT + "\n");
          StringBuilder line = new StringBuilder();
          for (int i = 0; i < p.size(); i++) {
            line.setLength(0);
            for (double x : p.theta()[i]) {
              line.append(x).append(',');
            }
            w.write(line.append(p.weights()[i]).append('\n').toString());
          }
        });
  }

  /**
   * The posterior in {@code file}.
   *
   * @throws IOException when it cannot be read, its last column is not {@code weight}, a cell is
   *     not a number, or the weights are not positive; the message names the file and line
   */
  public static Posterior read(Path file) throws IOException {
    List<double[]> rows = new ArrayList<>();
    List<String> keys;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String header = in.readLine();
      if (header == null) {
        throw new IOException(file + ":1: empty; expected KEY,...,weight");
      }
      List<String> columns = Arrays.asList(header.trim().split(",", -1));
      if (columns.size() < 2 || !columns.get(columns.size() - 1).equals(WEIGHT)) {
        throw new IOException(file + ":1: the last column must be '" + WEIGHT + "': " + header);
      }
      keys = List.copyOf(columns.subList(0, columns.size() - 1));
      String line;
      int number = 1;
      while ((line = in.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        String[] cells = line.split(",", -1);
        if (cells.length != columns.size()) {
          throw new IOException(
              file + ":" + number + ": " + cells.length + " cells, expected " + columns.size());
        }
        double[] row = new double[cells.length];
        for (int k = 0; k < cells.length; k++) {
          try {
            row[k] = Double.parseDouble(cells[k].trim());
          } catch (NumberFormatException e) {
            throw new IOException(
                file
                    + ":"
                    + number
                    + ": column "
                    + columns.get(k)
                    + ": '"
                    + cells[k]
                    + "'"
                    + " is not a number");
          }
          if (!Double.isFinite(row[k])) {
            throw new IOException(
                file + ":" + number + ": column " + columns.get(k) + ": not finite");
          }
        }
        if (!(row[row.length - 1] > 0)) {
          throw new IOException(file + ":" + number + ": column weight: must be above 0");
        }
        rows.add(row);
      }
    }
    if (rows.isEmpty()) {
      throw new IOException(file + ": no draws");
    }
    double[][] theta = new double[rows.size()][];
    double[] weights = new double[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      double[] r = rows.get(i);
      theta[i] = Arrays.copyOf(r, r.length - 1);
      weights[i] = r[r.length - 1];
    }
    return new Posterior(keys, theta, weights);
  }

  /**
   * Writes {@code posterior-draws.csv} of a run over draws: for each replicate {@code d * perDraw +
   * r}, its draw d, the draw's row in the posterior file (from 0) and its constants.
   */
  public static void writeDraws(Path file, Posterior p, int[] rows, int perDraw)
      throws IOException {
    AtomicFile.write(
        file,
        w -> {
          w.write("replicate,draw,posterior_row," + String.join(",", p.keys()) + "\n");
          StringBuilder line = new StringBuilder();
          for (int d = 0; d < rows.length; d++) {
            for (int r = 0; r < perDraw; r++) {
              line.setLength(0);
              line.append(d * perDraw + r).append(',').append(d).append(',').append(rows[d]);
              for (double x : p.theta()[rows[d]]) {
                line.append(',').append(x);
              }
              w.write(line.append('\n').toString());
            }
          }
        });
  }

  /**
   * The replicates of each draw in a run's {@code posterior-draws.csv} (replicates {@code d * n} to
   * {@code d * n + n - 1} are draw d's); 0 when the file is absent or empty.
   */
  public static int replicatesPerDraw(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return 0;
    }
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    int draws = 0;
    for (String line : lines.subList(1, lines.size())) {
      String[] c = line.split(",", 3);
      try {
        draws = Math.max(draws, Integer.parseInt(c[1].trim()) + 1);
      } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
        throw new IOException(file + ": malformed line: " + line);
      }
    }
    return draws == 0 ? 0 : (lines.size() - 1) / draws;
  }
}
