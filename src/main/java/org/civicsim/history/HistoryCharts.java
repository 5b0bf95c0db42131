package org.civicsim.history;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.civicsim.io.AtomicFile;
import org.civicsim.report.ChartKinds;
import org.civicsim.report.HistoryChart;
import org.civicsim.report.RunCharts;
import org.jfree.chart.ChartUtilities;
import org.jfree.chart.JFreeChart;

/**
 * Draws one chart per measure into {@code charts/history/} of a run's folder: the model's course
 * over the run with its 95% band, and the observed figures with their bands, each at the end of its
 * financial year. A measure the run cannot give gets no chart.
 */
public final class HistoryCharts {
  /** The charts' folder inside a run's folder. */
  public static final String FOLDER = RunCharts.FOLDER + "/history";

  private HistoryCharts() {}

  /** Writes the charts into {@code runFolder/charts/history}; returns the files written. */
  public static List<Path> writeInto(Path runFolder, History.Comparison c, String scenario)
      throws IOException {
    Path dir = runFolder.resolve(FOLDER);
    Files.createDirectories(dir);
    List<Path> files = new ArrayList<>();
    for (History.Course course : c.courses().values()) {
      if (course.missing() != null) {
        continue;
      }
      Path file = dir.resolve(fileName(course.measure().name()));
      JFreeChart chart = chart(course, c, scenario);
      try (AtomicFile out = AtomicFile.create(file)) {
        ChartUtilities.writeChartAsPNG(out.stream(), chart, ChartKinds.WIDTH, ChartKinds.HEIGHT);
        out.commit();
      }
      files.add(file);
    }
    return files;
  }

  /** A measure's file name: {@code participation_civic:q1} becomes participation_civic-q1.png. */
  static String fileName(String measure) {
    return measure.replaceAll("[^A-Za-z0-9._-]", "-") + ".png";
  }

  static JFreeChart chart(History.Course course, History.Comparison c, String scenario) {
    Measure m = course.measure();
    double[] time = new double[course.steps().length];
    for (int t = 0; t < time.length; t++) {
      time[t] = Years.time(course.steps()[t]);
    }
    List<HistoryChart.Figure> figures = new ArrayList<>();
    List<String> sources = new ArrayList<>();
    for (History.Row row : c.rows()) {
      Observation o = row.observed();
      if (!o.measure().equals(m.name())) {
        continue;
      }
      figures.add(
          new HistoryChart.Figure(
              Years.time(Years.endWeek(o.year())),
              o.value(),
              o.bandLow(),
              o.bandHigh(),
              o.use() == Observation.Use.FIT));
      if (!sources.contains(o.source())) {
        sources.add(o.source());
      }
    }
    String caption =
        String.format(
            Locale.ROOT,
            "Model: %s, %d replicate%s. Observed: %s.",
            scenario,
            c.replicates(),
            c.replicates() == 1 ? " (no interval)" : "s",
            String.join("; ", sources));
    return HistoryChart.draw(
        m.title(),
        m.axis(),
        m.percent(),
        new HistoryChart.Model(time, course.band()),
        figures,
        caption);
  }
}
