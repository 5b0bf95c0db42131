package org.civicsim.io;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A results file that appears whole or not at all: it is written under a hidden temporary name in
 * its destination folder and renamed onto its final name only by {@link #commit()}; closing it
 * without a commit deletes the temporary file.
 */
public final class AtomicFile implements Closeable {
  private static final int BUFFER = 1 << 16;

  private final Path target;
  private final Path temporary;
  private final OutputStream stream;
  private Writer writer;
  private boolean done;

  private AtomicFile(Path target) throws IOException {
    this.target = target;
    String unique = Long.toHexString(ThreadLocalRandom.current().nextLong());
    this.temporary = target.resolveSibling("." + target.getFileName() + "." + unique + ".tmp");
    this.stream =
        Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
  }

  /** Starts writing {@code target}; nothing appears at that name until {@link #commit()}. */
  public static AtomicFile create(Path target) throws IOException {
    return new AtomicFile(target);
  }

  /** Writes {@code target} whole with {@code content}, or leaves no file when it throws. */
  public static void write(Path target, Content content) throws IOException {
    try (AtomicFile file = create(target)) {
      content.writeTo(file.writer());
      file.commit();
    }
  }

  /** The bytes of the file; do not mix with {@link #writer()}. */
  public OutputStream stream() {
    return stream;
  }

  /** A buffered UTF-8 writer over the file. */
  public Writer writer() {
    if (writer == null) {
      writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), BUFFER);
    }
    return writer;
  }

  /** Flushes the file to disk and gives it its final name, replacing any file of that name. */
  public void commit() throws IOException {
    if (done) {
      throw new IllegalStateException("already closed: " + target);
    }
    if (writer != null) {
      writer.close();
    } else {
      stream.close();
    }
    try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
      channel.force(true);
    }
    try {
      Files.move(
          temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
    }
    done = true;
  }

  /** Abandons the file unless it was committed: the temporary file is deleted. */
  @Override
  public void close() throws IOException {
    if (done) {
      return;
    }
    done = true;
    try {
      stream.close();
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /** What to write into a file. */
  @FunctionalInterface
  public interface Content {
    void writeTo(Writer out) throws IOException;
  }
}
