package org.civicsim.batch;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Progress as one plain line per finished replicate, for logs and batch systems where there is no
 * terminal to redraw a bar on: {@code replicate 3/10 done in 2.1 s (30%, about 12 s left)}; and,
 * while replicates are long, a line of weeks at most once a minute: {@code week 1,040/5,200 of all
 * replicates (20%, about 8 min 3 s left)}.
 */
public final class PlainProgress implements Progress {
  private final PrintStream out;
  private final int replicates;
  private final long weeks;
  private final long interval;
  private final long started = System.nanoTime();
  private long lastLine = started;

  /** When the first week ended: the rate is measured from there, after setup and burn-in. */
  private long firstWeek;

  private long weeksDone;
  private int done;

  /** Nanoseconds between two lines of weeks: a minute. */
  static final long WEEK_LINE_INTERVAL = 60_000_000_000L;

  /** Lines on {@code out} for a batch of {@code replicates} of {@code weeks} weeks each. */
  public PlainProgress(PrintStream out, int replicates, int weeks) {
    this(out, replicates, weeks, WEEK_LINE_INTERVAL);
  }

  PlainProgress(PrintStream out, int replicates, int weeks, long intervalNanos) {
    this.out = out;
    this.replicates = replicates;
    this.weeks = (long) replicates * weeks;
    this.interval = intervalNanos;
  }

  @Override
  public synchronized void week() {
    weeksDone++;
    long now = System.nanoTime();
    if (weeksDone == 1) firstWeek = now;
    if (now - lastLine >= interval && weeksDone < weeks) {
      lastLine = now;
      out.println(weekLine(weeksDone, weeks, (now - firstWeek) / 1e9));
    }
  }

  /**
   * The line for {@code done} weeks of {@code total}, the last {@code done - 1} of them in {@code
   * seconds}; without a week to time yet, no estimate.
   */
  static String weekLine(long done, long total, double seconds) {
    String text =
        String.format(
            Locale.ROOT, "week %,d/%,d of all replicates (%d%%", done, total, 100 * done / total);
    if (done < 2) return text + ")";
    return text + ", about " + duration(seconds / (done - 1) * (total - done)) + " left)";
  }

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
