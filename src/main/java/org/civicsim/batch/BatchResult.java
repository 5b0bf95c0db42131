package org.civicsim.batch;

import java.util.List;

/** A finished batch: the seed of each replicate, in replicate order, and the final-step summary. */
public record BatchResult(List<Long> replicateSeeds, FinalStepSummary summary) {}
