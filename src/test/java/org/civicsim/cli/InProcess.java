package org.civicsim.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The command line run in this JVM, as a user would type it, with what each call printed kept for
 * the assertions that follow it.
 */
public final class InProcess {
  /** A line of a Java stack trace, which a user must never see. */
  public static final Pattern STACK_FRAME = Pattern.compile("(?m)^\\s+at [a-z]+\\.");

  private ByteArrayOutputStream out = new ByteArrayOutputStream();
  private ByteArrayOutputStream err = new ByteArrayOutputStream();

  /** Runs {@code civicsim args...}; {@link #out()} and {@link #err()} then hold what it printed. */
  public int run(String... args) {
    out = new ByteArrayOutputStream();
    err = new ByteArrayOutputStream();
    return new Main(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8))
        .execute(args);
  }

  /** What the last call printed on standard output. */
  public String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  /** What the last call printed on standard error. */
  public String err() {
    return err.toString(StandardCharsets.UTF_8);
  }
}
