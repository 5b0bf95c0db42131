package org.civicsim.batch;

import java.nio.file.Path;
import java.util.List;

/**
 * A finished replicate: its number (0-based) and seed, its metrics at the final step (indexed
 * {@code metric * groups + group}), its part files (in the order of {@code ReplicateRunner.PARTS})
 * and how long it took in seconds.
 */
record ReplicateResult(
    int replicate, long seed, double[] finalValues, List<Path> parts, double seconds) {}
