package org.civicsim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
  @TempDir Path dir;

  @Test
  void aCompleteFileAppearsUnderItsName() throws IOException {
    Path target = dir.resolve("summary.csv");
    AtomicFile.write(target, out -> out.write("a,b\n1,2\n"));
    assertEquals("a,b\n1,2\n", Files.readString(target));
    assertEquals(List.of(target), entries());
  }

  @Test
  void aFileThatFailsMidwayLeavesNothingBehind() throws IOException {
    Path target = dir.resolve("metrics.csv");
    assertThrows(
        IOException.class,
        () ->
            AtomicFile.write(
                target,
                out -> {
                  out.write("scenario,replicate\n".repeat(10_000));
                  throw new IOException("disk full");
                }));
    assertFalse(Files.exists(target));
    assertEquals(List.of(), entries());
  }

  @Test
  void aFailedRewriteKeepsTheOldFile() throws IOException {
    Path target = dir.resolve("manifest.json");
    Files.writeString(target, "old");
    assertThrows(
        IllegalStateException.class,
        () ->
            AtomicFile.write(
                target,
                out -> {
                  out.write("new");
                  throw new IllegalStateException("bug");
                }));
    assertEquals("old", Files.readString(target));
    assertEquals(List.of(target), entries());
  }

  @Test
  void nothingIsVisibleBeforeTheCommit() throws IOException {
    Path target = dir.resolve("metrics.csv");
    try (AtomicFile file = AtomicFile.create(target)) {
      file.writer().write("rows");
      file.writer().flush();
      assertFalse(Files.exists(target));
      file.commit();
    }
    assertEquals("rows", Files.readString(target));
  }

  @Test
  void aDiskFullWhileReplacingResultsKeepsTheOldFileAndNoTemporary() throws IOException {
    Path target = dir.resolve("metrics.csv");
    Files.writeString(target, "earlier results\n");
    IOException full =
        assertThrows(
            IOException.class,
            () -> {
              try (AtomicFile file = AtomicFile.create(target)) {
                java.io.OutputStream out = file.stream();
                // Past any buffer, so the bytes have reached the temporary file on disk.
                out.write(new byte[1 << 20]);
                out.flush();
                assertEquals(2, entries().size(), "the temporary file sits beside the old one");
                throw new IOException("No space left on device");
              }
            });
    assertEquals("No space left on device", full.getMessage());
    assertEquals("earlier results\n", Files.readString(target));
    assertEquals(List.of(target), entries(), "the temporary file is removed");
  }

  private List<Path> entries() throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.toList();
    }
  }
}
