package org.civicsim.cli;

/**
 * The help texts: what each command does, its options with their defaults, and examples to copy.
 * Written by hand so that students read whole sentences, not a generated option table.
 */
final class Usage {
  private Usage() {}

  /** The commands, as listed after an unknown one. */
  static final String COMMANDS =
      "run, sweep, merge, slurm, validate, explain, new, calibrate, history, report, bench, gui,"
          + " play, pb, help";

  static final String MAIN =
      """
      civicsim: civic participation in a local authority under budget cuts, an agent-based model.

      usage: civicsim COMMAND [OPTIONS]

      commands:
        run [SCENARIO.yaml]   run a scenario's replicates and write its results
        sweep SWEEP.yaml      run a parameter sweep: design points x replicates
        merge DIR... --out D  combine the shards of a sweep into its files
        slurm SWEEP.yaml      write Slurm job-array scripts that run a sweep on a cluster
        validate FILE...      check scenario files and list every problem
        explain SCENARIO      every parameter in effect, its default and where it came from
        new NAME --from S     copy scenario S, comments and all, as scenarios/NAME.yaml
        calibrate [SCENARIO]  fit the constants to England's figures (a posterior)
        history [SCENARIO]    the model beside what England measured, 2010-2020
        report DIR...         charts and a comparison report of runs or a sweep
        bench                 measure the model's speed and size per resident
        gui [SCENARIO.yaml]   open the visualiser: play a scenario, move budget sliders
        play [SCENARIO.yaml]  serve the budget game for a room, in the browser
        pb FILE.pb...         count real participatory-budgeting elections (Pabulib files)
        help [COMMAND]        show this help, or a command's

      options:
        -h, --help            show this help
        --version             show the version and git commit

      examples:
        ./civicsim run
        ./civicsim run scenarios/baseline.yaml --replicates 3 --steps 104 \\
            --set council.cuts.real_terms_per_year=0.08
        ./civicsim sweep scenarios/sweeps/cuts-vs-cd.yaml --threads 4
        ./civicsim validate scenarios/*.yaml
        ./civicsim new deep-cuts --from baseline
        ./civicsim explain scenarios/deep-cuts.yaml --changed
        ./civicsim history --from results/baseline/<run-id>
        ./civicsim report results/baseline/* results/cd-cut-first/* --out results/cuts-report
        ./civicsim pb src/test/resources/pabulib/*.pb --rule equal-shares --ids
        ./civicsim help run

      exit codes: 0 success, 2 bad input (scenario, arguments, output folder), 1 internal error.
      Scenario keys are described in docs/scenarios.md.
      """;

  static final String MERGE =
      """
      usage: civicsim merge SHARD_DIR... --out DIR

      Combines the folders of a sweep's shards (each written by civicsim sweep --shard I/N)
      into DIR: the same runs.csv, metrics.csv, summary.csv, sensitivity.csv, sweep.json and
      report/ as the sweep run whole on one machine, byte for byte apart from wall_seconds in
      runs.csv. Every run must be complete in one of the folders; the folders must hold
      shards of the same sweep. The shards' folders are only read.

      options:
        --out DIR           where the merged files go (created; must be empty)
        --no-report         leave out report/ (make it later with civicsim report DIR)
        -q, --quiet         print only the results folder
        -h, --help          show this help

      example:
        ./civicsim sweep scenarios/sweeps/cuts-vs-cd.yaml --shard 1/2 --out results/cvd/1
        ./civicsim sweep scenarios/sweeps/cuts-vs-cd.yaml --shard 2/2 --out results/cvd/2
        ./civicsim merge results/cvd/1 results/cvd/2 --out results/cvd/all

      Exit codes: 0 success, 2 bad input (a missing run, shards of different sweeps), 1
      internal error.
      """;

