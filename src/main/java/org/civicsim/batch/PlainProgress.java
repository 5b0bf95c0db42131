package org.civicsim.batch;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Progress as one plain line per finished replicate, for logs and batch systems where there is no
 * terminal to redraw a bar on: {@code replicate 3/10 done in 2.1 s (30%, about 12 s left)}.
 */
public final class PlainProgress implements Progress {
  private final PrintStream out;
  private final int replicates;
  private final long started = System.nanoTime();
  private int done;

  /** Lines on {@code out} for a batch of {@code replicates}. */
  public PlainProgress(PrintStream out, int replicates) {
    this.out = out;
    this.replicates = replicates;
  }

  @Override
  public void week() {}

  @Override
  public synchronized void replicateDone(int replicate, double seconds) {
    done++;
    double elapsed = (System.nanoTime() - started) / 1e9;
    out.println(line(done, replicates, seconds, elapsed));
  }

  /** The line for the {@code done}-th finished replicate of {@code replicates}. */
  static String line(int done, int replicates, double seconds, double elapsed) {
    String text =
        String.format(
            Locale.ROOT,
            "replicate %d/%d done in %s (%d%%",
            done,
            replicates,
            duration(seconds),
            100L * done / replicates);
    if (done < replicates) {
      double left = elapsed / done * (replicates - done);
      text += ", about " + duration(left) + " left";
    }
    return text + ")";
  }

  /** Seconds as {@code 2.1 s}, {@code 12 s}, {@code 3 min 5 s} or {@code 2 h 4 min}. */
  static String duration(double seconds) {
    if (seconds < 10) {
      return String.format(Locale.ROOT, "%.1f s", seconds);
    }
    long s = Math.round(seconds);
    if (s < 60) {
      return s + " s";
    }
    if (s < 3600) {
      return (s / 60) + " min " + (s % 60) + " s";
    }
    return (s / 3600) + " h " + (s % 3600 / 60) + " min";
  }

  @Override
  public void close() {
    out.flush();
  }
}
