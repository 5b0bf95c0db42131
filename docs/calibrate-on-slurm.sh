#!/usr/bin/env bash
# Runs `civicsim calibrate` on a Slurm cluster: each round of the calibration goes out as a job
# array of N tasks (`calibrate --shard I/N`, each running every N-th point of the round), and this
# node then takes the round up (`calibrate --resume --rounds 1`), until posterior.csv is written.
# The posterior is byte-identical to the same calibration on one machine (SlurmIT).
#
#   docs/calibrate-on-slurm.sh DIR N [calibrate options, such as --seed 1 --simulations 4000]
#
# DIR must be on a file system every node sees; the jar is copied there first (CIVICSIM_JAR, by
# default target/civicsim.jar), so that a rebuild cannot change the code half way. Run it again
# after an interruption: finished rounds and points are kept. SBATCH_OPTS adds options to every
# array, for example SBATCH_OPTS="--partition=short --time=30 --mem=2G". Tasks run Java from
# JAVA_HOME when set (sbatch passes the environment on), otherwise the first java on the PATH.
set -euo pipefail
if [ $# -lt 2 ]; then
  echo "usage: $0 DIR N [calibrate options]   (see the comment at the top of this file)" >&2
  exit 2
fi
dir=$(realpath -m "$1")
tasks=$2
shift 2
case $tasks in '' | *[!0-9]* | 0) echo "N must be a whole number of array tasks, got '$tasks'" >&2; exit 2 ;; esac
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
mkdir -p "$dir/logs"
[ -f "$dir/civicsim.jar" ] || cp "${CIVICSIM_JAR:-$root/target/civicsim.jar}" "$dir/civicsim.jar"
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
options=$(printf ' %q' "$@")
# One thread a task, as each asks for one processor, unless the options say otherwise.
case " $* " in *" --threads "*) ;; *) options="$options --threads 1" ;; esac
round=0
until [ -f "$dir/posterior.csv" ]; do
  round=$((round + 1))
  # shellcheck disable=SC2086 # SBATCH_OPTS is a list of options
  sbatch --wait --parsable --job-name=calibrate --array="1-$tasks" --cpus-per-task=1 \
    --output="$dir/logs/round-$round-%a.out" ${SBATCH_OPTS:-} \
    --wrap "$java -jar $dir/civicsim.jar calibrate$options --out $dir --shard \$SLURM_ARRAY_TASK_ID/$tasks" \
    >/dev/null
  "$java" -jar "$dir/civicsim.jar" calibrate "$@" --out "$dir" --resume --rounds 1 \
    >>"$dir/logs/take-up.out" 2>&1
  echo "round $round taken up ($tasks tasks)"
done
echo "posterior written: $dir/posterior.csv"
