package org.civicsim.history;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the observed-data file (data/observed/README.md): one published figure a line, with its
 * band, use and source. Loading is strict, as scenario loading is: every problem in the file is
 * reported with its line and column, and nothing is compared when there is one.
 */
public final class ObservedData {
  /** The file the history command reads unless told otherwise. */
  public static final String DEFAULT_FILE = "data/observed/england-2010-2020.csv";

  /** The columns, in the order the file gives them. */
  public static final List<String> COLUMNS =
      List.of(
          "measure", "year", "value", "band_low", "band_high", "use", "source", "citation", "note");

  /** The earliest year: 2009/10, whose end is the model's week 0 (April 2010). */
  public static final int FIRST_YEAR = Years.START - 1;

  private ObservedData() {}

  /**
   * The figures in {@code file}, in file order.
   *
   * @throws ObservedDataException listing every problem, when there is any
   */
  public static List<Observation> read(Path file) throws ObservedDataException {
    List<String> problems = new ArrayList<>();
    List<Observation> rows = new ArrayList<>();
    if (!Files.isRegularFile(file)) {
      throw new ObservedDataException(List.of(file + ": no such file"));
    }
    CSVFormat format =
        CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.parse(in, format)) {
      Map<String, Integer> header = parser.getHeaderMap();
      if (header.isEmpty()) {
        throw new ObservedDataException(
            List.of(
                file + ":1: the first line must name the columns " + String.join(",", COLUMNS)));
      }
      for (String c : COLUMNS) {
        if (!header.containsKey(c)) {
          problems.add(file + ":1: missing column '" + c + "' (" + String.join(",", COLUMNS) + ")");
        }
      }
      for (String c : header.keySet()) {
        if (!COLUMNS.contains(c)) {
          problems.add(file + ":1: unknown column '" + c + "' (" + String.join(",", COLUMNS) + ")");
        }
      }
      if (!problems.isEmpty()) {
        throw new ObservedDataException(problems);
      }
      for (CSVRecord r : parser) {
        Row row = new Row(file, (int) parser.getCurrentLineNumber(), r, problems);
        if (!r.isConsistent()) {
          row.problem(
              null,
              "has "
                  + r.size()
                  + " fields, the header "
                  + COLUMNS.size()
                  + " (quote a field that holds a comma)");
          continue;
        }
        Observation o = row.observation();
        if (o != null) {
          rows.add(o);
        }
      }
    } catch (IOException | UncheckedIOException e) {
      problems.add(file + ": cannot be read as CSV: " + e.getMessage());
    }
    if (rows.isEmpty() && problems.isEmpty()) {
      problems.add(file + ": holds no figures below its header");
    }
    if (!problems.isEmpty()) {
      throw new ObservedDataException(problems);
    }
    return List.copyOf(rows);
  }

  /** One line of the file being checked, collecting its problems. */
  private static final class Row {
    private final Path file;
    private final int line;
    private final CSVRecord record;
    private final List<String> problems;
    private boolean bad;

    Row(Path file, int line, CSVRecord record, List<String> problems) {
      this.file = file;
      this.line = line;
      this.record = record;
      this.problems = problems;
    }

    Observation observation() {
      String measure = text("measure");
      if (measure != null && !Measures.isKnown(measure)) {
        problem("measure", Measures.unknown(measure));
      }
      Integer year = year();
      double value = number("value");
      double low = number("band_low");
      double high = number("band_high");
      if (!bad && !(low <= value && value <= high)) {
        problem(
            "value",
            String.format(
                Locale.ROOT,
                "%s is outside its band [%s, %s]: band_low <= value <= band_high",
                record.get("value"),
                record.get("band_low"),
                record.get("band_high")));
      }
      Observation.Use use = use();
      String source = text("source");
      String citation = text("citation");
      if (bad) {
        return null;
      }
      return new Observation(
          measure, year, value, low, high, use, source, citation, record.get("note"), line);
    }

    private String text(String column) {
      String s = record.get(column);
      if (s.isEmpty()) {
        problem(column, "is empty; every figure needs its " + column);
        return null;
      }
      return s;
    }

    private Integer year() {
      String s = record.get("year");
      try {
        int y = Integer.parseInt(s);
        if (y < FIRST_YEAR) {
          problem(
              "year",
              y
                  + " is before "
                  + FIRST_YEAR
                  + ": the model starts in April 2010 (the end of 2009/10)");
        }
        return y;
      } catch (NumberFormatException e) {
        problem("year", "'" + s + "' is not a year such as 2010 (for 2010/11)");
        return null;
      }
    }

    private double number(String column) {
      String s = record.get(column);
      try {
        double x = Double.parseDouble(s);
        if (Double.isFinite(x)) {
          return x;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      problem(column, "'" + s + "' is not a number (a share as 0.25, a change as -0.177)");
      return Double.NaN;
    }

    private Observation.Use use() {
      String s = record.get("use");
      for (Observation.Use u : Observation.Use.values()) {
        if (u.label().equals(s)) {
          return u;
        }
      }
      problem("use", "'" + s + "' must be fit or check");
      return null;
    }

    void problem(String column, String message) {
      bad = true;
      problems.add(
          file + ":" + line + ": " + (column == null ? "" : "column " + column + ": ") + message);
    }
  }
}
