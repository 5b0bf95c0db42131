package org.civicsim.report;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A sweep's sensitivity indices (sensitivity.csv of a Sobol or Morris design), per metric: for each
 * varied parameter, each index (for example S1 and ST, or mu_star and sigma). Read in long form
 * ({@code metric,[group,]parameter,index,value,...}) or wide form ({@code
 * metric,[group,]parameter,S1,ST,...}, confidence columns ignored); only the group {@code all} when
 * the file has groups.
 */
public final class Sensitivity {
  private static final List<String> PARAMETER = List.of("parameter", "key", "factor", "param");

  private final Map<String, DefaultCategoryDataset> byMetric = new LinkedHashMap<>();

  /**
   * The metrics with at least one index, in file order (an output that never varied has none: its
   * cells are empty).
   */
  public List<String> metrics() {
    List<String> out = new ArrayList<>();
    byMetric.forEach(
        (metric, d) -> {
          if (d.getColumnCount() > 0) {
            out.add(metric);
          }
        });
    return out;
  }

  /** The indices of {@code metric}: rows are indices, columns parameters. */
  public DefaultCategoryDataset indices(String metric) {
    return byMetric.get(metric);
  }

  static Sensitivity read(Path file) throws IOException {
    Sensitivity s = new Sensitivity();
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.parse(in, format)) {
      List<String> header = parser.getHeaderNames();
      String parameter = PARAMETER.stream().filter(header::contains).findFirst().orElse(null);
      if (parameter == null || !header.contains("metric")) {
        throw new IOException(file + ": expected columns metric and parameter, got " + header);
      }
      boolean longForm = header.contains("index") && header.contains("value");
      List<String> wide = new ArrayList<>();
      if (!longForm) {
        for (String h : header) {
          String l = h.toLowerCase(Locale.ROOT);
          if (!h.equals(parameter)
              && !List.of("metric", "group", "n", "samples").contains(l)
              && !l.contains("conf")
              && !l.contains("ci")
              && !l.endsWith("_low")
              && !l.endsWith("_high")) {
            wide.add(h);
          }
        }
      }
      for (CSVRecord r : parser) {
        if (header.contains("group") && !r.get("group").equals("all")) {
          continue;
        }
        DefaultCategoryDataset d =
            s.byMetric.computeIfAbsent(r.get("metric"), m -> new DefaultCategoryDataset());
        if (longForm) {
          add(d, r.get("value"), r.get("index"), r.get(parameter));
        } else {
          for (String index : wide) {
            add(d, r.get(index), index, r.get(parameter));
          }
        }
      }
    }
    return s;
  }

  private static void add(DefaultCategoryDataset d, String value, String index, String parameter) {
    try {
      double v = Double.parseDouble(value);
      // An index of a metric that did not vary is undefined (NaN in the file): nothing to draw.
      if (Double.isFinite(v)) d.addValue(v, index, parameter);
    } catch (NumberFormatException e) {
      // A column of names or an empty cell is not an index.
    }
  }
}
