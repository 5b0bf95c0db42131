package org.civicsim.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.civicsim.scenario.Numbers;

/**
 * The parts a sweep's runs leave in {@code parts/}: each run's rows, {@code run000012.csv}, and
 * then {@code run000012.done} (status, wall seconds, scenario name and final-step values), both
 * appearing whole by an atomic rename; a run is complete when its {@code .done} says {@code ok}.
 * Beside them the plan ({@code sweep.json}, to tell a resumed sweep from another) and, for a shard,
 * {@code shard.txt}. The parts are kept, so that {@code --resume} skips the runs already complete
 * and shards can be merged; a merge reads each run's parts from the shard that holds it.
 */
public final class SweepParts {
  /** The status of a run that finished, in its {@code .done}. */
  public static final String OK = "ok";

  /** The status of a run whose model failed; its rows are empty. */
  public static final String FAILED = "failed";

  /** The parts folder holding each run's parts. */
  private final Path[] folderOf;

  private SweepParts(Path[] folderOf) {
    this.folderOf = folderOf;
  }

  /** What a run's {@code .done} holds; {@code finals} is null for a failed run. */
  public record Done(String status, String seconds, String scenario, double[] finals) {}

  /**
   * The parts folder of a sweep about to run in {@code out}: checks that the folder is empty, or
   * (with {@code resume}) holds this very plan and shard, then writes the plan and shard and
   * deletes what a killed sweep left half-written.
   *
   * @throws OutputException when the folder holds something else, or cannot be written
   */
  public static SweepParts open(Path out, SweepPlan plan, Shard shard, boolean resume)
      throws OutputException, IOException {
    Path parts = out.resolve(ResultFiles.PARTS);
    String planText = plan.json(null, shard);
    Path planFile = parts.resolve(ResultFiles.SWEEP);
    if (Files.exists(planFile)) {
      if (!resume) {
        throw new OutputException(
            out + " already holds a sweep; add --resume to finish it, or choose another --out");
      }
      if (!Files.readString(planFile, StandardCharsets.UTF_8).equals(planText)) {
        throw new OutputException(
            out
                + " holds a different sweep (its design, seeds or"
                + " recording differ); choose another --out");
      }
    } else if (!resume) {
      requireEmpty(out);
    }
    Path shardFile = parts.resolve(ResultFiles.SHARD);
    String shardText = shard.whole() ? null : shard + "\n";
    if (resume && Files.exists(planFile)) {
      String was =
          Files.exists(shardFile) ? Files.readString(shardFile, StandardCharsets.UTF_8) : null;
      if (!Objects.equals(was, shardText)) {
        throw new OutputException(
            out
                + " holds "
                + (was == null ? "a whole sweep" : "shard " + was.strip())
                + ", not "
                + (shardText == null ? "a whole sweep" : "shard " + shard)
                + "; resume it with the same --shard");
      }
    }
    try {
      Files.createDirectories(parts);
    } catch (IOException e) {
      throw OutputException.cannot("create the folder", parts, e);
    }
    AtomicFile.write(planFile, w -> w.write(planText));
    if (shardText != null) {
      AtomicFile.write(shardFile, w -> w.write(shardText));
    }
    if (resume) {
      removeAbandoned(parts);
    }
    Path[] folders = new Path[plan.sweep().runs()];
    Arrays.fill(folders, parts);
    return new SweepParts(folders);
  }

  /** The sweep's plan and every run's parts, found among shard folders of one sweep. */
  public record Found(SweepPlan plan, SweepParts parts) {}

