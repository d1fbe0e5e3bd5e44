#!/usr/bin/env bash
# The full bad-input fuzz through the local gateway (see docs/reliability.md):
#   bench/fuzz.sh                 10,000 requests, a seed chosen from the clock (printed)
#   bench/fuzz.sh 20000 42        20,000 requests from seed 42 (the same seed makes the same requests)
# It runs local's BadInputIT (the one CI runs with a fixed seed and a few hundred cases) against a fresh local
# runtime and prints: requests tried / 5xx / partial writes / other failures, then the first failures in full.
set -euo pipefail
cd "$(dirname "$0")/.."

count="${1:-10000}"
seed="${2:-$(date +%s)}"
mkdir -p bench/target/results
out=bench/target/results/fuzz-$seed.txt

echo "Bad-input fuzz: $count requests, seed $seed (log: $out)"
status=0
mvn -B -o -pl local -am verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false \
    -Dfailsafe.failIfNoSpecifiedTests=false -Dit.test=BadInputIT \
    -Dkundportal.fuzz.count="$count" -Dkundportal.fuzz.seed="$seed" >"$out" 2>&1 || status=$?
grep -a -E '^Bad-input fuzz|^seed |^    ' "$out" | head -120 || true
exit "$status"
