#!/usr/bin/env bash
# The table "The scenario library at year 10" of docs/validation.md: runs every scenario in
# scenarios/*.yaml except england.yaml (46 million residents), three replicates of its own
# steps, and prints one Markdown row per scenario of the final-step mean and 95% half-width
# (half of ci_high - ci_low in summary.csv). Run from the project's root:
#   docs/library-at-year-10.sh > /tmp/library.md
# Set REPLICATES or THREADS to change the replicates or the threads (default: all processors).
# With POSTERIOR=data/calibration/posterior.csv (and DRAWS, default 10) each scenario runs over
# that many posterior draws, each with REPLICATES replicates, and the half-width is half the 95%
# posterior interval (the constants' uncertainty with the replicates' noise).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
replicates=${REPLICATES:-3}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

columns=(participation_any:q1 participation_any:q5 participation_civic:all voice_gini:all
  voice_share:q1 coverage:all coverage_gap:all services_closed:all services_community:all
  groups_active:all trust_mean:all pb_turnout:all)

header="| scenario |"
rule="| --- |"
for c in "${columns[@]}"; do
  header="$header ${c%%:*} ${c##*:} |"
  rule="$rule --- |"
done
echo "$header"
echo "$rule"

# The baseline first, then the others in name order.
for file in scenarios/baseline.yaml $(ls scenarios/*.yaml | grep -v -e '/baseline.yaml$' -e '/england.yaml$'); do
  name=$(basename "$file" .yaml)
  ./civicsim run "$file" --replicates "$replicates" ${THREADS:+--threads "$THREADS"} \
    ${POSTERIOR:+--posterior "$POSTERIOR" --draws "${DRAWS:-10}"} \
    --out "$tmp/$name" --quiet >/dev/null
  awk -F, -v cols="${columns[*]}" -v name="$name" '
    NR > 1 { mean[$2 ":" $3] = $4; half[$2 ":" $3] = ($7 - $6) / 2 }
    END {
      n = split(cols, c, " ")
      row = "| " name " |"
      for (k = 1; k <= n; k++) {
        counted = c[k] ~ /^(services_|groups_)/
        row = row sprintf(counted ? " %.1f ± %.1f |" : " %.3f ± %.3f |", mean[c[k]], half[c[k]])
      }
      print row
    }' "$tmp/$name/summary.csv"
done
