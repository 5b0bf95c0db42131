package org.civicsim.cli;

import com.beust.jcommander.Parameter;
import com.beust.jcommander.ParameterException;
import com.beust.jcommander.Parameters;
import com.beust.jcommander.ParametersDelegate;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.civicsim.calibration.AbcSmc;
import org.civicsim.calibration.CalibrationResults;
import org.civicsim.calibration.CalibrationRun;
import org.civicsim.calibration.ModelDistance;
import org.civicsim.calibration.Prior;
import org.civicsim.calibration.Priors;
import org.civicsim.calibration.PriorsException;
import org.civicsim.calibration.QuickDesign;
import org.civicsim.history.Observation;
import org.civicsim.history.ObservedData;
import org.civicsim.history.ObservedDataException;
import org.civicsim.io.FileTrees;
import org.civicsim.io.OutputException;
import org.civicsim.io.PosteriorFile;
import org.civicsim.io.ResultFiles;
import org.civicsim.io.Shard;

/**
 * {@code civicsim calibrate}: fits the constants of the priors file to every {@code fit} figure of
 * the observed-data file by ABC-SMC, each generation a sweep of one-replicate runs on {@code
 * --threads} threads, and writes posterior.csv, calibration.json and charts. The same arguments
 * give the same posterior.csv, whatever the threads, and {@code --resume} continues an interrupted
 * calibration to the same end.
 */
@Parameters(
    commandNames = "calibrate",
    commandDescription = "Fit the constants to England's figures by ABC-SMC.")
final class CalibrateCommand extends HelpfulCommand {
  /** The scenario calibrated when none is named. */
  static final String DEFAULT_SCENARIO = "scenarios/calibration/england-small.yaml";

  /**
   * The full calibration's round and budget: 4,000 one-replicate decades of england-small, about 33
   * minutes on two cores (docs/calibration.md, the shipped posterior).
   */
  static final int PARTICLES = 250;

  static final int SIMULATIONS = 4000;

  @Parameter(description = "[SCENARIO.yaml]")
  private List<String> files = new ArrayList<>();

  @Parameter(names = "--priors")
  private String priors = Priors.DEFAULT_FILE;

  @Parameter(names = "--observed")
  private String observed = ObservedData.DEFAULT_FILE;

  @Parameter(names = "--simulations")
  private Integer simulations;

  @Parameter(names = "--particles")
  private Integer particles;

  @Parameter(names = "--alpha")
  private double alpha = 0.5;

  @Parameter(names = "--min-acceptance")
  private double minAcceptance = 0.02;

  @Parameter(names = "--seed")
  private long seed = 1;

  @Parameter(names = "--quick")
  private boolean quick;

  @Parameter(names = "--resume")
  private boolean resume;

  @Parameter(names = "--overwrite")
  private boolean overwrite;

  @Parameter(names = "--set", splitter = WholeValue.class)
  private List<String> set = new ArrayList<>();

  @Parameter(names = "--shard")
  private String shard;

  @Parameter(names = "--rounds")
  private Integer rounds;

  @ParametersDelegate private SharedOptions.Threads threads = new SharedOptions.Threads();

  @ParametersDelegate private SharedOptions.Out out = new SharedOptions.Out();

  @ParametersDelegate private SharedOptions.Quiet quiet = new SharedOptions.Quiet();

  @Override
  public int execute(PrintStream stdout, PrintStream stderr) throws Exception {
    Positionals.rejectOptions("calibrate", files);
    if (files.size() > 1) {
      throw new ParameterException("calibrate takes one scenario file, got " + files.size());
    }
    if (resume && overwrite) {
      throw new ParameterException("--resume continues a calibration, --overwrite starts again");
    }
    int k = threads.count();
    String file = files.isEmpty() ? DEFAULT_SCENARIO : files.get(0);
    List<String> fixed = new ArrayList<>(quick ? QuickDesign.SET : List.of());
    fixed.addAll(set);
    List<Prior> prior = priors();
    List<Observation> figures = fitted();
    List<String> keys = prior.stream().map(Prior::key).toList();
    AbcSmc.Settings settings = settings();
    // Every problem in the scenario, its changes and the priors' centres before any work.
    ScenarioFiles.load(file, fixed);
    double[] centre = prior.stream().mapToDouble(Prior::centre).toArray();
    ScenarioFiles.load(file, ModelDistance.overrides(fixed, keys, centre));
    Path folder = out.given() ? out.path() : Path.of("results", "calibration");
    CalibrationRun.Design design =
        new CalibrationRun.Design(
            file, fixed, prior, figures.stream().map(CalibrateCommand::name).toList(), settings);
    ModelDistance model = new ModelDistance(Path.of(file), fixed, keys, figures);
    CalibrationRun run = new CalibrationRun(design, model, folder, k, quiet.quiet ? null : stderr);
    if (shard != null) {
      // A task of a job array: this shard's points of the next round, nothing else.
      Shard slice = SweepCommand.shard(shard);
      run.runShard(CalibrationRun.started(folder) ? continued(folder, design) : null, slice);
      stdout.println("shard " + slice + " of the next round saved in " + folder);
      return ExitCode.OK;
    }
    if (rounds != null && rounds < 1) {
      throw new ParameterException("--rounds must be at least 1, got " + rounds);
    }
    CalibrationRun.Saved from = start(folder, design);
    CalibrationRun.Saved done = run.run(from, rounds == null ? Integer.MAX_VALUE : rounds);
    if (!done.state().finished()) {
      stdout.println(
          "stopped after "
              + rounds
              + " round(s), "
              + done.state().simulations()
              + " simulations; continue with --resume in "
              + folder);
      return ExitCode.OK;
    }
    try {
      CalibrationResults.write(folder, done, figures, k);
    } catch (IOException e) {
      throw OutputException.cannot("write the calibration into", folder, e);
    }
    if (!quiet.quiet) {
      summary(stdout, done, prior);
    }
    stdout.println(folder.resolve(ResultFiles.POSTERIOR) + " and " + ResultFiles.CALIBRATION_JSON);
    return ExitCode.OK;
  }