  static final String RUN =
      """
      usage: civicsim run [SCENARIO.yaml] [OPTIONS]

      Runs every replicate of a scenario (default scenarios/baseline.yaml) and writes
      metrics.csv, metrics-wards.csv, summary.csv, manifest.json and charts/*.png into
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
        --checkpoint-every W
                            save every replicate's state every W weeks (and when it
                            finishes) to DIR/run.checkpoint with --out DIR, otherwise
                            results/<scenario>/<run-id>.checkpoint; deleted when done
        --resume-from FILE  continue a stopped run from its checkpoint FILE: same
                            scenario and folder, results byte-identical to an
                            uninterrupted run (--threads, --out may differ)
        --posterior FILE    run over draws of a calibration's posterior.csv: each draw's
                            constants for --replicates replicates; summary.csv's ci_low
                            and ci_high become the 95% posterior interval
        --draws N           posterior draws, chosen by weight from the seed (default 50)
        -q, --quiet         no progress and no table: print only the results folder
        -h, --help          show this help

      examples:
        ./civicsim run
        ./civicsim run scenarios/baseline.yaml --replicates 3 --steps 104 \\
            --set council.cuts.real_terms_per_year=0.08
        ./civicsim run scenarios/baseline.yaml --seed 7 --out /tmp/cuts-8pc --threads 2
        ./civicsim run --out /tmp/long --checkpoint-every 52
        ./civicsim run --resume-from /tmp/long/run.checkpoint

      Progress goes to stderr: a bar on a terminal, one line per replicate otherwise.
      Exit codes: 0 success, 2 bad input, 1 internal error.
      """;

  static final String SWEEP =
      """
      usage: civicsim sweep SWEEP.yaml [OPTIONS]

      Runs a parameter sweep described by a sweep file (see scenarios/sweeps/): a base
      scenario, fixed changes (set:), and keys to vary (vary:) by a design, each design
      point run replicates: times:
        full-factorial    every combination of the listed values
        latin-hypercube   samples: points, one in each slice of every key's range
        sobol             Saltelli's scheme: samples: base samples, samples x (keys + 2)
                          points; writes first-order (S1) and total (ST) Sobol indices
        morris            samples: trajectories of keys + 1 points on a 4-level grid;
                          writes Morris's mu, mu_star and sigma
      Every run's seed is derived from the sweep seed, the point and the replicate. Runs go
      in replicate order (every point once, then every point again), so a sweep stopped
      early has still covered the space. The sweep file is checked first, every key
      against the base scenario; nothing is written when anything is wrong.

      Writes runs.csv, metrics.csv (final week only unless --record every), summary.csv
      (mean, sd and 95% t-interval over replicates per design point), for sobol and morris
      sensitivity.csv (each index of each key for every metric and group, from the
      replicates' mean at the final week, with 95% bootstrap intervals), sweep.json, and
      report/ (report.html, report.md and charts: each metric against each varied key,
      and the indices as bars) into results/<sweep>/<time>/, or into --out DIR. Each run
      keeps its own part in DIR/parts/; --resume skips the runs whose parts are complete
      and gives the same files as an uninterrupted sweep (apart from wall_seconds in
      runs.csv). A shard writes runs.csv and metrics.csv of its own runs only; merge
      writes the rest once every shard is done.

      options:
        --out DIR           write the sweep into DIR (created if missing)
        --threads K         runs at once (default: the number of processors)
        --resume            finish the sweep in --out DIR, skipping complete runs
        --shard I/N         run only the I-th of N disjoint slices of the runs (I from 1),
                            for a cluster's job array; combine them with civicsim merge
        --record WHEN       final (default): the final week's metrics only;
                            every: every recorded week (the base's output.record_every)
        --no-report         leave out report/ (make it later with civicsim report DIR)
        -q, --quiet         no progress lines: print only the results folder
        -h, --help          show this help

      examples:
        ./civicsim sweep scenarios/sweeps/cuts-vs-cd.yaml --threads 4
        ./civicsim sweep scenarios/sweeps/pb-vs-intermediaries.yaml --out results/pb
        ./civicsim sweep scenarios/sweeps/pb-vs-intermediaries.yaml --out results/pb --resume
        ./civicsim sweep scenarios/sweeps/cuts-vs-cd.yaml --shard 2/3 --out results/cvd/2
        ./civicsim report results/pb

      Progress goes to stderr, one line per run: runs done, rate and time left.
      Exit codes: 0 success, 2 bad input, 1 internal error or a failed run.
      """;

