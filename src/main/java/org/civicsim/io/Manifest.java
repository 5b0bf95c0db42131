package org.civicsim.io;

import java.util.List;
import org.civicsim.scenario.Scenario;

/**
 * What {@code manifest.json} records about a run: the resolved scenario, every seed, the software
 * and machine, the command line and the timing (ISO-8601 UTC times, wall time in seconds).
 */
public record Manifest(
    String status,
    String scenarioName,
    long seed,
    int replicates,
    int steps,
    List<Long> replicateSeeds,
    String civicsimVersion,
    String gitCommit,
    String javaVendor,
    String javaVersion,
    String os,
    int threads,
    List<String> commandLine,
    String startTime,
    String endTime,
    double wallTimeSeconds,
    List<String> files,
    Scenario scenario) {

  /** The status of a run whose files are all written. */
  public static final String COMPLETE = "complete";
}
