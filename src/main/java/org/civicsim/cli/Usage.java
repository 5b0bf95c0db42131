package org.civicsim.cli;

/**
 * The help texts: what each command does, its options with their defaults, and examples to copy.
 * Written by hand so that students read whole sentences, not a generated option table.
 */
final class Usage {
  private Usage() {}

  static final String MAIN =
      """
      civicsim: civic participation in a local authority under budget cuts, an agent-based model.

      usage: civicsim COMMAND [OPTIONS]

      commands:
        run [SCENARIO.yaml]   run a scenario's replicates and write its results
        validate FILE...      check scenario files and list every problem
        calibrate [SCENARIO]  fit the behaviour constants to the survey figures
        gui [SCENARIO.yaml]   open the visualiser: play a scenario, move budget sliders
        help [COMMAND]        show this help, or a command's

      options:
        -h, --help            show this help
        --version             show the version and git commit

      examples:
        ./civicsim run
        ./civicsim run scenarios/baseline.yaml --replicates 3 --steps 104 \\
            --set council.cuts.real_terms_per_year=0.08
        ./civicsim validate scenarios/*.yaml
        ./civicsim help run

      exit codes: 0 success, 2 bad input (scenario, arguments, output folder), 1 internal error.
      Scenario keys are described in docs/scenarios.md.
      """;

  static final String RUN =
      """
      usage: civicsim run [SCENARIO.yaml] [OPTIONS]

      Runs every replicate of a scenario (default scenarios/baseline.yaml) and writes
      metrics.csv, metrics-wards.csv, summary.csv and manifest.json into
      results/<scenario>/<run-id>/, or into --out DIR. Nothing is written when the scenario
      or the options are wrong. The same scenario and seed give the same metrics.csv
      whatever the number of threads.

      options:
        --replicates N      replicates to run (default: the scenario's replicates:)
        --seed S            base seed; replicate r uses a seed derived from (S, r)
                            (default: the scenario's seed:)
        --steps T           weeks to simulate (default: the scenario's steps:)
        --set KEY=VALUE     change any scenario key, dotted as in docs/scenarios.md;
                            repeat for several keys; checked like the file itself
        --out DIR           write the results into DIR (created if missing)
        --overwrite         replace the results already in --out DIR
        --threads K         replicates run at once (default: the number of processors)
        -q, --quiet         no progress and no table: print only the results folder
        -h, --help          show this help

      examples:
        ./civicsim run
        ./civicsim run scenarios/baseline.yaml --replicates 3 --steps 104 \\
            --set council.cuts.real_terms_per_year=0.08
        ./civicsim run scenarios/baseline.yaml --seed 7 --out /tmp/cuts-8pc --threads 2

      Progress goes to stderr: a bar on a terminal, one line per replicate otherwise.
      Exit codes: 0 success, 2 bad input, 1 internal error.
      """;

  static final String VALIDATE =
      """
      usage: civicsim validate FILE...

      Loads each scenario file as run would, and prints "FILE: ok" for a valid file or every
      problem of an invalid one, one per line as FILE:LINE:COLUMN: KEY: MESSAGE.
      Exit code 0 when every file is valid, 2 otherwise.

      examples:
        ./civicsim validate scenarios/baseline.yaml
        ./civicsim validate scenarios/*.yaml
      """;

  static final String CALIBRATE =
      """
      usage: civicsim calibrate [SCENARIO.yaml] [OPTIONS]

      Fits the five behaviour constants of residents' choice (behaviour.asc_informal,
      asc_formal, asc_civic, skill_weight, habit_weight) so that the scenario's first year
      matches the survey figures in docs/calibration.md: formal volunteering, civic
      participation, any participation, their income gradients and the civic core's share
      of voice. Nelder-Mead from a fixed start, every evaluation over the same replicates
      and seeds: the same arguments give the same fit. Writes calibration.csv (every
      evaluation) and fitted.yaml (the constants, ready to paste) into --out.

      options:
        --evaluations N     model evaluations the fit may use (default 300)
        --replicates R      replicates per evaluation (default 4)
        --threads K         replicates run at once (default: the number of processors)
        --out DIR           where to write (default results/calibration)
        --set KEY=VALUE     change the scenario first, as for run
        -h, --help          show this help

      example (about 5 minutes on 2 cores):
        ./civicsim calibrate scenarios/baseline.yaml --evaluations 300 --replicates 4
      """;

  static final String GUI =
      """
      usage: civicsim gui [SCENARIO.yaml] [--compare OTHER.yaml] [--set KEY=VALUE]...

      Opens MASON's Console on a scenario (default scenarios/baseline.yaml): press play and
      watch participation, voice, coverage and council spend; move the budget sliders in the
      Model tab (cut rate, CD workers, PB share, time credits) and the change takes effect at
      the council's next budget cycle, marked on the charts. "Compare with" runs a second
      scenario with the same seed, its lines dashed. Needs a display; on a server:
      xvfb-run ./civicsim gui

      options:
        --compare OTHER     step OTHER side by side with the same seed (also in the
                            Model tab's CompareWith)
        --set KEY=VALUE     change any scenario key, as for run (both scenarios)
        -h, --help          show this help

      example:
        ./civicsim gui scenarios/baseline.yaml --set borough.residents=5000
        ./civicsim gui scenarios/baseline.yaml --compare scenarios/no-cuts.yaml
      """;

  /** The help of {@code command}, or null if there is no such command. */
  static String of(String command) {
    return switch (command) {
      case "run" -> RUN;
      case "validate" -> VALIDATE;
      case "calibrate" -> CALIBRATE;
      case "gui" -> GUI;
      case "help" -> MAIN;
      default -> null;
    };
  }

  /** The one-line synopsis of {@code command}, shown after a mistake in its arguments. */
  static String brief(String command) {
    return switch (command) {
      case "run" ->
          "usage: civicsim run [SCENARIO.yaml] [--replicates N] [--seed S] [--steps T]"
              + " [--out DIR] [--threads K] [--set KEY=VALUE]... (civicsim help run for more)";
      case "validate" -> "usage: civicsim validate FILE... (civicsim help validate for more)";
      case "calibrate" ->
          "usage: civicsim calibrate [SCENARIO.yaml] [--evaluations N] [--replicates R] [--out DIR]"
              + " (civicsim help calibrate for more)";
      case "gui" -> "usage: civicsim gui [SCENARIO.yaml] [--compare OTHER.yaml] [--set KEY=VALUE]..."
          + " (civicsim help gui for more)";
      default -> "usage: civicsim run|validate|calibrate|gui|help ... (civicsim --help for more)";
    };
  }
}