  static final String SLURM =
      """
      usage: civicsim slurm SWEEP.yaml --array N [OPTIONS]

      Writes the scripts that run a sweep on a Slurm cluster as a job array of N tasks, task I
      running shard I/N of the sweep (the runs r with r % N == I-1) into DIR/shard-I, and a
      merge job that waits for every task to succeed and combines the shards into
      DIR/merged, the same files a sweep on one machine writes. The sweep file is checked
      first, as sweep does; nothing is written when anything is wrong. Nothing is submitted:
      it prints the command that does.

      Writes into DIR (new or empty): array.sbatch (the job array; each task resumes its
      shard if it runs again), merge.sbatch (also runs by hand: bash DIR/merge.sbatch),
      submit.sh (sbatch the array, then the merge with --dependency=afterok), logs/, and
      civicsim.jar, a copy of this build, so that every task runs the same code even if the
      checkout is rebuilt while the jobs wait. Paths are absolute: DIR must be on a file
      system the compute nodes share. Nodes need Java 17 (JAVA_HOME or java on PATH).

      options:
        --array N           array tasks (shards), from 1 to the sweep's runs
        --out DIR           where the scripts, shards and merged results go
                            (default results/<sweep>/<time>)
        --partition P       the partition to queue in (default: the cluster's)
        --time T            time limit of each task: minutes, H:MM:SS or D-HH:MM:SS
        --mem M             memory of each task, such as 4G
        --cpus-per-task C   CPUs of each task; each task runs that many threads (default 1)
        --record WHEN       final (default) or every, as for sweep
        -h, --help          show this help

      examples:
        ./civicsim slurm scenarios/sweeps/cuts-vs-cd.yaml --array 12 --time 30 --mem 4G \\
            --cpus-per-task 2 --out ~/scratch/cuts-vs-cd
        ~/scratch/cuts-vs-cd/submit.sh
        squeue -u $USER
        ls ~/scratch/cuts-vs-cd/merged     # runs.csv metrics.csv summary.csv sweep.json report/

      docs/cluster.md tells how to watch the jobs, rerun a failed task and merge by hand.
      Exit codes: 0 scripts written, 2 bad input (sweep file, options, output folder).
      """;

  static final String VALIDATE =
      """
      usage: civicsim validate FILE...

      Loads each scenario file as run would, and each sweep file (base: and vary: at the
      top) as sweep would, every design point included, and prints "FILE: ok" for a valid
      file or every problem of an invalid one, one per line as FILE:LINE:COLUMN: KEY:
      MESSAGE. Exit code 0 when every file is valid, 2 otherwise.

      examples:
        ./civicsim validate scenarios/baseline.yaml
        ./civicsim validate scenarios/*.yaml scenarios/sweeps/*.yaml
      """;

  static final String CALIBRATE =
      """
      usage: civicsim calibrate [SCENARIO.yaml] [OPTIONS]

      Fits the constants of the priors file to every figure marked fit in the observed-data
      file at once, by sequential Monte Carlo ABC with adaptive tolerances (docs/calibration.md).
      Each round runs --particles one-replicate decades of the scenario (by default
      scenarios/calibration/england-small.yaml) on --threads threads; each generation keeps
      the points within a tolerance, the alpha-quantile of the previous generation's distances.
      Writes posterior.csv (the kept draws, one column per constant, and their weights),
      calibration.json (tolerance, acceptance and effective sample size per generation, the
      simulations used, seed and time) and charts/calibration/ (each posterior against its
      prior, the pairs, each figure's posterior predictive) into --out. The same arguments give
      the same posterior.csv, byte for byte, whatever --threads; the state is saved after each
      round, and --resume continues an interrupted calibration to the same end.

      options:
        --quick             a small demonstration fit: 300 runs of a 1,500-adult England
                            over five years (about a minute on 2 cores)
        --simulations N     the budget: no round starts that would exceed it (default 4000)
        --particles N       runs in a round (default 250)
        --alpha A           the quantile of distances that is the next tolerance, and the
                            share of a round a generation must keep (default 0.5)
        --min-acceptance A  stop when a generation keeps fewer than this share (default 0.02)
        --seed S            every draw and every run's seed comes from it (default 1)
        --priors FILE       the constants and their priors (default data/calibration/priors.csv)
        --observed FILE     the figures (default data/observed/england-2010-2020.csv)
        --threads K         runs at once (default: the number of processors)
        --out DIR           where to write (default results/calibration)
        --resume            continue the calibration in --out with the same arguments
        --overwrite         start again in an --out that holds an earlier calibration
        --shard I/N         run only the I-th of N slices of the next round's points and
                            save their outcomes (a task of a job array; docs/cluster.md)
        --rounds R          stop after R rounds; --resume goes on (takes up shards' outcomes)
        --set KEY=VALUE     change the scenario first, as for run
        -q, --quiet         no progress and no table
        -h, --help          show this help

      examples:
        ./civicsim calibrate --quick --out /tmp/quick
        ./civicsim calibrate --threads 2 --out results/calibration     # about 33 minutes
        ./civicsim calibrate --threads 2 --out results/calibration --resume
      """;

