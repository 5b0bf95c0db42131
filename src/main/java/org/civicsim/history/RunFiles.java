package org.civicsim.history;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civicsim.io.LongTable;
import org.civicsim.io.PlacesFile;
import org.civicsim.io.ResultFiles;

/**
 * A finished run's folder as the measures read it: each results file read once, when a measure
 * first asks for it, and only the metric asked for from the per-ward and per-council files.
 */
public final class RunFiles {
  private final Path folder;
  private final Map<String, LongTable> tables = new HashMap<>();
  private Map<Integer, List<PlacesFile.Place>> places;
  private final int[] steps;
  private final int[] replicates;

  /**
   * The run in {@code folder}, which must hold a metrics.csv.
   *
   * @throws IOException when metrics.csv is missing or malformed
   */
  public RunFiles(Path folder) throws IOException {
    this.folder = folder;
    if (!Files.isRegularFile(folder.resolve(ResultFiles.METRICS))) {
      throw new IOException(folder + " holds no " + ResultFiles.METRICS + ": not a run's folder");
    }
    LongTable any = metric(ResultFiles.METRICS, ResultFiles.METRICS_HEADER, "participation_formal");
    this.steps = any.steps();
    this.replicates = any.replicates();
    if (steps.length == 0) {
      throw new IOException(folder.resolve(ResultFiles.METRICS) + " holds no participation_formal");
    }
  }

  /** The run's folder. */
  public Path folder() {
    return folder;
  }

  /** The recorded steps (weeks), ascending. */
  public int[] steps() {
    return steps.clone();
  }

  /** The replicates' numbers, ascending. */
  public int[] replicates() {
    return replicates.clone();
  }

  /** Whether the run wrote the results file {@code name}. */
  public boolean has(String name) {
    return Files.isRegularFile(folder.resolve(name));
  }

  /** The rows of one metric of a file keyed by metric first (metrics, wards or councils). */
  public LongTable metric(String file, String header, String metric) throws IOException {
    String cacheKey = file + "/" + metric;
    LongTable t = tables.get(cacheKey);
    if (t == null) {
      t = LongTable.read(folder.resolve(file), header, key -> key.get(0).equals(metric));
      tables.put(cacheKey, t);
    }
    return t;
  }

  /** services.csv, whole. */
  public LongTable services() throws IOException {
    LongTable t = tables.get(ResultFiles.SERVICES);
    if (t == null) {
      t =
          LongTable.read(
              folder.resolve(ResultFiles.SERVICES), ResultFiles.SERVICES_HEADER, k -> true);
      tables.put(ResultFiles.SERVICES, t);
    }
    return t;
  }

  /** The wards of replicate {@code replicate} from places.csv; empty when it lists none. */
  public List<PlacesFile.Place> places(int replicate) throws IOException {
    if (places == null) {
      places = PlacesFile.read(folder.resolve(ResultFiles.PLACES));
    }
    return places.getOrDefault(replicate, List.of());
  }
}
