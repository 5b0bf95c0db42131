package org.civicsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.civicsim.io.ResultFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release zip runs for someone with a Java runtime and nothing else: unpacked into an empty
 * folder, its launcher runs a scenario with a PATH that holds java alone (no Maven, no git, no
 * shell tools).
 */
class DistributionIT {
  static final Path ZIP = Path.of(System.getProperty("civicsim.zip", "target/civicsim-0.1.0.zip"));

  @TempDir Path dir;

  @Test
  void theReleaseRunsAScenarioWithOnlyJavaOnThePath() throws Exception {
    assertTrue(Files.isRegularFile(ZIP), ZIP + " is missing: mvn package makes it");
    Path home = unpack(ZIP, dir.resolve("unpacked"));
    for (String f :
        List.of(
            "README.md",
            "LICENSE",
            "NOTICE",
            "CITATION.cff",
            "CHANGELOG.md",
            "civicsim.cmd",
            "lib/civicsim.jar",
            "scenarios/baseline.yaml",
            "docs/ODD.md",
            "data/observed/england-2010-2020.csv")) {
      assertTrue(Files.isRegularFile(home.resolve(f)), f + " is not in the zip");
    }
    Path launcher = home.resolve("civicsim");
    assertTrue(Files.isExecutable(launcher), "the launcher is unpacked executable");

    Path bin = Files.createDirectories(dir.resolve("bin"));
    Files.createSymbolicLink(
        bin.resolve("java"), Path.of(System.getProperty("java.home"), "bin", "java"));
    try (Stream<Path> onPath = Files.list(bin)) {
      assertEquals(List.of("java"), onPath.map(p -> p.getFileName().toString()).toList());
    }

    Result version = run(home, bin, launcher.toString(), "--version");
    assertEquals(0, version.code(), version.err());
    assertTrue(version.out().contains("0.1.0"), version.out());

    Path out = dir.resolve("out");
    Result run =
        run(
            home,
            bin,
            "./civicsim",
            "run",
            "scenarios/baseline.yaml",
            "--replicates",
            "1",
            "--steps",
            "8",
            "--set",
            "borough.residents=400",
            "--set",
            "borough.wards=2",
            "--threads",
            "1",
            "--out",
            out.toString(),
            "--quiet");
    assertEquals(0, run.code(), run.err());
    assertTrue(Files.size(out.resolve(ResultFiles.METRICS)) > 0, "metrics.csv is written");
    assertTrue(
        Files.readString(out.resolve(ResultFiles.MANIFEST)).contains("\"complete\""),
        "the run completed");
    assertFalse(run.err().contains("mvn"), run.err());
  }

  /** Unpacks {@code zip} into {@code into} with the files' modes; returns its one top folder. */
  private static Path unpack(Path zip, Path into) throws Exception {
    URI uri = URI.create("jar:" + zip.toAbsolutePath().toUri());
    try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of("enablePosixFileAttributes", true));
        Stream<Path> all = Files.walk(fs.getPath("/"))) {
      for (Path entry : (Iterable<Path>) all::iterator) {
        Path target = into.resolve(fs.getPath("/").relativize(entry).toString());
        if (Files.isDirectory(entry)) {
          Files.createDirectories(target);
        } else {
          Files.copy(entry, target);
          Set<PosixFilePermission> mode = Files.getPosixFilePermissions(entry);
          Files.setPosixFilePermissions(target, mode);
        }
      }
    }
    try (Stream<Path> top = Files.list(into)) {
      List<Path> folders = top.toList();
      assertEquals(1, folders.size(), "one top folder: " + folders);
      return folders.get(0);
    }
  }

  private record Result(int code, String out, String err) {}

  /** Runs {@code command} in {@code folder} with PATH holding {@code bin} alone. */
  private Result run(Path folder, Path bin, String... command) throws Exception {
    Path stdout = Files.createTempFile(dir, "civicsim", ".out");
    Path stderr = Files.createTempFile(dir, "civicsim", ".err");
    ProcessBuilder pb =
        new ProcessBuilder(command)
            .directory(folder.toFile())
            .redirectOutput(stdout.toFile())
            .redirectError(stderr.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    pb.environment().clear();
    pb.environment().put("PATH", bin.toString());
    Process p = pb.start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the launcher did not finish");
    return new Result(
        p.exitValue(),
        Files.readString(stdout, StandardCharsets.UTF_8),
        Files.readString(stderr, StandardCharsets.UTF_8));
  }
}
