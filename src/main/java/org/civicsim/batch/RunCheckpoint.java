package org.civicsim.batch;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;
import org.civicsim.io.AtomicFile;
import org.civicsim.scenario.Scenario;

/**
 * The checkpoint file of a {@code run --checkpoint-every W}, from which {@code run --resume-from
 * FILE} continues a stopped run. It holds the resolved scenario, where the results go, and each
 * replicate's latest state: not started; a MASON checkpoint of its model after a week that is a
 * multiple of W together with every row it had written up to that week; or finished with all its
 * rows. Replicates run in parallel and reach their weeks at different times, so each has its own
 * state. The file is rewritten whole (atomically) each time a replicate saves, so a killed run
 * leaves the last complete checkpoint, never a half-written one.
 */
public final class RunCheckpoint {
  private static final String FORMAT = "civicsim run checkpoint 2";

  /** Part files a replicate writes, as {@link ReplicateRunner#PARTS} names them. */
  static final int PART_FILES = ReplicateRunner.PARTS.length;

  /**
   * One replicate's saved state; {@code model} is null once it has finished; {@code rows} holds the
   * bytes of each of its part files, in the order of {@link ReplicateRunner#PARTS}.
   */
  record Replicate(int week, boolean finished, byte[] model, byte[][] rows, double[] last)
      implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** What the file holds. */
  private record Content(
      String format,
      Scenario scenario,
      int every,
      String out,
      boolean overwrite,
      String staging,
      Replicate[] replicates)
      implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  private final Path file;
  private final Scenario scenario;
  private final int every;
  private final Path out;
  private final boolean overwrite;
  private final Replicate[] replicates;

  /** The staging folder of the run writing the file (left behind if that run was killed). */
  private Path staging;

  private RunCheckpoint(
      Path file,
      Scenario scenario,
      int every,
      Path out,
      boolean overwrite,
      Replicate[] replicates) {
    this.file = file;
    this.scenario = scenario;
    this.every = every;
    this.out = out;
    this.overwrite = overwrite;
    this.replicates = replicates;
  }

  /**
   * A checkpoint of a run of {@code scenario} not yet started, saved to {@code file} every {@code
   * every} weeks; {@code out} is the run's {@code --out} folder or null.
   */
  public static RunCheckpoint start(
      Path file, Scenario scenario, int every, Path out, boolean overwrite) {
    if (every < 1) {
      throw new IllegalArgumentException("checkpoints every " + every + " weeks");
    }
    return new RunCheckpoint(
        file,
        scenario,
        every,
        out == null ? null : out.toAbsolutePath(),
        overwrite,
        new Replicate[scenario.replicates()]);
  }

  /**
   * Reads the checkpoint in {@code file}.
   *
   * @throws IOException when it cannot be read or is not a whole civicsim run checkpoint
   */
  public static RunCheckpoint read(Path file) throws IOException {
    Object read;
    try (InputStream in = Files.newInputStream(file);
        ObjectInputStream objects =
            new ObjectInputStream(new GZIPInputStream(new BufferedInputStream(in)))) {
      read = objects.readObject();
    } catch (java.io.InvalidClassException e) {
      throw new InvalidObjectException(
          "written by another version of civicsim; rerun the scenario from the start");
    } catch (ZipException | ClassNotFoundException | java.io.StreamCorruptedException e) {
      throw notACheckpoint();
    } catch (java.io.EOFException e) {
      throw new InvalidObjectException("the checkpoint is cut short");
    } catch (RuntimeException e) {
      throw notACheckpoint();
    }
    if (!(read instanceof Content c)
        || !FORMAT.equals(c.format())
        || c.scenario() == null
        || c.replicates() == null
        || c.replicates().length != c.scenario().replicates()
        || c.every() < 1
        || java.util.Arrays.stream(c.replicates())
            .anyMatch(r -> r != null && (r.rows() == null || r.rows().length != PART_FILES))) {
      throw notACheckpoint();
    }
    checkModelReads(c.replicates());
    return new RunCheckpoint(
            file,
            c.scenario(),
            c.every(),
            c.out() == null ? null : Path.of(c.out()),
            c.overwrite(),
            c.replicates().clone())
        .withStaging(c.staging() == null ? null : Path.of(c.staging()));
  }

