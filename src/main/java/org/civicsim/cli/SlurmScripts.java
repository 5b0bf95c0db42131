package org.civicsim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The three scripts {@code civicsim slurm} writes for a sweep on a Slurm cluster: a job array that
 * runs shard {@code $SLURM_ARRAY_TASK_ID} of N in each task, the merge step, and a submit script
 * that queues the array and then the merge as a job that waits for every task to succeed ({@code
 * --dependency=afterok}).
 *
 * <p>Every path in them is absolute, so the jobs run the same from any folder on any node that sees
 * the same file system. They run {@code DIR/civicsim.jar}, a copy of the build that wrote them,
 * with plain {@code java}: compute nodes need Java but not Maven, and every task, a requeued task
 * and the merge run the same code even if the checkout is rebuilt while the jobs wait.
 *
 * @param name the sweep's name, for the job names
 * @param runs the sweep's runs, for the comments
 * @param sweepFile the sweep file, absolute
 * @param dir the folder of the scripts, the shards and the merged results, absolute
 * @param commit the git commit of the build, or null when unknown
 * @param tasks N, the number of shards and array tasks
 * @param partition {@code --partition}, or null for the cluster's default
 * @param time {@code --time} of each task, or null for the partition's default
 * @param mem {@code --mem} of each task, or null for the partition's default
 * @param cpusPerTask {@code --cpus-per-task}, or null for one; each task runs this many threads
 * @param record {@code final} or {@code every}, passed on to {@code sweep --record}
 */
