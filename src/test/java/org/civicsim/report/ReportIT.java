package org.civicsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar, headless, leaves charts in each run folder and reports on folders of runs. */
class ReportIT {
  static final Path JAR =
      Path.of(System.getProperty("civicsim.jar", "target/civicsim.jar")).toAbsolutePath();

  @TempDir Path work;

  private String civicsim(String... args) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true",
                "-jar",
                JAR.toString()));
    command.addAll(List.of(args));
    Path log = work.resolve("process.log");
    Process p =
        new ProcessBuilder(command)
            .directory(work.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "civicsim did not finish");
    String out = Files.readString(log, StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), String.join(" ", args) + ":\n" + out);
    return out;
  }

  @Test
  void runsLeaveChartsAndTheirScenarioFoldersAreCompared() throws Exception {
    for (String name : List.of("cuts", "nocuts")) {
      Files.writeString(
          work.resolve(name + ".yaml"),
          "name: "
              + name
              + "\nsteps: 12\nreplicates: 2\nborough: {residents: 500, wards: 4}\n"
              + (name.equals("nocuts") ? "council: {cuts: {real_terms_per_year: 0.0}}\n" : ""));
      civicsim("run", name + ".yaml", "-q");
    }
    try (Stream<Path> runs = Files.list(work.resolve("results/cuts"))) {
      Path run = runs.findFirst().orElseThrow();
      assertTrue(Files.isRegularFile(run.resolve("charts/participation.png")), run.toString());
    }
    String out = civicsim("report", "results/cuts", "results/nocuts", "--out", "cmp");
    assertTrue(out.contains("report.html"), out);
    String md = Files.readString(work.resolve("cmp/report.md"));
    assertTrue(md.contains("nocuts − cuts"), md);
    assertTrue(Files.isRegularFile(work.resolve("cmp/charts/voice_lorenz.png")));
    assertTrue(Files.isRegularFile(work.resolve("cmp/charts/council_spend_lines.png")));
    assertTrue(md.contains("council_spend by budget line"), md);
    assertTrue(md.contains("| statutory |"), md);
  }
}
