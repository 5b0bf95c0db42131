package org.civicsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.civicsim.calibration.CalibrationCharts;
import org.civicsim.calibration.Priors;
import org.civicsim.io.PosteriorFile;
import org.civicsim.io.ResultFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code civicsim calibrate} end to end in this JVM, on the quick design made smaller still: the
 * posterior does not depend on the threads, and a calibration stopped part way continues to the
 * same posterior.
 */
class CalibrateCommandTest {
  private final InProcess cli = new InProcess();
  @TempDir Path dir;

  /** Three rounds of twelve one-replicate runs of the quick borough. */
  static List<String> tiny(Path out, int threads, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "calibrate",
                "--quick",
                "--particles",
                "12",
                "--simulations",
                "36",
                "--seed",
                "5",
                "--set",
                "steps=104",
                "--threads",
                Integer.toString(threads),
                "--out",
                out.toString()));
    args.addAll(List.of(more));
    return args;
  }

  @Test
  void theSameSeedGivesTheSamePosteriorWhateverTheThreadsAndAfterAnInterruption() throws Exception {
    Path one = dir.resolve("one");
    assertEquals(ExitCode.OK, cli.run(tiny(one, 1).toArray(String[]::new)), cli.err());
    Path two = dir.resolve("two");
    assertEquals(ExitCode.OK, cli.run(tiny(two, 2).toArray(String[]::new)), cli.err());
    byte[] posterior = Files.readAllBytes(one.resolve(ResultFiles.POSTERIOR));
    assertArrayEquals(posterior, Files.readAllBytes(two.resolve(ResultFiles.POSTERIOR)));

    PosteriorFile.Posterior p = PosteriorFile.read(one.resolve(ResultFiles.POSTERIOR));
    assertEquals(Priors.read(Path.of(Priors.DEFAULT_FILE)).size(), p.keys().size());
    double total = 0;
    for (double w : p.weights()) total += w;
    assertEquals(1, total, 1e-9);
    JsonNode json = new ObjectMapper().readTree(one.resolve(ResultFiles.CALIBRATION_JSON).toFile());
    assertEquals(36, json.get("simulations").asInt());
    assertTrue(json.get("generations").size() >= 2, json.toString());
    assertEquals(5, json.get("seed").asLong());
    Path charts = one.resolve(CalibrationCharts.FOLDER);
    assertTrue(Files.isRegularFile(charts.resolve("pairs.png")));
    assertTrue(Files.isRegularFile(charts.resolve("posterior-behaviour.asc_formal.png")));
    assertTrue(Files.isRegularFile(charts.resolve("predictive-participation_formal-2010.png")));

    // Stopped once the first generation is saved, as a killed job would be; resumed on 2 threads.
    Path stopped = dir.resolve("stopped");
    try {
      int code =
          new Main(new PrintStream(new ByteArrayOutputStream()), stopsAfterFirstGeneration())
              .execute(tiny(stopped, 1).toArray(String[]::new));
      assertNotEquals(ExitCode.OK, code);
    } catch (IllegalStateException expected) {
      // the stop, thrown again as the command reports its failure to the same stream
    }
    assertFalse(Files.exists(stopped.resolve(ResultFiles.POSTERIOR)), "nothing but the state");
    assertEquals(ExitCode.OK, cli.run(tiny(stopped, 2, "--resume").toArray(String[]::new)));
    assertArrayEquals(posterior, Files.readAllBytes(stopped.resolve(ResultFiles.POSTERIOR)));

    // A smaller budget, then raised on --resume: the same end as the larger budget at once.
    Path raised = dir.resolve("raised");
    List<String> smaller = tiny(raised, 2);
    smaller.set(smaller.indexOf("36"), "24");
    assertEquals(ExitCode.OK, cli.run(smaller.toArray(String[]::new)), cli.err());
    assertEquals(ExitCode.OK, cli.run(tiny(raised, 2, "--resume").toArray(String[]::new)));
    assertArrayEquals(posterior, Files.readAllBytes(raised.resolve(ResultFiles.POSTERIOR)));

    // As on a cluster: each round's points in two array tasks, then a step that takes them up.
    Path sharded = dir.resolve("sharded");
    for (int round = 0; round < 3; round++) {
      for (String slice : List.of("1/2", "2/2")) {
        assertEquals(
            ExitCode.OK,
            cli.run(tiny(sharded, 1, "--shard", slice).toArray(String[]::new)),
            cli.err());
      }
      assertFalse(Files.exists(sharded.resolve(ResultFiles.POSTERIOR)), "not finished yet");
      assertEquals(
          ExitCode.OK,
          cli.run(tiny(sharded, 1, "--resume", "--rounds", "1").toArray(String[]::new)),
          cli.err());
    }
    assertArrayEquals(posterior, Files.readAllBytes(sharded.resolve(ResultFiles.POSTERIOR)));
  }

  @Test
  void resumingWithOtherArgumentsOrOverAnotherCalibrationIsRefused() throws Exception {
    Path out = dir.resolve("c");
    assertEquals(ExitCode.OK, cli.run(tiny(out, 2).toArray(String[]::new)), cli.err());
    List<String> other = tiny(out, 2, "--resume");
    other.set(other.indexOf("5"), "6");
    assertEquals(ExitCode.BAD_INPUT, cli.run(other.toArray(String[]::new)));
    assertTrue(cli.err().contains("started with other arguments"), cli.err());
    assertEquals(ExitCode.BAD_INPUT, cli.run(tiny(out, 2).toArray(String[]::new)));
    assertTrue(cli.err().contains("--resume to continue"), cli.err());
  }

  @Test
  void aMistakeInThePriorsFileNamesItsLineAndColumnAndNothingIsWritten() throws Exception {
    Path priors = dir.resolve("priors.csv");
    Files.writeString(
        priors,
        String.join(",", Priors.COLUMNS)
            + "\n"
            + "behaviour.asc_formal,uniform,-6,-2.5,,,a reason,a source\n"
            + "behaviour.asc_frmal,uniform,-6,-2.5,,,a reason,a source\n"
            + "behaviour.heard_gain,beta,0,2,,,,\n");
    Path out = dir.resolve("bad");
    int code = cli.run(tiny(out, 1, "--priors", priors.toString()).toArray(String[]::new));
    assertEquals(ExitCode.BAD_INPUT, code);
    String err = cli.err();
    assertTrue(err.contains(priors + ":3: column key: 'behaviour.asc_frmal'"), err);
    assertTrue(err.contains(priors + ":4: column distribution: 'beta'"), err);
    assertTrue(
        err.contains(priors + ":4: column high: behaviour.heard_gain must be at most 1"), err);
    assertTrue(err.contains(priors + ":4: column reason"), err);
    assertFalse(InProcess.STACK_FRAME.matcher(err).find(), err);
    assertFalse(Files.exists(out), "nothing written");
  }

  /** A standard error that fails as soon as the first generation is reported. */
  private static PrintStream stopsAfterFirstGeneration() {
    return new PrintStream(
        new OutputStream() {
          private final ByteArrayOutputStream seen = new ByteArrayOutputStream();

          @Override
          public void write(int b) {
            seen.write(b);
            if (seen.toString(StandardCharsets.UTF_8).contains("generation 0:")) {
              throw new IllegalStateException("stopped");
            }
          }
        },
        true,
        StandardCharsets.UTF_8);
  }
}
