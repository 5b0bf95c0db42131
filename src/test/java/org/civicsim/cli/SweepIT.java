package org.civicsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sweep through the packaged jar: the base found beside the sweep file, the default folder. */
class SweepIT {
  @TempDir Path work;

  @Test
  void aTinySweepWritesItsFilesUnderResults() throws Exception {
    Files.createDirectories(work.resolve("sweeps"));
    Files.writeString(
        work.resolve("tiny.yaml"),
        "name: tiny\nsteps: 8\nborough: {residents: 300, wards: 3}\n"
            + "behaviour: {burn_in_weeks: 2}\n");
    Files.writeString(
        work.resolve("sweeps/small.yaml"),
        "base: ../tiny.yaml\ndesign: full-factorial\nreplicates: 2\nseed: 4\n"
            + "vary:\n  council.pb_share: [0, 0.05]\n");
    JarProcess.Result r = JarProcess.run(work, "sweep", "sweeps/small.yaml", "--threads", "2");
    assertEquals(0, r.code(), () -> r.out() + "\n" + r.err());
    assertTrue(r.err().contains("run 4/4 done (100%)"), r.err());
    List<Path> folders;
    try (Stream<Path> list = Files.list(work.resolve("results/small"))) {
      folders = list.toList();
    }
    assertEquals(1, folders.size());
    Path o = folders.get(0);
    for (String f :
        List.of(
            "runs.csv",
            "metrics.csv",
            "summary.csv",
            "sweep.json",
            "report/report.html",
            "report/report.md")) {
      assertTrue(Files.isRegularFile(o.resolve(f)), f);
    }
    assertEquals(5, Files.readAllLines(o.resolve("runs.csv")).size());
    try (Stream<Path> charts = Files.list(o.resolve("report/charts"))) {
      assertTrue(
          charts.anyMatch(c -> c.getFileName().toString().contains("pb_share")),
          "a chart of each metric against the varied key");
    }
  }
}