record SlurmScripts(
    String name,
    int runs,
    Path sweepFile,
    Path dir,
    String commit,
    int tasks,
    String partition,
    String time,
    String mem,
    Integer cpusPerTask,
    String record) {

  static final String ARRAY = "array.sbatch";
  static final String MERGE = "merge.sbatch";
  static final String SUBMIT = "submit.sh";
  static final String JAR = "civicsim.jar";
  static final String LOGS = "logs";
  static final String MERGED = "merged";

  /** Slurm's time formats: minutes, M:S, H:M:S, D-H, D-H:M, D-H:M:S, or no limit. */
  static final Pattern TIME =
      Pattern.compile("\\d+(:\\d{1,2}){0,2}|\\d+-\\d+(:\\d{1,2}){0,2}|UNLIMITED|INFINITE");

  /** Memory per node: a whole number with an optional unit K, M, G or T (default M). */
  static final Pattern MEM = Pattern.compile("\\d+[KMGT]?");

  /** One partition name, or several separated by commas. */
  static final Pattern PARTITION = Pattern.compile("[A-Za-z0-9_.-]+(,[A-Za-z0-9_.-]+)*");

  /**
   * Characters that an {@code #SBATCH} line or an output file pattern would misread in a path:
   * blanks and quotes split or end the option, {@code %} starts a file-name pattern.
   */
  static final Pattern UNSAFE_PATH = Pattern.compile("[\\s'\"%\\\\$`]");

  /** The shard folder of task {@code i} (1-based). */
  Path shard(int i) {
    return dir.resolve("shard-" + i);
  }

  /** The job array: shard I of N in task I, resumed if the task runs again. */
  String array() {
    Path jar = dir.resolve(JAR);
    StringBuilder s = new StringBuilder();
    s.append("#!/usr/bin/env bash\n");
    s.append("# The job array of the sweep ")
        .append(name)
        .append(" (")
        .append(sweepFile)
        .append("):\n");
    s.append("# ")
        .append(runs)
        .append(" runs in ")
        .append(tasks)
        .append(" shards, one shard per task; task I runs the runs r with r % ")
        .append(tasks)
        .append(" == I-1\n");
    s.append("# into ").append(dir).append("/shard-I. Written by civicsim slurm; queue it with\n");
    s.append("# ")
        .append(dir.resolve(SUBMIT))
        .append(", which also queues the merge, or alone with sbatch.\n");
    commonComments(s);
    s.append("#SBATCH --job-name=").append(jobName()).append('\n');
    s.append("#SBATCH --array=1-").append(tasks).append('\n');
    s.append("#SBATCH --output=").append(dir.resolve(LOGS)).append("/shard-%a.out\n");
    s.append("#SBATCH --open-mode=append\n");
    s.append("#SBATCH --requeue\n");
    s.append("#SBATCH --ntasks=1\n");
    resources(s, true);
    s.append("set -euo pipefail\n");
    java(s);
    s.append(
        "i=${SLURM_ARRAY_TASK_ID:?run this script with sbatch, which sets SLURM_ARRAY_TASK_ID}\n");
    s.append("echo \"shard $i/")
        .append(tasks)
        .append(" of ")
        .append(name)
        .append(" on $(hostname) at $(date -u +%FT%TZ)\"\n");
    s.append("# --resume: a task that runs again (requeued, or resubmitted with\n");
    s.append("# sbatch --array=I) keeps the runs its shard already finished.\n");
    s.append("# shellcheck disable=SC2086\n");
    s.append("exec \"$java\" ${CIVICSIM_JAVA_OPTS:-}")
        .append(commitOption())
        .append(" -jar ")
        .append(quote(jar))
        .append(" sweep ")
        .append(quote(sweepFile))
        .append(" \\\n");
    s.append("  --shard \"$i/")
        .append(tasks)
        .append("\" --out ")
        .append(quote(dir))
        .append("/shard-\"$i\" --threads \"${SLURM_CPUS_PER_TASK:-1}\" --resume --record ")
        .append(record)
        .append('\n');
    return s.toString();
  }

  /** The merge step: every shard folder into {@code DIR/merged}; also runs without Slurm. */
  String merge() {
    Path jar = dir.resolve(JAR);
    StringBuilder s = new StringBuilder();
    s.append("#!/usr/bin/env bash\n");
    s.append("# The merge step of the sweep ")
        .append(name)
        .append(": combines the ")
        .append(tasks)
        .append(" shard folders\n");
    s.append("# ")
        .append(dir)
        .append("/shard-1..")
        .append(tasks)
        .append(" into ")
        .append(dir.resolve(MERGED))
        .append(", the files an unsharded\n");
    s.append("# sweep writes (runs.csv, metrics.csv, summary.csv, sweep.json). ")
        .append(SUBMIT)
        .append(" queues it to start\n");
    s.append("# when every task of the array has succeeded (--dependency=afterok). To merge by\n");
    s.append("# hand, on any machine that sees these folders: bash ")
        .append(dir.resolve(MERGE))
        .append('\n');
    commonComments(s);
    s.append("#SBATCH --job-name=").append(jobName()).append("-merge\n");
    s.append("#SBATCH --output=").append(dir.resolve(LOGS)).append("/merge.out\n");
    s.append("#SBATCH --open-mode=append\n");
    s.append("#SBATCH --ntasks=1\n");
    resources(s, false);
    s.append("set -euo pipefail\n");
    java(s);
    s.append("shards=()\n");
    s.append("for i in $(seq 1 ")
        .append(tasks)
        .append("); do shards+=(")
        .append(quote(dir))
        .append("/shard-\"$i\"); done\n");
    s.append("# shellcheck disable=SC2086\n");
    s.append("exec \"$java\" ${CIVICSIM_JAVA_OPTS:-}")
        .append(commitOption())
        .append(" -jar ")
        .append(quote(jar))
        .append(" merge \"${shards[@]}\" --out ")
        .append(quote(dir.resolve(MERGED)))
        .append('\n');
    return s.toString();
  }

  /** Queues the array, then the merge as a job that waits for all of it. */
  String submit() {
    StringBuilder s = new StringBuilder();
    s.append("#!/usr/bin/env bash\n");
    s.append("# Queues the sweep ")
        .append(name)
        .append(" on Slurm: the ")
        .append(tasks)
        .append("-task job array (")
        .append(ARRAY)
        .append("), then the merge\n");
    s.append("# (").append(MERGE).append(") as a job that starts when every task has succeeded\n");
    s.append(
        "# (--dependency=afterok) and is cancelled if one fails (--kill-on-invalid-dep=yes).\n");
    s.append("# Options given to this script go to both sbatch calls: ")
        .append(SUBMIT)
        .append(" --account=ACCOUNT\n");
    s.append(
        "# sbatch passes on this shell's environment: set JAVA_HOME here to choose the Java.\n");
    s.append("set -euo pipefail\n");
    s.append("array=$(sbatch --parsable \"$@\" ").append(quote(dir.resolve(ARRAY))).append(")\n");
    s.append("array=${array%%;*}  # --parsable prints JOBID or JOBID;CLUSTER\n");
    s.append(
            "merge=$(sbatch --parsable \"$@\" --dependency=afterok:\"$array\""
                + " --kill-on-invalid-dep=yes ")
        .append(quote(dir.resolve(MERGE)))
        .append(")\n");
    s.append("merge=${merge%%;*}\n");
    s.append("echo \"array job $array: ")
        .append(tasks)
        .append(" tasks, logs in ")
        .append(dir.resolve(LOGS))
        .append("\"\n");
    s.append("echo \"merge job $merge: results in ")
        .append(dir.resolve(MERGED))
        .append(" once it has run\"\n");
    s.append(
        "echo \"watch with: squeue -j $array,$merge   (afterwards: sacct -j $array,$merge)\"\n");
    return s.toString();
  }

  private void commonComments(StringBuilder s) {
    s.append("#\n");
    s.append(
        "# Every path here is absolute, so the job runs the same from any folder on any node\n");
    s.append("# that sees this file system. It runs ").append(dir.resolve(JAR)).append(",\n");
    s.append(
        "# a copy of the build that wrote this script, so that every task, a requeued one and\n");
    s.append(
        "# the merge run the same code even if the checkout is rebuilt meanwhile. Nodes need\n");
    s.append(
        "# Java 17 or later, not Maven: $JAVA_HOME/bin/java when JAVA_HOME is set (sbatch"
            + " passes\n");
    s.append(
        "# on the submitting shell's environment), otherwise java on PATH; add the lines your\n");
    s.append("# cluster needs (module load java/17, say) after the #SBATCH lines.\n");
    s.append("# Extra JVM options: CIVICSIM_JAVA_OPTS=-Xmx8g when submitting.\n");
  }

  private void resources(StringBuilder s, boolean cpus) {
    if (partition != null) s.append("#SBATCH --partition=").append(partition).append('\n');
    if (time != null) s.append("#SBATCH --time=").append(time).append('\n');
    if (mem != null) s.append("#SBATCH --mem=").append(mem).append('\n');
    if (cpus && cpusPerTask != null) {
      s.append("#SBATCH --cpus-per-task=").append(cpusPerTask).append('\n');
    }
  }

  private static void java(StringBuilder s) {
    s.append("java=java\n");
    s.append(
        "if [ -n \"${JAVA_HOME:-}\" ] && [ -x \"$JAVA_HOME/bin/java\" ]; then"
            + " java=$JAVA_HOME/bin/java; fi\n");
  }

  private String commitOption() {
    return commit == null ? "" : " " + quote("-Dcivicsim.commit=" + commit);
  }

  /** A Slurm job name from the sweep's name: letters, digits, dot, dash and underscore. */
  String jobName() {
    String n = name.replaceAll("[^A-Za-z0-9_.-]", "_");
    return "civicsim-" + (n.isEmpty() ? "sweep" : n);
  }

  /** {@code text} in single quotes for bash, a quote inside written as {@code '\''}. */
  static String quote(Object text) {
    return "'" + String.valueOf(text).replace("'", "'\\''") + "'";
  }

  /** The problems with the options, as messages naming the option; empty when all are fine. */
  static List<String> problems(String partition, String time, String mem, Integer cpusPerTask) {
    List<String> p = new ArrayList<>();
    if (partition != null && !PARTITION.matcher(partition).matches()) {
      p.add(
          "--partition "
              + partition
              + ": a partition name (letters, digits, . _ -),"
              + " or several separated by commas");
    }
    if (time != null && !TIME.matcher(time).matches()) {
      p.add(
          "--time "
              + time
              + ": not a Slurm time; use minutes, H:MM:SS or D-HH:MM:SS"
              + " (for example 90, 2:00:00 or 1-12:00:00)");
    }
    if (mem != null && !MEM.matcher(mem).matches()) {
      p.add(
          "--mem "
              + mem
              + ": not a Slurm memory size; use a number with K, M, G or T"
              + " (for example 4G)");
    }
    if (cpusPerTask != null && cpusPerTask < 1) {
      p.add("--cpus-per-task must be at least 1, got " + cpusPerTask);
    }
    return p;
  }
}
