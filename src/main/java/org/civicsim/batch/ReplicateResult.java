package org.civicsim.batch;

import java.nio.file.Path;

/**
 * A finished replicate: its number (0-based) and seed, its metrics at the final step (indexed
 * {@code metric * groups + group}), its part files (group and ward metrics, spend by line, the
 * Lorenz curve of voice) and how long it took in seconds.
 */
record ReplicateResult(
    int replicate,
    long seed,
    double[] finalValues,
    Path groupPart,
    Path wardPart,
    Path spendPart,
    Path lorenzPart,
    double seconds) {}
