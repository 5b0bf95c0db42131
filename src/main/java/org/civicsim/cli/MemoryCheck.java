package org.civicsim.cli;

import java.util.Locale;
import org.civicsim.model.CivicModel;
import org.civicsim.scenario.Scenario;

/** Refuses, before anything is allocated or written, a run the Java heap cannot hold. */
final class MemoryCheck {
  private MemoryCheck() {}

  /**
   * @param atOnce replicates held in memory at the same time (one per thread)
   * @throws InputException naming what is needed, what Java may use, and how to change either
   */
  static void fits(Scenario s, int atOnce, long heap) throws InputException {
    long need = CivicModel.estimateBytes(s) * atOnce;
    if (need <= heap) return;
    throw new InputException(
        String.format(
            Locale.ROOT,
            "%s needs about %.1f GiB of memory (%,d residents, mean degree %d, %d replicate%s at"
                + " once) but Java may use %.1f GiB; give Java more, for example"
                + " CIVICSIM_JAVA_OPTS=-Xmx%dg ./civicsim run ..., or run fewer replicates at once"
                + " with --threads",
            s.name(),
            need / (double) (1L << 30),
            s.totalResidents(),
            s.network().meanDegree(),
            atOnce,
            atOnce == 1 ? "" : "s",
            heap / (double) (1L << 30),
            (long) Math.ceil(need * 1.1 / (1L << 30))));
  }
}