  static final String HISTORY =
      """
      usage: civicsim history [SCENARIO.yaml] [OPTIONS]
             civicsim history --from RESULTS_DIR [--observed FILE]

      Sets the model beside what England measured over 2010-2020. Runs every replicate of
      the scenario (default scenarios/england-sample.yaml) as run does, writing the usual
      results into results/history/<run-id>/ or --out DIR, or with --from reads a finished
      run's folder instead. Then prints, measure by measure, the model's value (mean and 95%
      t-interval over replicates) at the end of each observed figure's financial year, the
      observed figure with its band and source, and IN when the model's mean lies in the
      band, OUT when not: first the fitting targets (fit: starting levels, gradients, budget
      paths), then the checks (check: what happened over the decade, never tuned to). A
      measure whose result file the run lacks is shown as n/a (needs FILE).

      Writes into the run's folder history.csv (measure,year,use,observed,band_low,
      band_high,model_mean,model_ci_low,model_ci_high,n,inside,source) and one chart per
      measure in charts/history/. The figures come from data/observed/england-2010-2020.csv;
      add a line there to compare one more (data/observed/README.md, docs/history.md).

      options:
        --replicates N      replicates to run (default: the scenario's replicates:)
        --seed S            base seed (default: the scenario's seed:)
        --threads K         replicates run at once (default: the number of processors)
        --set KEY=VALUE     change any scenario key, as for run; repeat for several keys
        --out DIR           write the run and its history into DIR (created if missing)
        --overwrite         replace the results already in --out DIR
        --from DIR          compare a finished run's folder instead of running; the
                            history is written into DIR
        --observed FILE     the observed figures (default data/observed/england-2010-2020.csv)
        --posterior FILE    run over draws of a calibration's posterior.csv and set each
                            figure beside its 90% posterior predictive interval
        --draws N           posterior draws, chosen by weight from the seed (default 50)
        -q, --quiet         no progress and no table: print only where the history went
        -h, --help          show this help

      examples:
        ./civicsim history
        ./civicsim history scenarios/baseline.yaml --replicates 5 --threads 2
        ./civicsim history scenarios/baseline.yaml --set borough.residents=5000 --out /tmp/h
        ./civicsim run scenarios/baseline.yaml --out results/base
        ./civicsim history --from results/base

      A year Y means the financial year Y/Y+1; the model's week 0 is April 2010.
      Exit codes: 0 success (also with n/a measures), 2 bad input (scenario, options, a
      mistake in the observed-data file, named by file, line and column), 1 internal error.
      """;

