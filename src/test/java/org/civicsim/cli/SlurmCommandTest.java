package org.civicsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Slurm scripts a sweep gets: one shard per array task, a merge that waits for them all. */
class SlurmCommandTest {
  private static final String BASE = Path.of("scenarios/baseline.yaml").toAbsolutePath().toString();

  private final InProcess cli = new InProcess();
  @TempDir Path dir;
  private Path sweep;

  @BeforeEach
  void sweepFile() throws Exception {
    // 3 points x 2 replicates = 6 runs
    sweep =
        Files.writeString(
            dir.resolve("tiny.yaml"),
            "name: tiny\nbase: "
                + BASE
                + "\ndesign: full-factorial\nreplicates: 2\nseed: 7\n"
                + "set:\n  steps: 8\n  borough.residents: 300\n"
                + "vary:\n  community_development.workers_per_10k: [0, 2, 4]\n");
  }

  private SlurmScripts scripts(Path o, String partition, String time, String mem, Integer cpus) {
    return new SlurmScripts("tiny", 6, sweep, o, "abc123", 3, partition, time, mem, cpus, "final");
  }

  @Test
  void theArrayRunsShardIOfNOfTheSweepFileIntoItsOwnFolderAndResumes() {
    Path o = Path.of("/scratch/me/tiny");
    String a = scripts(o, "debug", "1-12:00:00", "4G", 2).array();
    assertTrue(a.startsWith("#!/usr/bin/env bash\n"), a);
    assertTrue(a.contains("\n#SBATCH --array=1-3\n"), a);
    assertTrue(a.contains("\n#SBATCH --partition=debug\n"), a);
    assertTrue(a.contains("\n#SBATCH --time=1-12:00:00\n"), a);
    assertTrue(a.contains("\n#SBATCH --mem=4G\n"), a);
    assertTrue(a.contains("\n#SBATCH --cpus-per-task=2\n"), a);
    assertTrue(a.contains("\n#SBATCH --requeue\n"), a);
    assertTrue(a.contains("\n#SBATCH --output=/scratch/me/tiny/logs/shard-%a.out\n"), a);
    assertTrue(
        a.contains(
            "-jar '/scratch/me/tiny/civicsim.jar' sweep '"
                + sweep
                + "' \\\n"
                + "  --shard \"$i/3\" --out '/scratch/me/tiny'/shard-\"$i\""
                + " --threads \"${SLURM_CPUS_PER_TASK:-1}\" --resume --record final\n"),
        a);
    assertTrue(a.contains("'-Dcivicsim.commit=abc123'"), a);
    assertTrue(a.contains("i=${SLURM_ARRAY_TASK_ID:?"), a);
    // sbatch reads #SBATCH lines only before the first command
    int lastDirective = a.lastIndexOf("\n#SBATCH");
    assertTrue(lastDirective < a.indexOf("\nset -euo pipefail"), a);
  }

  @Test
  void optionsNotGivenLeaveTheClustersDefaults() {
    String a = scripts(Path.of("/s/t"), null, null, null, null).array();
    for (String o : List.of("--partition", "--time", "--mem", "--cpus-per-task")) {
      assertFalse(a.contains("#SBATCH " + o), o + " in\n" + a);
    }
  }

  @Test
  void theMergeCombinesEveryShardAndSubmitMakesItWaitForTheWholeArray() {
    SlurmScripts s = scripts(Path.of("/s/t"), "debug", "30", null, 2);
    String m = s.merge();
    assertTrue(m.contains("for i in $(seq 1 3); do shards+=('/s/t'/shard-\"$i\"); done\n"), m);
    assertTrue(
        m.contains("-jar '/s/t/civicsim.jar' merge \"${shards[@]}\" --out '/s/t/merged'\n"), m);
    assertTrue(m.contains("\n#SBATCH --partition=debug\n"), m);
    assertFalse(m.contains("--array"), m);
    assertFalse(m.contains("--cpus-per-task"), m);
    String u = s.submit();
    assertTrue(u.contains("array=$(sbatch --parsable \"$@\" '/s/t/array.sbatch')\n"), u);
    assertTrue(
        u.contains(
            "merge=$(sbatch --parsable \"$@\" --dependency=afterok:\"$array\""
                + " --kill-on-invalid-dep=yes '/s/t/merge.sbatch')\n"),
        u);
  }