  /**
   * Finds each run's complete parts among {@code shards}, folders written by {@code --shard I/N}
   * for one sweep.
   *
   * @throws OutputException when a folder is not a shard of a sweep, the shards come from different
   *     sweeps, or a run is missing or unfinished
   */
  public static Found find(List<Path> shards) throws OutputException, IOException {
    String planText = null;
    Path first = null;
    for (Path dir : shards) {
      Path file = dir.resolve(ResultFiles.PARTS).resolve(ResultFiles.SWEEP);
      if (!Files.isRegularFile(file)) {
        throw new OutputException(
            dir
                + " is not a sweep's folder: it has no "
                + ResultFiles.PARTS
                + "/"
                + ResultFiles.SWEEP);
      }
      String p = Files.readString(file, StandardCharsets.UTF_8);
      if (planText == null) {
        planText = p;
        first = dir;
      } else if (!planText.equals(p)) {
        throw new OutputException(
            dir
                + " holds a different sweep from "
                + first
                + " (its design, seeds or recording differ)");
      }
    }
    if (planText == null) {
      throw new OutputException("merge needs at least one shard folder");
    }
    SweepPlan plan = SweepPlan.read(planText);
    int runs = plan.sweep().runs();
    SweepParts parts = new SweepParts(new Path[runs]);
    List<Integer> missing = new ArrayList<>();
    for (int r = 0; r < runs; r++) {
      Path found = null;
      for (Path dir : shards) {
        parts.folderOf[r] = dir.resolve(ResultFiles.PARTS);
        if (parts.complete(r)) {
          found = parts.folderOf[r];
          break;
        }
      }
      if (found == null) {
        missing.add(r);
      }
      parts.folderOf[r] = found;
    }
    if (!missing.isEmpty()) {
      throw new OutputException(
          missing.size()
              + " of "
              + runs
              + " runs are missing or unfinished in these folders (runs "
              + listed(missing)
              + "); finish their shards with civicsim sweep ... --shard I/N --resume, then merge"
              + " again");
    }
    return new Found(plan, parts);
  }

  /** Refuses a folder that exists and holds anything. */
  public static void requireEmpty(Path out) throws OutputException, IOException {
    if (Files.isDirectory(out)) {
      try (var list = Files.list(out)) {
        if (list.findAny().isPresent()) {
          throw new OutputException(out + " is not empty; choose another --out");
        }
      }
    }
  }

  private static String listed(List<Integer> runs) {
    List<String> some = runs.stream().limit(10).map(String::valueOf).toList();
    return String.join(", ", some) + (runs.size() > 10 ? ", ..." : "");
  }

  /** Run {@code r}'s rows. */
  public Path rows(int r) {
    return folderOf[r].resolve(String.format(Locale.ROOT, "run%06d.csv", r));
  }

  private Path done(int r) {
    return folderOf[r].resolve(String.format(Locale.ROOT, "run%06d.done", r));
  }

  /**
   * Deletes the temporary files a killed sweep left behind (hidden names ending .tmp: a part that
   * was being written when the process died and so never reached its final name).
   */
  private static void removeAbandoned(Path parts) throws IOException {
    try (var list = Files.list(parts)) {
      for (Path f : (Iterable<Path>) list::iterator) {
        String n = f.getFileName().toString();
        if (n.startsWith(".") && n.endsWith(".tmp")) {
          Files.deleteIfExists(f);
        }
      }
    }
  }

  /** Whether run {@code r} finished and both its parts are whole. */
  public boolean complete(int r) throws IOException {
    if (!Files.isRegularFile(rows(r)) || !Files.isRegularFile(done(r))) {
      return false;
    }
    try (BufferedReader in = Files.newBufferedReader(done(r), StandardCharsets.UTF_8)) {
      return OK.equals(in.readLine());
    }
  }

  /** Replaces run {@code r}'s rows with none: the run failed. */
  public void clearRows(int r) throws IOException {
    Files.deleteIfExists(rows(r));
    AtomicFile.write(rows(r), w -> {});
  }

  /** Writes run {@code r}'s {@code .done}, which makes it complete when the status is ok. */
  public void writeDone(int r, String status, double seconds, String scenario, double[] finals)
      throws IOException {
    AtomicFile.write(
        done(r),
        w -> {
          w.write(status + "\n" + Numbers.format(seconds) + "\n" + scenario + "\n");
          if (finals != null) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < finals.length; i++) {
              b.append(i == 0 ? "" : ",").append(Double.toString(finals[i]));
            }
            w.write(b.append('\n').toString());
          }
        });
  }

  /** Reads run {@code r}'s {@code .done}. */
  public Done readDone(int r) throws IOException {
    List<String> lines = Files.readAllLines(done(r), StandardCharsets.UTF_8);
    double[] finals = null;
    if (lines.size() > 3 && !lines.get(3).isEmpty()) {
      String[] cells = lines.get(3).split(",");
      finals = new double[cells.length];
      for (int i = 0; i < cells.length; i++) {
        finals[i] = Double.parseDouble(cells[i]);
      }
    }
    return new Done(lines.get(0), lines.get(1), lines.get(2), finals);
  }

  /** Copies run {@code r}'s rows to {@code out}. */
  public void copyRows(int r, OutputStream out) throws IOException {
    Files.copy(rows(r), out);
  }
}