  static final String EXPLAIN =
      """
      usage: civicsim explain SCENARIO.yaml [--set KEY=VALUE]... [--changed]
             civicsim explain --reference
             civicsim explain --constants

      Loads a scenario as run would and prints every parameter it would run with, section
      by section: the key, the value in effect, its default, where the value came from
      (file line N, --set, or default) and its unit. A * at the start of a line marks a
      value that differs from its default. Nothing is run and nothing is written.
      A scenario with mistakes gives every problem, as validate does, and exit code 2.

      options:
        --set KEY=VALUE     change a key as run --set would, to see its effect first;
                            repeat for several keys
        --changed           list only the values that differ from their defaults
        --reference         print docs/scenarios.md: every key with its type, unit,
                            default, allowed range and meaning
        --constants         print the tables of docs/ODD.md section 10: every number
                            fixed in the model's code, its value, meaning and source
        -h, --help          show this help

      examples:
        ./civicsim explain scenarios/baseline.yaml
        ./civicsim explain scenarios/baseline.yaml --changed
        ./civicsim explain scenarios/baseline.yaml --set council.pb_share=0.01 --changed
        ./civicsim explain scenarios/baseline.yaml | grep council.cuts
        ./civicsim explain --reference > docs/scenarios.md
        ./civicsim explain --constants
      """;

  static final String NEW =
      """
      usage: civicsim new NAME [--from SCENARIO] [--out FILE] [--description TEXT] [--force]

      Copies a scenario file word for word, comments included, to scenarios/NAME.yaml.
      Only two lines change: name: becomes NAME, and description: says what it was
      copied from (or is TEXT with --description). The source is checked first; nothing
      is written if it has mistakes, and an existing file is never replaced without --force.
      NAME may hold letters, digits, - and _ (it names the results folder too).

      options:
        --from SCENARIO     the scenario to copy: a file, or a name in scenarios/ such
                            as baseline for scenarios/baseline.yaml (default: baseline)
        --out FILE          write the copy to FILE instead of scenarios/NAME.yaml
        --description TEXT  the description of the copy, in quotes if it has spaces
        --force             replace FILE if it exists
        -h, --help          show this help

      examples:
        ./civicsim new deep-cuts --from baseline
        ./civicsim new pb-1pc --from scenarios/baseline.yaml \\
            --description "Baseline with 1% of the budget decided by residents"
        ./civicsim new mine --from baseline --out /tmp/mine.yaml --force

      Then edit the copy, ./civicsim validate it, and ./civicsim run it.
      """;

  static final String REPORT =
      """
      usage: civicsim report RESULTS_DIR... [--out DIR]

      Compares finished runs, or reports on a sweep, from their folders alone. Each
      RESULTS_DIR is a run folder (metrics.csv), a sweep folder (runs.csv), or a folder of
      run folders such as results/baseline/. The first run is the reference.

      Writes into --out DIR (default results/reports/<time>/):
        report.html   the whole report, charts embedded: one file to send
        report.md     the same in Markdown, charts beside it in charts/
        charts/*.png  the run charts overlaid (participation, voice, Lorenz curves,
                      coverage, facilities, spend and CD workers, trust); for a sweep,
                      each metric against each varied parameter, and the sensitivity
                      indices when the sweep computed them
      The table gives every metric by group at the last recorded week: the mean over
      replicates with its 95% confidence interval, and each run's difference from the
      first with its 95% Welch interval (* when it excludes zero).

      options:
        --out DIR           where to write the report (created if missing)
        -h, --help          show this help

      examples:
        ./civicsim run scenarios/baseline.yaml --out results/base
        ./civicsim run scenarios/cd-cut-first.yaml --out results/cd-cut
        ./civicsim report results/base results/cd-cut --out results/cd-cut-report
      """;