  @Test
  void theScriptsAreValidBash() throws Exception {
    SlurmScripts s = scripts(dir.resolve("o"), "debug", "30", "2G", 2);
    for (String text : List.of(s.array(), s.merge(), s.submit())) {
      Path f = Files.writeString(dir.resolve("check.sh"), text);
      Process p = new ProcessBuilder("bash", "-n", f.toString()).redirectErrorStream(true).start();
      assertTrue(p.waitFor(20, TimeUnit.SECONDS));
      assertEquals(0, p.exitValue(), new String(p.getInputStream().readAllBytes()) + "\n" + text);
    }
  }

  @Test
  void theArrayScriptRefusesToRunOutsideSlurm() throws Exception {
    Path f =
        Files.writeString(
            dir.resolve("array.sbatch"), scripts(dir.resolve("o"), null, null, null, null).array());
    ProcessBuilder pb = new ProcessBuilder("bash", f.toString()).redirectErrorStream(true);
    pb.environment().remove("SLURM_ARRAY_TASK_ID");
    Process p = pb.start();
    assertTrue(p.waitFor(20, TimeUnit.SECONDS));
    String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.exitValue() != 0, said);
    assertTrue(said.contains("run this script with sbatch"), said);
  }

  @Test
  void quotesInPathsStaySafeInTheShellLines() {
    assertEquals("'it'\\''s'", SlurmScripts.quote("it's"));
  }

  @Test
  void writesTheScriptsTheJarAndTheLogsFolder() throws Exception {
    Path jar = Files.write(dir.resolve("built.jar"), new byte[] {'P', 'K', 3, 4, 42});
    Path o = dir.resolve("cluster");
    SlurmScripts s = scripts(o, null, null, null, null);
    SlurmCommand.write(s, jar);
    assertEquals(s.array(), Files.readString(o.resolve("array.sbatch")));
    assertEquals(s.merge(), Files.readString(o.resolve("merge.sbatch")));
    assertEquals(s.submit(), Files.readString(o.resolve("submit.sh")));
    assertTrue(Files.isExecutable(o.resolve("submit.sh")));
    assertArrayEquals(Files.readAllBytes(jar), Files.readAllBytes(o.resolve("civicsim.jar")));
    assertTrue(Files.isDirectory(o.resolve("logs")));
    try (var list = Files.list(o)) {
      assertEquals(5, list.count(), "array, merge, submit, jar, logs and nothing else");
    }
  }

  @Test
  void writesIntoANewOrEmptyFolderOnly() throws Exception {
    Path jar = Files.write(dir.resolve("built.jar"), new byte[] {1});
    Path o = Files.createDirectories(dir.resolve("used"));
    Files.writeString(o.resolve("runs.csv"), "run\n");
    var e =
        org.junit.jupiter.api.Assertions.assertThrows(
            org.civicsim.io.OutputException.class,
            () -> SlurmCommand.write(scripts(o, null, null, null, null), jar));
    assertTrue(e.getMessage().contains("not empty"), e.getMessage());
    assertFalse(Files.exists(o.resolve("array.sbatch")));
  }

  @Test
  void theCommandWritesTheScriptsWithAbsolutePathsAndSaysHowToSubmit() throws Exception {
    Path jar = Files.write(dir.resolve("built.jar"), new byte[] {'P', 'K', 3, 4});
    String before = System.getProperty("civicsim.jar");
    System.setProperty("civicsim.jar", jar.toString());
    try {
      Path o = dir.resolve("cluster");
      assertEquals(
          0,
          cli.run("slurm", sweep.toString(), "--array", "6", "--out", o.toString(), "--time", "20"),
          cli.err());
      String said = cli.out();
      assertTrue(said.contains("  " + o.resolve("submit.sh") + "\n"), said);
      String a = Files.readString(o.resolve("array.sbatch"));
      assertTrue(a.contains("#SBATCH --array=1-6\n"), a);
      assertTrue(a.contains(" sweep '" + sweep.toAbsolutePath() + "' "), a);
      assertTrue(Files.isRegularFile(o.resolve("civicsim.jar")));
    } finally {
      if (before == null) {
        System.clearProperty("civicsim.jar");
      } else {
        System.setProperty("civicsim.jar", before);
      }
    }
  }

  @Test
  void anArrayOfZeroTasksIsBadInput() {
    assertEquals(
        2,
        cli.run("slurm", sweep.toString(), "--array", "0", "--out", dir.resolve("o").toString()));
    assertTrue(
        cli.err().contains("--array 0: must be between 1 and the sweep's 6 runs"), cli.err());
    assertFalse(Files.exists(dir.resolve("o")));
  }

  @Test
  void anArrayLargerThanTheRunsIsBadInput() {
    assertEquals(
        2,
        cli.run("slurm", sweep.toString(), "--array", "7", "--out", dir.resolve("o").toString()));
    assertTrue(
        cli.err()
            .contains(
                "--array 7: must be between 1 and the sweep's 6 runs"
                    + " (3 points x 2 replicates)"),
        cli.err());
    assertFalse(Files.exists(dir.resolve("o")));
  }

  @Test
  void aMissingArrayIsBadInput() {
    assertEquals(2, cli.run("slurm", sweep.toString()));
    assertTrue(cli.err().contains("--array N"), cli.err());
  }

  @Test
  void aBadSweepFileIsBadInputNamingFileLineAndKey() throws Exception {
    Path bad =
        Files.writeString(
            dir.resolve("bad.yaml"),
            "base: "
                + BASE
                + "\ndesign: full-factorial\nreplicates: 2\n"
                + "vary:\n  council.no_such_key: [0, 1]\n");
    assertEquals(
        2, cli.run("slurm", bad.toString(), "--array", "2", "--out", dir.resolve("o").toString()));
    assertTrue(cli.err().contains("bad.yaml:5"), cli.err());
    assertTrue(cli.err().contains("council.no_such_key"), cli.err());
    assertFalse(cli.err().contains("Exception"), cli.err());
    assertFalse(Files.exists(dir.resolve("o")));
  }

  @Test
  void aMissingSweepFileIsBadInput() {
    assertEquals(2, cli.run("slurm", dir.resolve("nope.yaml").toString(), "--array", "2"));
    assertTrue(cli.err().contains("nope.yaml"), cli.err());
  }

  @Test
  void malformedResourcesAreBadInputBeforeAnythingIsWritten() {
    assertEquals(
        2,
        cli.run(
            "slurm",
            sweep.toString(),
            "--array",
            "2",
            "--time",
            "2 hours",
            "--mem",
            "lots",
            "--partition",
            "a b",
            "--cpus-per-task",
            "0"));
    String e = cli.err();
    assertTrue(e.contains("--time 2 hours: not a Slurm time"), e);
    assertTrue(e.contains("--mem lots: not a Slurm memory size"), e);
    assertTrue(e.contains("--partition a b"), e);
    assertTrue(e.contains("--cpus-per-task must be at least 1"), e);
  }

  @Test
  void slurmTimesAndMemoriesAreAccepted() {
    for (String t :
        List.of("30", "90:00", "2:00:00", "1-12", "1-12:00", "1-12:00:00", "UNLIMITED")) {
      assertTrue(SlurmScripts.problems(null, t, null, null).isEmpty(), t);
    }
    for (String m : List.of("4000", "4G", "512M", "1T")) {
      assertTrue(SlurmScripts.problems(null, null, m, null).isEmpty(), m);
    }
  }

  @Test
  void anOutputFolderSlurmCannotNameIsBadInput() {
    assertEquals(
        2,
        cli.run(
            "slurm",
            sweep.toString(),
            "--array",
            "2",
            "--out",
            dir.resolve("my results").toString()));
    assertTrue(cli.err().contains("cannot hold a path with blanks"), cli.err());
  }

  @Test
  void helpDescribesTheCommand() {
    assertEquals(0, cli.run("slurm", "--help"));
    String help = cli.out();
    assertTrue(help.contains("usage: civicsim slurm SWEEP.yaml --array N"), help);
    assertTrue(help.contains("--dependency=afterok"), help);
  }
}
