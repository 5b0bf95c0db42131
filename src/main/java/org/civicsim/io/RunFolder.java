package org.civicsim.io;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * The folder a run writes into, so that its results appear whole or not at all. Files are written
 * into a hidden staging folder: without {@code --out} that is {@code
 * results/<scenario>/.<run-id>.partial}, renamed to {@code results/<scenario>/<run-id>} at the end;
 * with {@code --out DIR} it is a hidden folder inside DIR whose files are moved into DIR at the end
 * (the manifest last). Closing the folder before {@link #commit()} removes everything it created.
 */
public final class RunFolder implements Closeable {
  private static final DateTimeFormatter RUN_ID =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  private final Path staging;
  private final Path parent;
  private final String runId;
  private final Path out;
  private final List<Path> created;
  private final Thread cleanup = new Thread(this::abandon, "civicsim-cleanup");
  private volatile Path committed;

  private RunFolder(Path staging, Path parent, String runId, Path out, List<Path> created) {
    this.staging = staging;
    this.parent = parent;
    this.runId = runId;
    this.out = out;
    this.created = created;
    Runtime.getRuntime().addShutdownHook(cleanup);
  }

  /**
   * A new run folder {@code <results>/<scenario>/<run-id>}, the run id made of the start time (UTC)
   * and the seed, with -2, -3... added when a run of that id exists.
   */
  public static RunFolder underResults(Path results, String scenario, long seed, Instant start)
      throws OutputException {
    Path base = results.resolve(folderName(scenario));
    List<Path> created = createDirectories(base);
    String stem = RUN_ID.format(start) + "-s" + seed;
    try {
      for (int k = 1; ; k++) {
        String id = k == 1 ? stem : stem + "-" + k;
        if (Files.exists(base.resolve(id))) {
          continue;
        }
        try {
          Path staging = Files.createDirectory(base.resolve("." + id + ".partial"));
          return new RunFolder(staging, base, id, null, created);
        } catch (FileAlreadyExistsException e) {
          // A run started in the same second holds this id: take the next.
        }
      }
    } catch (IOException e) {
      removeEmpty(created);
      throw OutputException.cannot("create a run folder in", base, e);
    }
  }

  /**
   * The folder {@code dir} given with {@code --out}, created if missing. Refuses a folder that
   * already holds a {@code metrics.csv} unless {@code overwrite}.
   */
  public static RunFolder at(Path dir, boolean overwrite) throws OutputException {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new OutputException("cannot write results to " + dir + ": it is a file, not a folder");
    }
    if (!overwrite && Files.exists(dir.resolve(ResultFiles.METRICS))) {
      throw new OutputException(
          dir
              + " already holds results ("
              + ResultFiles.METRICS
              + "): choose another --out, or add --overwrite to replace them");
    }
    List<Path> created = createDirectories(dir);
    String hidden = ".civicsim-" + Long.toHexString(ThreadLocalRandom.current().nextLong());
    try {
      Path staging = Files.createDirectory(dir.resolve(hidden));
      return new RunFolder(staging, null, null, dir, created);
    } catch (IOException e) {
      removeEmpty(created);
      throw OutputException.cannot("write to", dir, e);
    }
  }

  /** The safe folder name of a scenario: letters, digits, '.', '_' and '-' only. */
  public static String folderName(String scenario) {
    String safe = scenario.replaceAll("[^A-Za-z0-9._-]+", "-");
    return safe.isEmpty() || safe.startsWith(".") ? "scenario" + safe : safe;
  }

  /** Where the results files are written during the run. */
  public Path staging() {
    return staging;
  }

  /**
   * A hidden folder inside the staging folder for intermediate files (per-replicate parts); it is
   * deleted when the run is committed.
   */
  public Path parts() throws OutputException {
    Path parts = staging.resolve(".parts");
    try {
      return Files.createDirectories(parts);
    } catch (IOException e) {
      throw OutputException.cannot("create the folder", parts, e);
    }
  }

  /** Where the results will be once committed. */
  public Path destination() {
    return out != null ? out : parent.resolve(runId);
  }

  /**
   * Gives the staged results their final place and returns that folder. Anything left in the
   * staging folder's hidden entries (part files) is deleted.
   */
  public Path commit() throws OutputException {
    try {
      Path done = out != null ? moveFilesOut() : renameStaging();
      committed = done;
      removeHook();
      return done;
    } catch (IOException e) {
      throw OutputException.cannot("finish the results in", destination(), e);
    }
  }

  private Path moveFilesOut() throws IOException {
    List<Path> entries;
    try (Stream<Path> list = Files.list(staging)) {
      entries = list.filter(p -> !hidden(p)).sorted(RunFolder::manifestLast).toList();
    }
    for (Path entry : entries) {
      Path target = out.resolve(entry.getFileName());
      // A folder of an earlier run (charts/, pb/) is replaced whole: renaming a folder onto one
      // that is not empty fails, with an exception that depends on the file system.
      if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
        FileTrees.delete(target);
      }
      move(entry, target, true);
    }
    FileTrees.delete(staging);
    return out;
  }

  private Path renameStaging() throws IOException {
    try (Stream<Path> list = Files.list(staging)) {
      for (Path p : list.filter(RunFolder::hidden).toList()) {
        FileTrees.delete(p);
      }
    }
    for (int k = 1; ; k++) {
      Path target = parent.resolve(k == 1 ? runId : runId + "-" + k);
      if (Files.exists(target)) {
        continue;
      }
      try {
        move(staging, target, false);
        return target;
      } catch (FileAlreadyExistsException e) {
        // Another run took this id between the check and the rename: take the next.
      }
    }
  }

  /**
   * Deletes the staging folder {@code staging} of a run that was killed before it could remove it
   * itself; only a hidden folder (whose name starts with '.') is touched.
   */
  public static void removeAbandoned(Path staging) throws IOException {
    Path name = staging.getFileName();
    if (name != null && name.toString().startsWith(".") && Files.isDirectory(staging)) {
      FileTrees.delete(staging);
    }
  }

  /** Removes everything this run created unless it was committed. */
  @Override
  public void close() {
    if (committed == null) {
      abandon();
      removeHook();
    }
  }

  private synchronized void abandon() {
    if (committed != null) {
      return;
    }
    try {
      FileTrees.delete(staging);
      removeEmpty(created);
    } catch (IOException e) {
      System.err.println(
          "could not remove the unfinished results in "
              + staging
              + ": "
              + OutputException.reason(e));
    }
  }

  private void removeHook() {
    try {
      Runtime.getRuntime().removeShutdownHook(cleanup);
    } catch (IllegalStateException e) {
      // The JVM is already shutting down and runs the hook itself.
    }
  }

  private static boolean hidden(Path p) {
    return p.getFileName().toString().startsWith(".");
  }

  private static int manifestLast(Path a, Path b) {
    boolean am = a.getFileName().toString().equals(ResultFiles.MANIFEST);
    boolean bm = b.getFileName().toString().equals(ResultFiles.MANIFEST);
    return am == bm ? a.compareTo(b) : am ? 1 : -1;
  }

  private static void move(Path from, Path to, boolean replace) throws IOException {
    try {
      if (replace) {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } else {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
      }
    } catch (AtomicMoveNotSupportedException e) {
      if (replace) {
        Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
      } else {
        Files.move(from, to);
      }
    }
  }

  /** Creates {@code dir} and its missing parents; returns those created, deepest first. */
  private static List<Path> createDirectories(Path dir) throws OutputException {
    List<Path> missing = new ArrayList<>();
    for (Path p = dir.toAbsolutePath(); p != null && !Files.exists(p); p = p.getParent()) {
      missing.add(p);
    }
    List<Path> created = new ArrayList<>();
    for (int i = missing.size() - 1; i >= 0; i--) {
      Path p = missing.get(i);
      try {
        Files.createDirectory(p);
        created.add(0, p);
      } catch (FileAlreadyExistsException e) {
        if (!Files.isDirectory(p)) {
          removeEmpty(created);
          throw OutputException.cannot("create the folder", dir, e);
        }
      } catch (IOException e) {
        removeEmpty(created);
        throw OutputException.cannot("create the folder", dir, e);
      }
    }
    return created;
  }

  /** Deletes the folders in {@code folders}, deepest first, while they are empty. */
  private static void removeEmpty(List<Path> folders) {
    for (Path p : folders) {
      try {
        Files.deleteIfExists(p);
      } catch (IOException e) {
        return;
      }
    }
  }
}