  static final String BENCH =
      """
      usage: civicsim bench [SCENARIO.yaml] [OPTIONS]

      Measures, in one JVM after a warm-up, the nanoseconds per resident-week and the heap
      bytes per resident of the full model (default scenarios/baseline.yaml, 1,000 residents a
      ward), of a roofline kernel over the same ties (the least work a resident's week can
      be) and of the same week written the MASON-idiomatic way (one scheduled Steppable per
      resident, ties in a MASON Network), on 1 thread and on --threads. Prints a table with
      the ratios and writes bench.csv. Figures and the machine they came from are in
      docs/performance.md. 10,000,000 residents needs a big heap:
      CIVICSIM_JAVA_OPTS=-Xmx16g; without it the default sizes skip what will not fit.

      options:
        --residents N...      population sizes (default 10000 100000 1000000 10000000)
        --steps T             weeks timed per variant (default: about 30 million
                              resident-weeks, 10 to 520 weeks)
        --threads K           threads compared with one (default 2)
        --burn-in W           the model's burn-in weeks, timed as setup (default 4)
        --mason-residents M   size of the MASON-idiomatic variant (default 100000; 0 skips it)
        --set KEY=VALUE       change a scenario key, as for run
        --out DIR             folder for bench.csv (default results/bench)
        --pair A B            time two builds of the model against each other instead
                              (jars, such as an earlier commit's target/civicsim.jar, or
                              class folders); writes bench-pair.csv
        --rounds R            with --pair: stretches timed for each build (default 30)
        -h, --help            show this help

      With --pair, each build is loaded by a class loader of its own in this one JVM and the
      two models, built from the same scenario (--residents gives one size, or the scenario's
      own), step in alternate stretches of --steps weeks (default 10), the order swapped every
      round; it prints each build's median, the median ratio B/A with its range, and whether
      the two builds left the residents in the same state. Separate runs of the harness can
      differ by 40% on a shared machine; paired rounds share whatever else the machine does,
      but one build against itself gives 0.94 to 1.00 here: a median under about 6% away
      from 1 says nothing (docs/performance.md).

      examples:
        CIVICSIM_JAVA_OPTS=-Xmx16g ./civicsim bench --out /tmp/bench     # about 5 minutes
        cp target/civicsim.jar /tmp/before.jar    # then change the model and build again
        CIVICSIM_JAVA_OPTS=-Xmx12g ./civicsim bench --pair /tmp/before.jar target/civicsim.jar \\
            --residents 1000000 --threads 1
        ./civicsim bench --pair /tmp/before.jar target/civicsim.jar scenarios/england.yaml \\
            --set borough.count=7 --threads 2 --out /tmp/pair
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

  static final String PLAY =
      """
      usage: civicsim play [SCENARIO.yaml] [--host H] [--port P] [--games DIR] [--set KEY=VALUE]...
             civicsim play --replay GAME_FOLDER [--out DIR]

      Serves the budget game for a room and prints its link. A facilitator opens the link,
      creates a game (scenario, budget years, roles, a scenario to compare with) and hands
      each player the join link of a role: the council, community groups, public agencies,
      local businesses, a residents' panel. Each round is a budget year: every player sets
      their role's decisions, sees the others' as they are made and commits; the model then
      runs the year and every screen shows participation, voice by income group, coverage,
      facilities and money. At the end a debrief sets the room's years beside the baseline and
      the comparison, and the facilitator can export them as results folders and a report.
      Games are saved after every change and survive a restart. docs/game.md has the rules.

      options:
        --host H            address to listen on (default 127.0.0.1: this machine only;
                            0.0.0.0 opens the game to the room)
        --port P            port (default 7070; 0 = any free port)
        --games DIR         where games are kept (default results/games)
        --set KEY=VALUE     change any scenario key, as for run (every game)
        --replay GAME       no server: replay the game saved in folder GAME from its
                            decisions, check its results are the saved ones (exit 1 if
                            not), and write them as results folders and a report
        --out DIR           where --replay writes (default GAME/replay)
        -h, --help          show this help

      examples:
        ./civicsim play
        ./civicsim play --replay results/games/<id> --out results/my-game
        ./civicsim play scenarios/baseline.yaml --set borough.residents=5000 --host 0.0.0.0
      """;

  static final String PB =
      """
      usage: civicsim pb FILE.pb... [--rule R] [--satisfaction S] [--completion C] [--ids]

      Counts participatory-budgeting elections with approval ballots, in Pabulib's file
      format (pabulib.org/format: META, PROJECTS and VOTES sections), by the rules the
      model's own PB rounds use, and prints for each file the budget, the voters, the
      projects funded with their cost and votes, and what they spend. Ties go to the project
      whose id sorts first as text. docs/pb.md defines each rule.
        greedy          projects in decreasing satisfaction per unit of cost (cost: by
                        approvals; cardinality: approvals per unit of cost), each funded if
                        it still fits in what is left
        equal-shares    the Method of Equal Shares: every voter holds an equal share of the
                        budget and the project its supporters can buy cheapest per unit of
                        satisfaction is bought first, until none is affordable