  private AbcSmc.Settings settings() {
    int n = particles != null ? particles : quick ? QuickDesign.PARTICLES : PARTICLES;
    int budget = simulations != null ? simulations : quick ? QuickDesign.SIMULATIONS : SIMULATIONS;
    if (n < 4) {
      throw new ParameterException("--particles must be at least 4, got " + n);
    }
    if (budget < n) {
      throw new ParameterException(
          "--simulations must be at least --particles (" + n + "), got " + budget);
    }
    if (!(alpha > 0 && alpha < 1)) {
      throw new ParameterException("--alpha is a share kept, above 0 and below 1, got " + alpha);
    }
    if (!(minAcceptance >= 0 && minAcceptance < 1)) {
      throw new ParameterException("--min-acceptance must be from 0 to below 1");
    }
    return new AbcSmc.Settings(n, alpha, minAcceptance, budget, seed);
  }

  /** The saved state to continue from, or null to start afresh in an empty {@code folder}. */
  private CalibrationRun.Saved start(Path folder, CalibrationRun.Design design)
      throws InputException, OutputException {
    boolean started = CalibrationRun.started(folder);
    if (resume) {
      if (!started) {
        throw new InputException(
            "--resume: " + folder + " holds no calibration to continue; leave out --resume");
      }
      return continued(folder, design);
    }
    if (Files.exists(folder) && !isEmpty(folder)) {
      if (!overwrite) {
        throw new InputException(
            folder
                + " is not empty: --resume to continue the calibration there, --overwrite to start"
                + " again, or another --out");
      }
      try {
        FileTrees.delete(folder);
      } catch (IOException e) {
        throw OutputException.cannot("clear", folder, e);
      }
    }
    return null;
  }

  /** The calibration saved in {@code folder}, under {@code design}'s budget. */
  private static CalibrationRun.Saved continued(Path folder, CalibrationRun.Design design)
      throws InputException {
    CalibrationRun.Saved saved;
    try {
      saved = CalibrationRun.load(folder);
    } catch (IOException e) {
      throw new InputException("--resume: cannot read the calibration in " + folder + ": " + e);
    }
    if (!sameBut(saved.design(), design)) {
      throw new InputException(
          "--resume: the calibration in "
              + folder
              + " was started with other arguments, priors or figures; give the same ones"
              + " (only --simulations may change)");
    }
    AbcSmc.State state = new AbcSmc(design.priors(), design.settings()).continued(saved.state());
    return new CalibrationRun.Saved(design, state, saved.seconds());
  }

  /** Whether two designs differ at most in their budget of simulations. */
  private static boolean sameBut(CalibrationRun.Design a, CalibrationRun.Design b) {
    AbcSmc.Settings s = a.settings();
    AbcSmc.Settings t = b.settings();
    AbcSmc.Settings budgetOfB =
        new AbcSmc.Settings(
            s.particles(), s.alpha(), s.minAcceptance(), t.maxSimulations(), s.seed());
    return new CalibrationRun.Design(a.scenario(), a.set(), a.priors(), a.figures(), budgetOfB)
        .equals(b);
  }

  private static boolean isEmpty(Path folder) {
    try (var list = Files.list(folder)) {
      return list.findAny().isEmpty();
    } catch (IOException e) {
      return false;
    }
  }

  private List<Prior> priors() throws InputException {
    try {
      return Priors.read(ScenarioFiles.readable(priors));
    } catch (PriorsException e) {
      throw new InputException(e.getMessage());
    }
  }

  private List<Observation> fitted() throws InputException {
    try {
      List<Observation> fit =
          ObservedData.read(Path.of(observed)).stream()
              .filter(o -> o.use() == Observation.Use.FIT)
              .toList();
      if (fit.isEmpty()) {
        throw new InputException(observed + ": no figure marked fit");
      }
      return fit;
    } catch (ObservedDataException e) {
      throw new InputException(e.getMessage());
    }
  }

  private static String name(Observation o) {
    return o.measure()
        + "@"
        + o.year()
        + "="
        + o.value()
        + "["
        + o.bandLow()
        + ","
        + o.bandHigh()
        + "]";
  }

  private static void summary(PrintStream stdout, CalibrationRun.Saved done, List<Prior> prior) {
    AbcSmc.State s = done.state();
    PosteriorFile.Posterior post = CalibrationResults.posterior(prior, s);
    stdout.printf(
        Locale.ROOT,
        "%d simulations in %d generations (%.0f s), final tolerance %.4f, %d draws kept%n",
        s.simulations(),
        s.generations().size(),
        done.seconds(),
        s.tolerance(),
        post.size());
    stdout.printf(
        Locale.ROOT,
        "  %-28s %10s %22s %22s  %s%n",
        "constant",
        "median",
        "90% interval",
        "prior 90%",
        "");
    for (CalibrationResults.Constant c : CalibrationResults.constants(prior, post)) {
      stdout.printf(
          Locale.ROOT,
          "  %-28s %10.4f %22s %22s  %s%n",
          c.prior().key(),
          c.median(),
          String.format(Locale.ROOT, "[%.4f, %.4f]", c.low(), c.high()),
          String.format(Locale.ROOT, "[%.4f, %.4f]", c.priorLow(), c.priorHigh()),
          c.verdict());
    }
  }
}
