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
import org.civicsim.model.CivicModel;
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
  void theModelAndTheRooflineAreSteppedInTurnsTheOrderSwappedEachRound() {
    StringBuilder order = new StringBuilder();
    double[][] ns = Bench.inTurns(() -> order.append('m'), () -> order.append('r'), 2, 4, 1);
    // Two warm weeks of each, then four rounds of a week each: m first, then r first, ...
    assertEquals("mmrr" + "mr" + "rm" + "mr" + "rm", order.toString());
    assertEquals(4, ns[0].length);
    assertEquals(4, ns[1].length);
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

  @Test
  void twoBuildsAreTimedAgainstEachOtherInOneJvm(@TempDir Path dir) throws Exception {
    // The build under test, twice: each copy in its own class loader, stepped in turn.
    Path classes =
        Path.of(CivicModel.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    int code =
        bench(
            "--pair",
            classes.toString(),
            classes.toString(),
            "--residents",
            "2000",
            "--rounds",
            "3",
            "--steps",
            "1",
            "--burn-in",
            "1",
            "--out",
            dir.toString());
    assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
    String printed = out.toString(StandardCharsets.UTF_8);
    assertTrue(printed.contains("2,000 residents, 2 thread(s), 3 rounds of 1 weeks"), printed);
    assertTrue(printed.contains("B faster in "), printed);
    assertTrue(printed.contains("same results after the same weeks: yes"), printed);
    List<String> lines = Files.readAllLines(dir.resolve("bench-pair.csv"));
    assertEquals("round,a_ns_per_resident_step,b_ns_per_resident_step", lines.get(0));
    assertEquals(1 + 3, lines.size());
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",", -1);
      assertEquals(3, cells.length, line);
      assertTrue(Double.parseDouble(cells[1]) > 0 && Double.parseDouble(cells[2]) > 0, line);
    }
  }

  @Test
  void aBuildThatIsNotThereIsBadInput(@TempDir Path dir) {
    Path missing = dir.resolve("before.jar");
    assertEquals(2, bench("--pair", missing.toString(), dir.toString(), "--out", dir.toString()));
    assertTrue(
        err.toString(StandardCharsets.UTF_8).contains("--pair: cannot read " + missing),
        err.toString(StandardCharsets.UTF_8));
    assertTrue(Files.notExists(dir.resolve("bench-pair.csv")));
  }
}
