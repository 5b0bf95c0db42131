package org.civicsim.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a run's {@code manifest.json} back, as {@link ManifestWriter} wrote it. */
public final class ManifestReader {
  private ManifestReader() {}

  /** The manifest {@code file} as JSON, or null when there is none. */
  public static JsonNode read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return null;
    }
    return new ObjectMapper().readTree(file.toFile());
  }

  /**
   * The residents of each ward, as the model lays them out (equal wards within a borough, the
   * remainder to the first), from the manifest's resolved scenario; null when it has named boroughs
   * of their own sizes, which the manifest records only as changes.
   */
  public static double[] wardPopulation(JsonNode manifest) {
    if (manifest == null) {
      return null;
    }
    JsonNode s = manifest.path("scenario");
    JsonNode named = s.path("boroughs");
    if (named.isArray() && named.size() > 0) {
      return null;
    }
    JsonNode b = s.path("borough");
    int n = b.path("residents").asInt(0);
    int k = b.path("wards").asInt(0);
    int count = Math.max(1, b.path("count").asInt(1));
    if (n <= 0 || k <= 0) {
      return null;
    }
    double[] pop = new double[count * k];
    for (int c = 0; c < count; c++) {
      for (int j = 0; j < k; j++) {
        pop[c * k + j] = n / k + (j < n % k ? 1 : 0);
      }
    }
    return pop;
  }
}
