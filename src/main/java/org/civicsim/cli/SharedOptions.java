package org.civicsim.cli;

import com.beust.jcommander.Parameter;
import com.beust.jcommander.ParameterException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The options several commands share, each declared once and taken into a command with
 * {@code @ParametersDelegate}, so that it is spelled, checked and explained alike everywhere.
 */
final class SharedOptions {
  private SharedOptions() {}

  /** {@code --out DIR}: where the results go. */
  static final class Out {
    @Parameter(names = "--out")
    String out;

    /** Whether --out was given. */
    boolean given() {
      return out != null;
    }

    /** {@code --out} as a path, or null without it. */
    Path path() {
      if (out == null) {
        return null;
      }
      try {
        return Path.of(out);
      } catch (InvalidPathException e) {
        throw new ParameterException("--out " + out + ": not a valid folder name");
      }
    }

    /** {@code --out}, or without it a new folder results/NAME/yyyyMMdd-HHmmss for a sweep. */
    Path sweepFolder(String name) {
      return out != null
          ? path()
          : Path.of(
              "results",
              name,
              LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
    }
  }

  /** {@code --threads K}: runs (or replicates) at once, by default one a processor. */
  static final class Threads {
    @Parameter(names = "--threads")
    Integer threads;

    /** Whether --threads was given. */
    boolean given() {
      return threads != null;
    }

    /** {@code --threads}, by default the number of processors. */
    int count() {
      if (threads == null) {
        return Runtime.getRuntime().availableProcessors();
      }
      if (threads < 1) {
        throw new ParameterException("--threads must be at least 1, got " + threads);
      }
      return threads;
    }
  }

  /** {@code --quiet}: no progress and no table, only the results folder on stdout. */
  static final class Quiet {
    @Parameter(names = {"--quiet", "-q"})
    boolean quiet;
  }

  /** {@code --record final|every}: a sweep's runs keep their final week, or every recorded one. */
  static final class Record {
    @Parameter(names = "--record")
    String record = "final";

    /** {@code final} or {@code every}; refuses anything else. */
    String checked() {
      if (!record.equals("final") && !record.equals("every")) {
        throw new ParameterException("--record is final or every, got " + record);
      }
      return record;
    }

    /** Whether every recorded week is kept; refuses anything but final or every. */
    boolean everyStep() {
      return checked().equals("every");
    }
  }

  /** {@code --no-report}: leave out the report and charts a sweep's folder gets. */
  static final class NoReport {
    @Parameter(names = "--no-report")
    boolean noReport;
  }
}
