package org.civicsim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.civicsim.model.pb.Election;
import org.civicsim.model.pb.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pabulib's file format read and written as pabulib.org/format describes it. */
class PabulibTest {
  /** The META section of a budget of 100 with approval ballots: lines 1 to 4 of a file. */
  private static final String META_LINES = "META\nkey;value\nbudget;100\nvote_type;approval\n";

  @TempDir Path dir;

  private static List<Path> realFiles() throws Exception {
    try (Stream<Path> files = Files.list(PabulibCountingTest.folder())) {
      return files.filter(p -> p.toString().endsWith(".pb")).sorted().toList();
    }
  }

  @Test
  void everyRealFileReadsWithTheProjectsAndVotersItsMetaAnnounces() throws Exception {
    List<Path> files = realFiles();
    assertEquals(51, files.size());
    for (Path path : files) {
      PabulibFile file = Pabulib.read(path);
      Election election = file.election();
      String name = path.getFileName().toString();
      assertTrue(file.meta().containsKey("description"), name + ": its first META key");
      assertEquals(file.meta().get("num_projects"), "" + election.projects().size(), name);
      assertEquals(file.meta().get("num_votes"), "" + election.voters(), name);
      assertEquals(Double.parseDouble(file.meta().get("budget")), election.budget(), name);
      for (int p = 0; p < election.projects().size(); p++) {
        assertEquals(file.projects().value(p, "votes"), "" + election.approvals(p), name);
      }
    }
  }

  @Test
  void quotedFieldsKeepTheirSemicolonsAndDoubledQuotes() throws Exception {
    Path path =
        write(
            "quoted.pb",
            META_LINES
                + """
                PROJECTS
                project_id;cost;name
                1;50;"Park ""Stok""; benches"
                VOTES
                voter_id;vote
                1;1
                """);
    assertEquals("Park \"Stok\"; benches", Pabulib.read(path).projects().value(0, "name"));
  }

  @Test
  void anElectionWrittenToPabulibReadsBackIdentically() throws Exception {
    Election election =
        Election.of(
            102533.36,
            List.of(new Project("b", 40000), new Project("a;1", 60000), new Project("c", 0)),
            List.of(List.of("a;1", "b"), List.of(), List.of("c")));
    Path path = dir.resolve("written.pb");
    PabulibFile file = PabulibFile.of(election);
    Pabulib.write(path, file);
    PabulibFile back = Pabulib.read(path);
    assertEquals(file, back);
    assertEquals(election, back.election());
  }

  @Test
  void aRealFileWrittenBackReadsIdenticallyEveryColumnKept() throws Exception {
    for (Path path : realFiles()) {
      if (path.toString().contains("wieliczka") || path.toString().contains("srodmiescie-small")) {
        PabulibFile file = Pabulib.read(path);
        Path copy = dir.resolve(path.getFileName());
        Pabulib.write(copy, file);
        assertEquals(file, Pabulib.read(copy), path.toString());
      }
    }
  }

  @Test
  void aVoteForAProjectNotListedNamesTheFileAndLine() throws Exception {
    assertBad(
        META_LINES
            + """
            PROJECTS
            project_id;cost
            1;50
            VOTES
            voter_id;vote
            1;1
            2;1,7
            """,
        ":11: the vote approves project '7', which PROJECTS does not list");
  }

  @Test
  void aCostThatIsNotANumberNamesTheFileAndLine() throws Exception {
    assertBad(
        META_LINES
            + """
            PROJECTS
            project_id;cost
            1;fifty
            VOTES
            voter_id;vote
            """,
        ":7: project 1: cost 'fifty' is not a whole amount of currency, 0 or more");
  }

  @Test
  void aMissingSectionNamesTheFile() throws Exception {
    assertBad(
        META_LINES
            + """
            PROJECTS
            project_id;cost
            1;50
            """,
        ":7: the file ends with no VOTES section");
  }

  @Test
  void ballotsOtherThanApprovalAreRefused() throws Exception {
    assertBad(
        """
        META
        key;value
        budget;100
        vote_type;cumulative
        PROJECTS
        project_id;cost
        1;50
        VOTES
        voter_id;vote;points
        1;1;3
        """,
        ":4: vote_type is cumulative; the counting rules take approval ballots only");
  }

  @Test
  void metaWithoutItsHeaderLineKeepsItsFirstKey() throws Exception {
    Path path =
        write(
            "no-header.pb",
            "META\ndescription;Kamionek\nbudget;100\nvote_type;approval\n"
                + "PROJECTS\nproject_id;cost\nVOTES\nvoter_id;vote\n");
    assertEquals("Kamionek", Pabulib.read(path).meta().get("description"));
  }

  @Test
  void aRowShorterThanItsHeaderNamesTheLine() throws Exception {
    assertBad(
        META_LINES
            + """
            PROJECTS
            project_id;cost;name
            1;50
            VOTES
            voter_id;vote
            """,
        ":7: this row has 2 fields, the header 3");
  }

  @Test
  void aMissingFileIsReportedInPlainWords() {
    PabulibException e =
        assertThrows(PabulibException.class, () -> Pabulib.read(dir.resolve("none.pb")));
    assertEquals(dir.resolve("none.pb") + ": cannot read: no such file or folder", e.getMessage());
  }

  private Path write(String name, String text) throws Exception {
    return Files.writeString(dir.resolve(name), text);
  }

  private void assertBad(String text, String message) throws Exception {
    Path path = write("bad.pb", text);
    PabulibException e = assertThrows(PabulibException.class, () -> Pabulib.read(path));
    assertEquals(path + message, e.getMessage());
    assertTrue(e.getMessage().startsWith(path.toString()));
  }
}
