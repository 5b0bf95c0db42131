package org.civicsim.batch;

import java.io.PrintStream;
import java.util.Locale;

/** A sweep's progress as plain lines: runs done of all, the rate, and the time left. */
final class SweepProgress {
  private final PrintStream out;
  private final int runs;
  private final int toRun;
  private final long started = System.nanoTime();
  private int done;

  /**
   * Progress of {@code runs} runs of which {@code skipped} were complete; null {@code out}: none.
   */
  SweepProgress(PrintStream out, int runs, int skipped) {
    this.out = out;
    this.runs = runs;
    this.toRun = runs - skipped;
    if (out != null && skipped > 0) {
      out.println("resuming: " + skipped + " of " + runs + " runs already complete");
    }
  }

  /** One more run finished (or failed). */
  synchronized void done() {
    done++;
    if (out == null) {
      return;
    }
    double elapsed = (System.nanoTime() - started) / 1e9;
    double rate = done / Math.max(elapsed, 1e-9);
    int all = runs - toRun + done;
    String line =
        String.format(
            Locale.ROOT, "run %d/%d done (%d%%), %.2f runs/s", all, runs, 100L * all / runs, rate);
    if (done < toRun) {
      line += ", about " + PlainProgress.duration((toRun - done) / rate) + " left";
    }
    out.println(line);
  }
}
