package org.civicsim.cli;

import com.beust.jcommander.ParameterException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.civicsim.batch.ScenarioRun;
import org.civicsim.calibration.PosteriorDraws;
import org.civicsim.io.OutputException;
import org.civicsim.io.PosteriorFile;
import org.civicsim.scenario.Scenario;
import org.civicsim.scenario.ScenarioException;

/** {@code --posterior FILE --draws N}, as run and history take them. */
final class PosteriorRuns {
  /** Draws run by --posterior without --draws. */
  static final int DEFAULT_DRAWS = 50;

  private PosteriorRuns() {}

  /** The draws chosen: each one's scenario, the posterior and the rows of it they are. */
  record Draws(List<Scenario> scenarios, PosteriorFile.Posterior posterior, int[] rows) {}

  /** {@code run} over the draws {@link #draws} chooses. */
  static ScenarioRun over(
      ScenarioRun run,
      String file,
      Scenario scenario,
      String posterior,
      Integer draws,
      List<String> overrides)
      throws InputException {
    Draws d = draws(file, scenario, posterior, draws, overrides);
    return run.overDraws(d.scenarios(), d.posterior(), d.rows());
  }

  /**
   * The scenario {@code file} with each chosen draw's constants, then the command line's {@code
   * overrides}; draws chosen from the scenario's seed.
   */
  static Draws draws(
      String file, Scenario scenario, String posterior, Integer draws, List<String> overrides)
      throws InputException {
    int n = draws == null ? DEFAULT_DRAWS : draws;
    if (n < 1) {
      throw new ParameterException("--draws must be at least 1, got " + n);
    }
    PosteriorFile.Posterior p;
    try {
      p = PosteriorFile.read(ScenarioFiles.readable(posterior));
    } catch (IOException e) {
      throw new InputException("--posterior " + OutputException.reason(e));
    }
    List<Scenario> out = new ArrayList<>();
    int[] rows = PosteriorDraws.choose(p, n, scenario.seed());
    for (List<String> constants : PosteriorDraws.overrides(p, n, scenario.seed())) {
      List<String> all = new ArrayList<>(constants);
      all.addAll(overrides);
      try {
        out.add(ScenarioFiles.load(file, all));
      } catch (ScenarioException e) {
        throw new InputException(
            "--posterior "
                + posterior
                + ": its constants do not fit "
                + file
                + ":\n"
                + e.getMessage());
      }
    }
    return new Draws(out, p, rows);
  }
}
