package org.civicsim.batch;

import java.nio.file.Path;
import java.util.List;

/**
 * How a scenario is run and where its results go: threads, {@code --out} (null for {@code
 * results/<scenario>/<run-id>/} under {@code results}), {@code --overwrite}, and what the manifest
 * records about the software (version, git commit or null) and the command line.
 */
public record RunSettings(
    int threads,
    Path results,
    Path out,
    boolean overwrite,
    String version,
    String gitCommit,
    List<String> commandLine) {}
