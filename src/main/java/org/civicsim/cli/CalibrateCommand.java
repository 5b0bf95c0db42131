package org.civicsim.cli;

import com.beust.jcommander.Parameter;
import com.beust.jcommander.Parameters;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.civicsim.calibration.Calibration;
import org.civicsim.calibration.FirstYear;
import org.civicsim.io.AtomicFile;
import org.civicsim.io.ResultFiles;

/**
 * {@code civicsim calibrate}: fits the behaviour constants to the first-year targets of
 * docs/calibration.md by Nelder-Mead from a fixed start, and writes every evaluation and the fitted
 * constants. The same arguments give the same fit.
 */
@Parameters(commandNames = "calibrate", commandDescription = "Fit the behaviour constants.")
final class CalibrateCommand extends HelpfulCommand {
  @Parameter(description = "[SCENARIO.yaml]")
  private List<String> files = new ArrayList<>();

  @Parameter(names = "--evaluations", description = "model evaluations the fit may use")
  private int evaluations = 300;

  @Parameter(names = "--replicates", description = "replicates per evaluation")
  private int replicates = 4;

  @Parameter(names = "--threads", description = "replicates run at once")
  private int threads = Runtime.getRuntime().availableProcessors();

  @Parameter(names = "--out", description = "folder for calibration.csv and fitted.yaml")
  private String out = "results/calibration";

  @Parameter(
      names = "--set",
      description = "KEY=VALUE changes to the scenario",
      splitter = WholeValue.class)
  private List<String> set = new ArrayList<>();

  @Override
  public int execute(PrintStream stdout, PrintStream stderr) throws Exception {
    Positionals.rejectOptions("calibrate", files);
    if (evaluations < 1 || replicates < 1 || threads < 1) {
      throw new InputException("--evaluations, --replicates and --threads must be at least 1");
    }
    String file = files.isEmpty() ? "scenarios/baseline.yaml" : files.get(0);
    ScenarioFiles.load(file, set); // every problem in the file is reported before any work
    Path folder = outputFolder(out);
    Calibration fit = new Calibration(Path.of(file), set, replicates, threads);
    long start = System.nanoTime();
    Calibration.Evaluation best =
        fit.fit(
            Calibration.START,
            Calibration.STEPS,
            evaluations,
            e ->
                stderr.printf(
                    Locale.ROOT,
                    "evaluation %d/%d, loss %.4f (%.0f s)%n",
                    fit.history().size(),
                    evaluations,
                    e.loss(),
                    (System.nanoTime() - start) / 1e9));
    AtomicFile.write(folder.resolve(ResultFiles.CALIBRATION), w -> history(w, fit.history()));
    AtomicFile.write(folder.resolve("fitted.yaml"), w -> fitted(w, best, file));
    stdout.printf(
        Locale.ROOT, "best of %d evaluations, loss %.4f:%n", fit.history().size(), best.loss());
    for (int k = 0; k < Calibration.KEYS.size(); k++) {
      stdout.printf(Locale.ROOT, "  %-26s %.4f%n", Calibration.KEYS.get(k), best.point()[k]);
    }
    stdout.println("  first year: " + levels(best.levels()));
    stdout.println("written to " + folder + "/calibration.csv and fitted.yaml");
    return ExitCode.OK;
  }

  private static void history(Writer w, List<Calibration.Evaluation> history)
      throws java.io.IOException {
    StringBuilder header = new StringBuilder("evaluation");
    for (String k : Calibration.KEYS) header.append(',').append(k);
    header.append(",formal,civic,any,civic_q1_over_q5,formal_q1_over_q5,top_third_voice,loss\n");
    w.write(header.toString());
    int n = 0;
    for (Calibration.Evaluation e : history) {
      StringBuilder row = new StringBuilder().append(++n);
      for (double x : e.point()) row.append(',').append(num(x));
      FirstYear y = e.levels();
      for (double x :
          new double[] {
            y.formal(),
            y.civic(),
            y.any(),
            y.civicQ1OverQ5(),
            y.formalQ1OverQ5(),
            y.topThirdVoice(),
            e.loss()
          }) {
        row.append(',').append(num(x));
      }
      w.write(row.append('\n').toString());
    }
  }

  private static void fitted(Writer w, Calibration.Evaluation best, String file)
      throws java.io.IOException {
    w.write("# Behaviour constants fitted by ./civicsim calibrate " + file + "\n");
    w.write(
        "# " + levels(best.levels()) + String.format(Locale.ROOT, ", loss %.4f%n", best.loss()));
    w.write("behaviour:\n");
    for (int k = 0; k < Calibration.KEYS.size(); k++) {
      String key = Calibration.KEYS.get(k).substring("behaviour.".length());
      w.write(String.format(Locale.ROOT, "  %s: %.4f%n", key, best.point()[k]));
    }
  }

  private static String levels(FirstYear y) {
    return String.format(
        Locale.ROOT,
        "formal %.4f, civic %.4f, any %.4f, civic q1/q5 %.3f, formal q1/q5 %.3f, top third's voice"
            + " %.3f",
        y.formal(),
        y.civic(),
        y.any(),
        y.civicQ1OverQ5(),
        y.formalQ1OverQ5(),
        y.topThirdVoice());
  }

  private static String num(double x) {
    return String.format(Locale.ROOT, "%.6g", x);
  }
}