  private RunCheckpoint withStaging(Path folder) {
    this.staging = folder;
    return this;
  }

  /**
   * Reads one saved model back, so that a checkpoint from a build whose model classes differ is
   * refused now, plainly, rather than failing each replicate as it starts.
   */
  private static void checkModelReads(Replicate[] replicates) throws InvalidObjectException {
    for (Replicate r : replicates) {
      if (r != null && !r.finished()) {
        try {
          sim.engine.SimState.readFromCheckpoint(new java.io.ByteArrayInputStream(r.model()))
              .finish();
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
          throw new InvalidObjectException(
              "its saved model cannot be read by this build of civicsim (written by another"
                  + " version?); rerun the scenario from the start");
        }
        return;
      }
    }
  }

  private static InvalidObjectException notACheckpoint() {
    return new InvalidObjectException(
        "not a civicsim run checkpoint (written by run --checkpoint-every)");
  }

  /** The same checkpoint saved every {@code weeks} weeks from now on. */
  public RunCheckpoint every(int weeks) {
    if (weeks < 1) {
      throw new IllegalArgumentException("checkpoints every " + weeks + " weeks");
    }
    return new RunCheckpoint(file, scenario, weeks, out, overwrite, replicates.clone())
        .withStaging(staging);
  }

  public Path file() {
    return file;
  }

  public Scenario scenario() {
    return scenario;
  }

  /** Weeks between a replicate's saves. */
  public int every() {
    return every;
  }

  /** The {@code --out} folder of the run, or null when it wrote under {@code results/}. */
  public Path out() {
    return out;
  }

  public boolean overwrite() {
    return overwrite;
  }

  /** How many replicates had finished when the file was last saved. */
  public int finishedReplicates() {
    int n = 0;
    for (Replicate r : replicates) {
      if (r != null && r.finished()) {
        n++;
      }
    }
    return n;
  }

  /** Replicate {@code r}'s saved state, or null when it had not saved any. */
  synchronized Replicate replicate(int r) {
    return replicates[r];
  }

  /** Records replicate {@code r}'s state and rewrites the file whole. */
  synchronized void save(int r, Replicate state) throws IOException {
    replicates[r] = state;
    Content content =
        new Content(
            FORMAT,
            scenario,
            every,
            out == null ? null : out.toString(),
            overwrite,
            staging == null ? null : staging.toAbsolutePath().toString(),
            replicates.clone());
    try (AtomicFile atomic = AtomicFile.create(file)) {
      GZIPOutputStream zip = new GZIPOutputStream(atomic.stream(), 1 << 16);
      ObjectOutputStream objects = new ObjectOutputStream(zip);
      objects.writeObject(content);
      objects.flush();
      zip.finish();
      atomic.commit();
    }
  }

  /** The staging folder of the run that last wrote the file, or null. */
  synchronized Path staging() {
    return staging;
  }

  /** Records that the run writing the file from now on stages its results in {@code folder}. */
  synchronized void stagedIn(Path folder) {
    staging = folder;
  }

  /** Deletes temporary copies of the file left by a run killed while it was saving. */
  void removeUnfinishedSaves() throws IOException {
    Path folder = file.toAbsolutePath().getParent();
    String prefix = "." + file.getFileName() + ".";
    try (java.util.stream.Stream<Path> list = Files.list(folder)) {
      for (Path p : list.toList()) {
        String name = p.getFileName().toString();
        if (name.startsWith(prefix) && name.endsWith(".tmp")) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  /** Removes the file once the run it saved has finished. */
  void delete() throws IOException {
    Files.deleteIfExists(file);
  }
}
