package org.civicsim.history;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.civicsim.io.ResultFiles;

/** Small hand-written results folders: the rows of each file, with the contract's headers. */
final class RunFolders {
  private final Path folder;
  private final List<String> metrics = new ArrayList<>();
  private final List<String> wards = new ArrayList<>();
  private final List<String> services = new ArrayList<>();
  private final List<String> places = new ArrayList<>();
  private final List<String> councils = new ArrayList<>();

  RunFolders(Path folder) {
    this.folder = folder;
  }

  /** A metrics.csv row for group all. */
  RunFolders metric(int replicate, int step, String metric, double value) {
    metrics.add(row(replicate, step, metric, "all", value));
    return this;
  }

  RunFolders ward(int replicate, int step, String metric, String ward, double value) {
    wards.add(row(replicate, step, metric, ward, value));
    return this;
  }

  RunFolders service(
      int replicate, int step, String council, String service, String measure, double value) {
    services.add(row(replicate, step, council + "," + service + "," + measure, null, value));
    return this;
  }

  RunFolders place(
      int replicate,
      String council,
      int councilDecile,
      String ward,
      int wardDecile,
      int residents) {
    places.add(
        "test,"
            + replicate
            + ",7,"
            + council
            + ","
            + councilDecile
            + ","
            + ward
            + ","
            + wardDecile
            + ","
            + residents);
    return this;
  }

  RunFolders council(int replicate, int step, String metric, String council, double value) {
    councils.add(row(replicate, step, metric, council, value));
    return this;
  }

  private static String row(int replicate, int step, String a, String b, double value) {
    return "test," + replicate + ",7," + step + "," + a + (b == null ? "" : "," + b) + "," + value;
  }

  /** Writes the files that have rows (metrics.csv always) and returns the folder. */
  Path write() throws IOException {
    Files.createDirectories(folder);
    write(ResultFiles.METRICS, ResultFiles.METRICS_HEADER, metrics);
    if (!wards.isEmpty()) {
      write(ResultFiles.METRICS_WARDS, ResultFiles.METRICS_WARDS_HEADER, wards);
    }
    if (!services.isEmpty()) {
      write(ResultFiles.SERVICES, ResultFiles.SERVICES_HEADER, services);
    }
    if (!places.isEmpty()) {
      write(ResultFiles.PLACES, ResultFiles.PLACES_HEADER, places);
    }
    if (!councils.isEmpty()) {
      write(ResultFiles.METRICS_COUNCILS, ResultFiles.METRICS_COUNCILS_HEADER, councils);
    }
    return folder;
  }

  private void write(String name, String header, List<String> rows) throws IOException {
    Files.writeString(folder.resolve(name), header + "\n" + String.join("\n", rows) + "\n");
  }
}
