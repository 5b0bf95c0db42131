#!/usr/bin/env bash
# Which calibrated constants decide the comparison of Lambeth's cooperative council with the
# baseline (docs/validation.md): runs the twin Sobol sweeps scenarios/sweeps/posterior-sobol-*.yaml
# (each constant over its posterior 90% interval, the same design and seeds in both arms) and
# prints the Sobol indices of the difference, Lambeth minus baseline, design point by point.
# Run from the project's root: docs/policy-sobol.sh > /tmp/policy-sobol.md  (THREADS=2 to set)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
out=${OUT:-$(mktemp -d)}
for arm in baseline lambeth; do
  ./civicsim sweep "scenarios/sweeps/posterior-sobol-$arm.yaml" ${THREADS:+--threads "$THREADS"} \
    --out "$out/$arm" --no-report --quiet >/dev/null
done
java -cp target/civicsim.jar docs/PolicySobol.java "$out/baseline" "$out/lambeth" \
  participation_civic:all voice_gini:all voice_share:q1 coverage:all trust_mean:all
