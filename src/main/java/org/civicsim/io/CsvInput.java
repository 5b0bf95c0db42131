package org.civicsim.io;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/** Reading a results file by its header: the columns a reader needs, and where a number is bad. */
final class CsvInput {
  private CsvInput() {}

  /** A parser of {@code file} by its header, which must name {@code columns}. */
  static CSVParser parse(Path file, Reader in, String... columns) throws IOException {
    CSVParser parser =
        CSVParser.parse(
            in, CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get());
    for (String c : columns) {
      if (!parser.getHeaderMap().containsKey(c)) {
        parser.close();
        throw new IOException(file + " has no column '" + c + "'");
      }
    }
    return parser;
  }

  /** The error for a cell of {@code file} that is not a number, with its line. */
  static IOException notANumber(Path file, CSVParser parser, NumberFormatException e) {
    return new IOException(
        file + " line " + parser.getCurrentLineNumber() + ": not a number: " + e.getMessage());
  }
}
