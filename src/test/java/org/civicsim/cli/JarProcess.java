package org.civicsim.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the packaged jar as a separate process, as a user would, in a given folder. */
final class JarProcess {
  private JarProcess() {}

  static final String JAR = System.getProperty("civicsim.jar", "target/civicsim.jar");

  /** What a finished process left: exit code, standard output and standard error. */
  record Result(int code, String out, String err) {}

  static Result run(Path folder, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(Path.of(JAR).toAbsolutePath().toString());
    command.addAll(List.of(args));
    Path stdout = Files.createTempFile("civicsim", ".out");
    Path stderr = Files.createTempFile("civicsim", ".err");
    try {
      Process p =
          new ProcessBuilder(command)
              .directory(folder.toFile())
              .redirectOutput(stdout.toFile())
              .redirectError(stderr.toFile())
              .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
              .start();
      assertTrue(p.waitFor(120, TimeUnit.SECONDS), "civicsim did not finish");
      return new Result(
          p.exitValue(),
          Files.readString(stdout, StandardCharsets.UTF_8),
          Files.readString(stderr, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(stdout);
      Files.deleteIfExists(stderr);
    }
  }

  /**
   * Starts the jar in {@code folder} without waiting, its standard output and error going to {@code
   * log} (so that a full pipe cannot stall it).
   */
  static Process start(Path folder, Path log, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(Path.of(JAR).toAbsolutePath().toString());
    command.addAll(List.of(args));
    return new ProcessBuilder(command)
        .directory(folder.toFile())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
        .start();
  }
}
