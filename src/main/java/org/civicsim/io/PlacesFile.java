package org.civicsim.io;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * {@code places.csv} read back: for each replicate, every ward with its council, the national
 * deprivation deciles of both (1 = most deprived tenth) and its residents.
 */
public final class PlacesFile {
  private PlacesFile() {}

  /** One ward of one replicate. */
  public record Place(
      String council, int councilDecile, String ward, int wardDecile, double residents) {}

  /**
   * The wards of each replicate, in file order.
   *
   * @throws IOException when the file cannot be read, its header differs from {@link
   *     ResultFiles#PLACES_HEADER} or a number is malformed
   */
  public static Map<Integer, List<Place>> read(Path file) throws IOException {
    Map<Integer, List<Place>> out = new TreeMap<>();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.parse(in, CSVFormat.DEFAULT)) {
      boolean first = true;
      for (CSVRecord r : parser) {
        if (first) {
          LongTable.checkHeader(file, r, ResultFiles.PLACES_HEADER);
          first = false;
          continue;
        }
        try {
          out.computeIfAbsent(Integer.parseInt(r.get(1)), k -> new ArrayList<>())
              .add(
                  new Place(
                      r.get(3),
                      Integer.parseInt(r.get(4)),
                      r.get(5),
                      Integer.parseInt(r.get(6)),
                      Double.parseDouble(r.get(7))));
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
          throw new IOException(
              file + " line " + parser.getCurrentLineNumber() + ": malformed row: " + r.toList());
        }
      }
    } catch (UncheckedIOException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
    return out;
  }
}
