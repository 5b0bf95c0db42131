package org.civicsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The notebooks run on real results: small runs of the packaged jar (a sweep when the jar has the
 * {@code sweep} command, otherwise a hand-made one of separate runs), then every notebook executed
 * headless with {@code jupyter nbconvert --execute}, failing when any cell raises.
 *
 * <p>Needs Debian's Jupyter and the notebooks' packages; installs them with apt-get when {@code
 * jupyter-nbconvert} is missing. Set {@code CIVICSIM_SKIP_NOTEBOOKS=1} to skip on a machine where
 * that is not possible.
 */
class NotebooksIT {
  static final String PACKAGES =
      "python3-pandas python3-matplotlib python3-nbconvert python3-nbformat python3-nbclient"
          + " python3-ipykernel jupyter-nbconvert";
  static final String CUT_KEY = "council.cuts.real_terms_per_year";
  static final List<String> CUTS = List.of("0.0", "0.05", "0.1");
  static final List<String> SMALL =
      List.of("--replicates", "3", "--steps", "104", "--set", "borough.residents=2000", "-q");

  static final Path ROOT = Path.of(System.getProperty("civicsim.root", ".")).toAbsolutePath();
  static final Path JAR =
      Path.of(System.getProperty("civicsim.jar", "target/civicsim.jar")).toAbsolutePath();
  static final Path NOTEBOOKS = ROOT.resolve("notebooks");

  @TempDir static Path work;

  @BeforeAll
  static void jupyterAndResults() throws Exception {
    Assumptions.assumeFalse(
        "1".equals(System.getenv("CIVICSIM_SKIP_NOTEBOOKS")),
        "CIVICSIM_SKIP_NOTEBOOKS=1: notebooks not executed");
    installJupyterIfMissing();
    for (String scenario : List.of("baseline", "lambeth-cooperative")) {
      civicsim(scenarioRun(scenario));
    }
    if (hasSweepCommand()) {
      Path sweep = work.resolve("cuts-sweep.yaml");
      Files.writeString(
          sweep,
          "base: "
              + ROOT.resolve("scenarios/baseline.yaml")
              + "\ndesign: full-factorial\nreplicates: 3\nseed: 1\n"
              + "set:\n  steps: 104\n  borough.residents: 2000\n"
              + "vary:\n  "
              + CUT_KEY
              + ": ["
              + String.join(", ", CUTS)
              + "]\n");
      civicsim(List.of("sweep", sweep.toString(), "--out", "results/sweep-cuts"));
    } else {
      for (String cut : CUTS) {
        List<String> args = scenarioRun("baseline");
        args.addAll(
            List.of("--set", CUT_KEY + "=" + cut, "--out", "results/handmade-sweep/cuts-" + cut));
        civicsim(args);
      }
    }
  }

  private static List<String> scenarioRun(String scenario) {
    List<String> args =
        new ArrayList<>(List.of("run", ROOT.resolve("scenarios/" + scenario + ".yaml").toString()));
    args.addAll(SMALL);
    return args;
  }

  @Test
  void theNotebooksAreCommittedWithTheirOutputsCleared() throws IOException {
    for (Path nb : notebooks()) {
      String json = Files.readString(nb);
      assertFalse(json.contains("\"output_type\""), nb + " holds outputs");
      assertFalse(
          json.matches("(?s).*\"execution_count\": [0-9].*"), nb + " holds execution counts");
    }
  }

  @Test
  void everyNotebookRunsOnFreshResultsAndDrawsPictures() throws Exception {
    List<Path> notebooks = notebooks();
    assertEquals(4, notebooks.size(), notebooks.toString());
    Path executed = Files.createDirectories(work.resolve("executed"));
    for (Path nb : notebooks) {
      Result r =
          run(
              NOTEBOOKS,
              Map.of("CIVICSIM_RESULTS", work.resolve("results").toString(), "MPLBACKEND", "Agg"),
              300,
              "jupyter",
              "nbconvert",
              "--to",
              "notebook",
              "--execute",
              "--ExecutePreprocessor.kernel_name=python3",
              "--ExecutePreprocessor.timeout=240",
              "--output-dir=" + executed,
              nb.getFileName().toString());
      if (r.code != 0) {
        fail(nb.getFileName() + " failed (exit " + r.code + "):\n" + tail(r.output, 4000));
      }
      String out = Files.readString(executed.resolve(nb.getFileName()));
      assertTrue(out.contains("\"image/png\""), nb.getFileName() + " drew no picture");
    }
  }

