#!/usr/bin/env bash
# Builds and runs the Kundportal benchmarks (see docs/performance.md).
#   bench/run.sh                  all JMH benchmarks, then the 1,000-waiting-executions heap check
#   bench/run.sh CallbackLatency  only the JMH benchmarks matching a pattern (plus the heap check)
# Extra JMH options can follow the pattern, e.g. bench/run.sh PassChoiceLoop -p queryLanguage=JSONata
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -q -B -Pbench -pl local,bench package -DskipTests

mkdir -p bench/target/results
java -jar bench/target/benchmarks.jar "$@" -rf json -rff bench/target/results/jmh.json \
    | tee bench/target/results/jmh.txt

# Fixed -Xmx256m: the point is to show that 1,000 waiting executions fit in a small local runtime.
java -Xmx256m -cp bench/target/benchmarks.jar se.inera.kundportal.bench.WaitingExecutionsFootprint 1000 \
    | tee bench/target/results/footprint.txt
