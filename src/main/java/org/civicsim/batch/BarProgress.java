package org.civicsim.batch;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress as a redrawn bar of replicate-weeks with an estimate of the time left, for a person
 * watching a terminal; use it only when there is one ({@code System.console() != null}), because
 * the bar cannot tell.
 */
public final class BarProgress implements Progress {
  private final ProgressBar bar;

  /** A bar titled {@code task} on {@code out} for {@code replicates} runs of {@code weeks}. */
  public BarProgress(PrintStream out, String task, int replicates, int weeks) {
    this.bar =
        new ProgressBarBuilder()
            .setTaskName(task)
            .setInitialMax((long) replicates * weeks)
            .setUnit(" weeks", 1)
            .setStyle(ProgressBarStyle.ASCII)
            .setConsumer(new ConsoleProgressBarConsumer(out))
            .setUpdateIntervalMillis(200)
            .showSpeed()
            .build();
  }

  @Override
  public void week() {
    bar.step();
  }

  @Override
  public void replicateDone(int replicate, double seconds) {}

  @Override
  public void close() {
    bar.close();
  }
}
