package org.civicsim.history;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import org.civicsim.io.AtomicFile;
import org.civicsim.io.Csv;
import org.civicsim.io.ResultFiles;
import org.civicsim.scenario.Numbers;

/**
 * Writes {@code history.csv}: one row per observed figure, in the observed file's order, with the
 * model's mean and 95% interval beside it; the model's columns are empty, and {@code n} is 0, when
 * the run cannot give the measure. {@code inside} is true or false, empty without a model value.
 */
public final class HistoryCsv {
  private HistoryCsv() {}

  /** Writes the rows of {@code comparison} to {@code file}, whole or not at all. */
  public static void write(Path file, History.Comparison comparison) throws IOException {
    AtomicFile.write(file, w -> rows(w, comparison));
  }

  private static void rows(Writer w, History.Comparison comparison) throws IOException {
    w.write(ResultFiles.HISTORY_HEADER + "\n");
    for (History.Row row : comparison.rows()) {
      Observation o = row.observed();
      StringBuilder b = new StringBuilder();
      b.append(Csv.field(o.measure())).append(',').append(o.year()).append(',');
      b.append(o.use().label()).append(',');
      Numbers.append(b, o.value()).append(',');
      Numbers.append(b, o.bandLow()).append(',');
      Numbers.append(b, o.bandHigh()).append(',');
      if (row.model() == null) {
        b.append(",,,0,,");
      } else {
        Numbers.append(b, row.model().mean()).append(',');
        Numbers.append(b, row.model().low()).append(',');
        Numbers.append(b, row.model().high()).append(',');
        b.append(row.model().n()).append(',').append(row.inside()).append(',');
      }
      b.append(Csv.field(o.source())).append('\n');
      w.write(b.toString());
    }
  }
}
