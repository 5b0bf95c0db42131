package org.civicsim.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.civicsim.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The harness runs end to end and writes bench.csv in its contract. Timings are figures for
 * docs/performance.md, never asserted here; that one thread and several give identical results is
 * specified in org.civicsim.model.DeterminismTest.
 */
class BenchTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int bench(String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "bench";
    System.arraycopy(args, 0, all, 1, args.length);
    return new Main(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8))
        .execute(all);
  }

  @Test
  void aTinyBenchWritesEveryVariantInTheContractColumns(@TempDir Path dir) throws Exception {
    int code =
        bench(
            "--residents",
            "2000",
            "--steps",
            "2",
            "--burn-in",
            "1",
            "--mason-residents",
            "500",
            "--out",
            dir.toString());
    assertEquals(0, code, err.toString(StandardCharsets.UTF_8));

    List<String> lines = Files.readAllLines(dir.resolve("bench.csv"));
    assertEquals(
        "variant,residents,threads,steps,ns_per_resident_step,bytes_per_resident", lines.get(0));
    Set<String> variants = new TreeSet<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",", -1);
      assertEquals(6, cells.length, line);
      variants.add(cells[0]);
      assertEquals("2", cells[3], "steps timed: " + line);
      assertTrue(Double.parseDouble(cells[4]) > 0, "a time was measured: " + line);
    }
    assertEquals(Set.of("model", "roofline", "mason-idiomatic"), variants);
    // The model and the roofline on 1 and 2 threads, the MASON-idiomatic variant on one.
    assertEquals(1 + 5, lines.size());
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("model / roofline"));
  }

  @Test
  void aPopulationThatIsNotANumberIsBadInput(@TempDir Path dir) {
    assertEquals(2, bench("--residents", "lots", "--out", dir.toString()));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("'lots' is not a whole number"));
    assertTrue(Files.notExists(dir.resolve("bench.csv")));
  }
}
