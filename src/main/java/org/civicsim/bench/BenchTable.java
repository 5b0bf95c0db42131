package org.civicsim.bench;

import java.util.List;
import java.util.Locale;

/**
 * The harness's printed report: one line per measurement, then the ratios the targets are stated in
 * (model over roofline, MASON-idiomatic over model, the speed-up on K threads) and the setup time
 * against a ten-year (520-week) run.
 */
public final class BenchTable {
  private BenchTable() {}

  /** Weeks in a ten-year run, the horizon setup time is weighed against. */
  static final int RUN_WEEKS = 520;

  public static String format(
      List<Measurement> rows, List<Bench.Ratio> ratios, List<String> notes) {
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "%-16s %12s %7s %6s %14s %12s %9s %8s%n",
            "variant",
            "residents",
            "threads",
            "steps",
            "ns/res-step",
            "bytes/res",
            "setup s",
            "same"));
    for (Measurement m : rows) {
      b.append(
          String.format(
              Locale.ROOT,
              "%-16s %,12d %7d %6d %14.1f %12.0f %9s %8s%n",
              m.variant(),
              m.residents(),
              m.threads(),
              m.steps(),
              m.nsPerResidentStep(),
              m.bytesPerResident(),
              Double.isNaN(m.setupSeconds())
                  ? ""
                  : String.format(Locale.ROOT, "%.2f", m.setupSeconds()),
              m.sameAsOneThread() == null ? "" : (m.sameAsOneThread() ? "yes" : "NO")));
    }
    b.append('\n');
    for (Measurement m : rows) {
      if (!m.variant().equals(Measurement.MODEL)) continue;
      for (Bench.Ratio r : ratios) {
        if (r.residents() != m.residents() || r.threads() != m.threads()) continue;
        b.append(
            String.format(
                Locale.ROOT,
                "model / roofline at %,d residents, %d thread(s): %.2f (rounds %.2f to %.2f,"
                    + " the two stepped in turns)%n",
                r.residents(),
                r.threads(),
                r.median(),
                r.low(),
                r.high()));
      }
      if (m.threads() > 1) {
        for (String variant : List.of(Measurement.MODEL, Measurement.ROOFLINE)) {
          Measurement one = find(rows, variant, m.residents(), 1);
          Measurement k = find(rows, variant, m.residents(), m.threads());
          if (one != null && k != null) {
            b.append(
                String.format(
                    Locale.ROOT,
                    "%s speed-up on %d threads at %,d residents: %.2f%s%n",
                    variant,
                    m.threads(),
                    m.residents(),
                    one.nsPerResidentStep() / k.nsPerResidentStep(),
                    k.sameAsOneThread() == null
                        ? ""
                        : k.sameAsOneThread() ? ", same results as 1 thread" : ", RESULTS DIFFER"));
          }
        }
      } else if (!Double.isNaN(m.setupSeconds())) {
        double run = RUN_WEEKS * m.nsPerResidentStep() * m.residents() / 1e9;
        b.append(
            String.format(
                Locale.ROOT,
                "setup at %,d residents: %.2f s, %.1f s for %d weeks on 1 thread: setup is %.1f%%"
                    + " of the run%n",
                m.residents(),
                m.setupSeconds(),
                run,
                RUN_WEEKS,
                100 * m.setupSeconds() / run));
      }
    }
    for (Measurement m : rows) {
      if (!m.variant().equals(Measurement.MASON_IDIOMATIC)) continue;
      Measurement model = find(rows, Measurement.MODEL, m.residents(), 1);
      b.append(
          model == null
              ? String.format(
                  Locale.ROOT,
                  "mason-idiomatic / model: no model figure at %,d residents%n",
                  m.residents())
              : String.format(
                  Locale.ROOT,
                  "mason-idiomatic / model at %,d residents, 1 thread: %.1f%n",
                  m.residents(),
                  m.nsPerResidentStep() / model.nsPerResidentStep()));
    }
    for (String note : notes) b.append("note: ").append(note).append('\n');
    return b.toString();
  }

  private static Measurement find(List<Measurement> rows, String variant, int n, int threads) {
    for (Measurement m : rows) {
      if (m.variant().equals(variant) && m.residents() == n && m.threads() == threads) return m;
    }
    return null;
  }
}