  @Test
  void theSweepNotebookStopsRatherThanSkipsWhenThereIsNoSweep() throws Exception {
    Path empty = Files.createDirectories(work.resolve("no-sweep").resolve("results"));
    Result r =
        run(
            NOTEBOOKS,
            Map.of("CIVICSIM_RESULTS", empty.toString(), "MPLBACKEND", "Agg"),
            300,
            "jupyter",
            "nbconvert",
            "--to",
            "notebook",
            "--execute",
            "--ExecutePreprocessor.kernel_name=python3",
            "--output-dir=" + empty.getParent(),
            "04_sweep_and_sensitivity.ipynb");
    assertTrue(r.code != 0, "04 ran without a sweep:\n" + tail(r.output, 2000));
    assertTrue(r.output.contains("no sweep under"), tail(r.output, 2000));
  }

  private static List<Path> notebooks() throws IOException {
    try (Stream<Path> list = Files.list(NOTEBOOKS)) {
      return list.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList();
    }
  }

  private static boolean hasSweepCommand() throws Exception {
    Result help = run(work, Map.of(), 60, java(), "-jar", JAR.toString(), "--help");
    return help.output.lines().anyMatch(l -> l.trim().startsWith("sweep "));
  }

  private static void civicsim(List<String> args) throws Exception {
    List<String> command = new ArrayList<>(List.of(java(), "-jar", JAR.toString()));
    command.addAll(args);
    Result r = run(work, Map.of(), 300, command.toArray(String[]::new));
    assertEquals(0, r.code, "civicsim " + String.join(" ", args) + ":\n" + tail(r.output, 4000));
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /**
   * Installs Debian's Jupyter and the notebooks' packages when {@code jupyter-nbconvert} is not on
   * the PATH; fails with what to do when that is not possible (not root, no network).
   */
  private static void installJupyterIfMissing() throws Exception {
    if (onPath("jupyter-nbconvert") && pythonHasPackages()) {
      return;
    }
    String how =
        "the notebooks need Debian's Jupyter: apt-get install -y --no-install-recommends "
            + PACKAGES
            + " (or set CIVICSIM_SKIP_NOTEBOOKS=1 to skip them)";
    if (!onPath("apt-get")) {
      fail("jupyter-nbconvert is missing and there is no apt-get; " + how);
    }
    List<String> sudo =
        "root".equals(System.getProperty("user.name")) ? List.of() : List.of("sudo", "-n");
    List<String> update = new ArrayList<>(sudo);
    update.addAll(List.of("apt-get", "update"));
    List<String> install = new ArrayList<>(sudo);
    install.addAll(List.of("apt-get", "install", "-y", "--no-install-recommends"));
    install.addAll(List.of(PACKAGES.split(" ")));
    Map<String, String> env = Map.of("DEBIAN_FRONTEND", "noninteractive");
    for (List<String> step : List.of(update, install)) {
      Result r = run(work, env, 900, step.toArray(String[]::new));
      if (r.code != 0) {
        fail(
            "could not install Jupyter ("
                + String.join(" ", step)
                + " exited "
                + r.code
                + "); "
                + how
                + "\n"
                + tail(r.output, 2000));
      }
    }
    if (!onPath("jupyter-nbconvert") || !pythonHasPackages()) {
      fail(
          "installed the packages but jupyter-nbconvert or its Python packages are still missing; "
              + how);
    }
  }

  /**
   * Debian's own interpreter: the python3 first on the PATH may be another without the packages.
   */
  private static boolean pythonHasPackages() throws Exception {
    return run(
                work,
                Map.of(),
                60,
                "/usr/bin/python3",
                "-c",
                "import pandas, matplotlib, nbformat, nbclient, ipykernel")
            .code
        == 0;
  }

  private static boolean onPath(String program) {
    String path = System.getenv().getOrDefault("PATH", "");
    for (String dir : path.split(File.pathSeparator)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
        return true;
      }
    }
    return false;
  }

  private record Result(int code, String output) {}

  private static Result run(Path dir, Map<String, String> env, int seconds, String... command)
      throws Exception {
    Path log = Files.createTempFile(work, "process", ".log");
    ProcessBuilder pb =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    pb.environment().putAll(env);
    Process p;
    try {
      p = pb.start();
    } catch (IOException e) {
      return new Result(127, e.getMessage());
    }
    if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      return new Result(
          124,
          "timed out after " + seconds + " s\n" + Files.readString(log, StandardCharsets.UTF_8));
    }
    return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
  }

  private static String tail(String s, int chars) {
    return s.length() <= chars ? s : "..." + s.substring(s.length() - chars);
  }
}
