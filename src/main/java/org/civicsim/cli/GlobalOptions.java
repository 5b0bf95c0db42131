package org.civicsim.cli;

import com.beust.jcommander.Parameter;

/** The options that come before a command: {@code --help} and {@code --version}. */
final class GlobalOptions {
  @Parameter(
      names = {"--help", "-h"},
      help = true)
  boolean help;

  @Parameter(names = "--version")
  boolean version;
}
