package org.civicsim.batch;

/** A replicate stopped with an error in the model or its observer: a bug, not bad input. */
public final class ReplicateFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  ReplicateFailedException(int replicate, long seed, Throwable cause) {
    super("replicate " + replicate + " (seed " + seed + ") failed: " + cause, cause);
  }
}
