package org.civicsim.io;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A long-format results file read back ({@code metrics.csv}, {@code metrics-wards.csv}, {@code
 * services.csv}, {@code metrics-councils.csv}): each value by replicate, step and key, the key
 * being the columns between {@code step} and {@code value} (metric and group; council, service and
 * measure; ...). Only the rows whose key passes a filter are kept, so that one metric of a national
 * run's ward file fits in memory.
 */
public final class LongTable {
  private static final String SEP = "\u001f";

  private final Map<String, Map<Long, Double>> values = new LinkedHashMap<>();
  private final TreeSet<Integer> replicates = new TreeSet<>();
  private final TreeSet<Integer> steps = new TreeSet<>();
  private final List<String> keyColumns;

  private LongTable(List<String> keyColumns) {
    this.keyColumns = keyColumns;
  }

  /**
   * Reads {@code file}, whose first line must be {@code header} (a header constant of {@link
   * ResultFiles}), keeping the rows whose key passes {@code keep}.
   *
   * @throws IOException when the file cannot be read, its header differs or a number is malformed,
   *     with the file and line in the message
   */
  public static LongTable read(Path file, String header, Predicate<List<String>> keep)
      throws IOException {
    List<String> columns = List.of(header.split(","));
    int step = columns.indexOf("step");
    int value = columns.indexOf("value");
    if (step < 0 || value != columns.size() - 1) {
      throw new IllegalArgumentException("not a long-format header: " + header);
    }
    LongTable table = new LongTable(columns.subList(step + 1, value));
    CSVFormat format = CSVFormat.DEFAULT.builder().setSkipHeaderRecord(false).get();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.parse(in, format)) {
      boolean first = true;
      for (CSVRecord r : parser) {
        if (first) {
          checkHeader(file, r, header);
          first = false;
          continue;
        }
        if (r.size() != columns.size()) {
          throw new IOException(
              file
                  + " line "
                  + parser.getCurrentLineNumber()
                  + ": "
                  + r.size()
                  + " fields, not "
                  + columns.size());
        }
        List<String> key = new ArrayList<>(value - step - 1);
        for (int c = step + 1; c < value; c++) {
          key.add(r.get(c));
        }
        if (!keep.test(key)) {
          continue;
        }
        try {
          table.put(
              key,
              Integer.parseInt(r.get(1)),
              Integer.parseInt(r.get(step)),
              Double.parseDouble(r.get(value)));
        } catch (NumberFormatException e) {
          throw new IOException(
              file
                  + " line "
                  + parser.getCurrentLineNumber()
                  + ": not a number: "
                  + e.getMessage());
        }
      }
      if (first) {
        throw new IOException(file + " is empty: its first line must be " + header);
      }
    } catch (UncheckedIOException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
    return table;
  }

  static void checkHeader(Path file, CSVRecord r, String header) throws IOException {
    String found = String.join(",", r.toList());
    if (!found.equals(header)) {
      throw new IOException(file + " line 1: header " + found + ", expected " + header);
    }
  }

  private void put(List<String> key, int replicate, int step, double value) {
    values
        .computeIfAbsent(String.join(SEP, key), k -> new HashMap<>())
        .put(((long) replicate << 32) | (step & 0xffffffffL), value);
    replicates.add(replicate);
    steps.add(step);
  }

  /** The names of the key columns, such as [metric, group]. */
  public List<String> keyColumns() {
    return keyColumns;
  }

  /** The replicates found, ascending. */
  public int[] replicates() {
    return replicates.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The steps found, ascending. */
  public int[] steps() {
    return steps.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Every key kept, in file order. */
  public List<List<String>> keys() {
    List<List<String>> out = new ArrayList<>();
    for (String k : values.keySet()) {
      out.add(Arrays.asList(k.split(SEP, -1)));
    }
    return out;
  }

  /** The value of {@code key} in {@code replicate} at {@code step}, or NaN when not recorded. */
  public double value(int replicate, int step, List<String> key) {
    Map<Long, Double> v = values.get(String.join(SEP, key));
    if (v == null) {
      return Double.NaN;
    }
    Double x = v.get(((long) replicate << 32) | (step & 0xffffffffL));
    return x == null ? Double.NaN : x;
  }
}