      options:
        --rule R            greedy (default) or equal-shares
        --satisfaction S    cost (default: a voter values the money spent on what they
                            approved) or cardinality (the number of projects)
        --completion C      none (default) or add1 (equal-shares only: raise every voter's
                            share by 1 at a time while the outcome fits, as Wieliczka did)
        --ids               one line per file: the file as given, a tab, the funded ids
                            sorted as text and separated by spaces
        -h, --help          show this help

      examples:
        ./civicsim pb src/test/resources/pabulib/poland_wieliczka_2023_green-budget.pb \\
            --rule equal-shares --completion add1
        ./civicsim pb src/test/resources/pabulib/*.pb --rule equal-shares --ids

      Exit codes: 0 counted, 2 bad input (a file that cannot be read or counted, named with
      its line; an unknown rule), 1 internal error.
      """;

  /** The help of {@code command}, or null if there is no such command. */
  static String of(String command) {
    return switch (command) {
      case "run" -> RUN;
      case "sweep" -> SWEEP;
      case "merge" -> MERGE;
      case "slurm" -> SLURM;
      case "validate" -> VALIDATE;
      case "calibrate" -> CALIBRATE;
      case "history" -> HISTORY;
      case "explain" -> EXPLAIN;
      case "new" -> NEW;
      case "report" -> REPORT;
      case "bench" -> BENCH;
      case "gui" -> GUI;
      case "play" -> PLAY;
      case "pb" -> PB;
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
      case "sweep" ->
          "usage: civicsim sweep SWEEP.yaml [--out DIR] [--threads K] [--resume] [--shard I/N]"
              + " [--record final|every] (civicsim help sweep for more)";
      case "merge" ->
          "usage: civicsim merge SHARD_DIR... --out DIR [--no-report] (civicsim help merge for"
              + " more)";
      case "slurm" ->
          "usage: civicsim slurm SWEEP.yaml --array N [--out DIR] [--partition P] [--time T]"
              + " [--mem M] [--cpus-per-task C] (civicsim help slurm for more)";
      case "validate" -> "usage: civicsim validate FILE... (civicsim help validate for more)";
      case "calibrate" ->
          "usage: civicsim calibrate [SCENARIO.yaml] [--quick] [--simulations N] [--threads K]"
              + " [--seed S] [--out DIR] [--resume] (civicsim help calibrate for more)";
      case "history" ->
          "usage: civicsim history [SCENARIO.yaml] [--replicates N] [--seed S] [--threads K]"
              + " [--out DIR] [--from RESULTS_DIR] (civicsim help history for more)";
      case "explain" ->
          "usage: civicsim explain SCENARIO.yaml [--set KEY=VALUE]... [--changed]"
              + " (civicsim help explain for more)";
      case "new" ->
          "usage: civicsim new NAME --from SCENARIO [--out FILE] [--description TEXT] [--force]"
              + " (civicsim help new for more)";
      case "report" ->
          "usage: civicsim report RESULTS_DIR... [--out DIR] (civicsim help report for more)";
      case "bench" ->
          "usage: civicsim bench [SCENARIO.yaml] [--residents N...] [--steps T] [--threads K]"
              + " [--out DIR] [--pair A B] (civicsim help bench for more)";
      case "gui" ->
          "usage: civicsim gui [SCENARIO.yaml] [--compare OTHER.yaml] [--set KEY=VALUE]..."
              + " (civicsim help gui for more)";
      case "play" ->
          "usage: civicsim play [SCENARIO.yaml] [--host H] [--port P] [--games DIR]"
              + " [--set KEY=VALUE]... | --replay GAME_FOLDER [--out DIR] (civicsim help play for"
              + " more)";
      case "pb" ->
          "usage: civicsim pb FILE.pb... [--rule greedy|equal-shares] [--satisfaction"
              + " cost|cardinality] [--completion none|add1] [--ids] (civicsim help pb for more)";
      default ->
          "usage: civicsim run|sweep|merge|slurm|validate|explain|new|calibrate|history|report"
              + "|bench|gui|play|pb|help"
              + " ... (civicsim --help for more)";
    };
  }
}
