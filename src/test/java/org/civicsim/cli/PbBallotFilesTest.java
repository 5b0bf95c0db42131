package org.civicsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.civicsim.io.Pabulib;
import org.civicsim.io.PabulibFile;
import org.civicsim.model.pb.Completion;
import org.civicsim.model.pb.CountingRule;
import org.civicsim.model.pb.Satisfaction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run's participatory-budgeting votes as files others' tools read: each ballot file reads back as
 * it was written, and counting it again gives the winners pb.csv records.
 */
class PbBallotFilesTest {
  private final InProcess cli = new InProcess();
  @TempDir Path dir;

  @Test
  void everyBallotARunWritesReadsBackIdenticallyAndCountsToTheWinnersOfPbCsv() throws Exception {
    Path out = dir.resolve("run");
    assertEquals(
        ExitCode.OK,
        cli.run(
            "run",
            "scenarios/pb-dundee.yaml",
            "--replicates",
            "1",
            "--set",
            "steps=53",
            "--set",
            "borough.residents=3000",
            "--set",
            "output.pb_files=true",
            "--out",
            out.toString(),
            "--quiet"),
        cli.err());
    List<Path> files;
    try (Stream<Path> list = Files.list(out.resolve("pb"))) {
      files = list.sorted().toList();
    }
    // Two rounds (weeks 0 and 52), one vote a ward.
    assertEquals(2 * 20, files.size(), files.toString());
    List<String> rows = Files.readAllLines(out.resolve("pb.csv"));
    assertEquals(
        "scenario,replicate,seed,step,council,ward,project,cost,votes,selected", rows.get(0));
    CountingRule greedy = CountingRule.named("greedy", Satisfaction.COST, Completion.NONE);
    for (Path file : files) {
      PabulibFile read = Pabulib.read(file);
      Path again = dir.resolve("again.pb");
      Pabulib.write(again, read);
      assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(again), file.toString());
      assertEquals(read.election(), Pabulib.read(again).election(), file.toString());

      String[] name = file.getFileName().toString().split("-");
      String week = name[name.length - 3].substring("week".length());
      String ward = name[name.length - 2].substring("ward".length());
      List<String> won = new ArrayList<>();
      for (String row : rows.subList(1, rows.size())) {
        String[] c = row.split(",");
        if (c[3].equals(week) && c[5].equals(ward) && c[9].equals("true")) won.add(c[6]);
      }
      List<String> counted = new ArrayList<>(greedy.count(read.election()).ids());
      counted.sort(null);
      won.sort(null);
      assertEquals(won, counted, file.toString());
      assertTrue(read.election().voters() > 0, file + " has no ballots");
    }
  }
}
