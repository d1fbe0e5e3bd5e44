#!/usr/bin/env bash
# Builds and runs the Kundportal benchmarks (see docs/performance.md).
#   bench/run.sh                  all JMH benchmarks, then the 1,000-waiting-executions heap check
#   bench/run.sh CallbackLatency  only the JMH benchmarks matching a pattern (plus the heap check)
# Extra JMH options can follow the pattern, e.g. bench/run.sh PassChoiceLoop -p queryLanguage=JSONata
#   bench/run.sh coldstart [options]   the functions' cold starts against the local runtime's stand-ins
#       --rounds N (20) --prime-rounds N (5) --only REGEX --task FunctionId --appcds REGEX --no-classes
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${1:-}" = coldstart ]; then
  shift
  # The functions' shaded jar, the probe jar and the Lambda libraries it runs with, the local runtime for the stand-ins.
  mvn -q -B -Pbench -pl bench -am package -DskipTests
  mkdir -p bench/target/results/coldstart
  java -cp bench/target/benchmarks.jar se.inera.kundportal.bench.coldstart.ColdStartBenchmark "$@" \
      | tee bench/target/results/coldstart/coldstart.txt
  exit 0
fi

mvn -q -B -Pbench -pl local,bench package -DskipTests

mkdir -p bench/target/results
java -jar bench/target/benchmarks.jar "$@" -rf json -rff bench/target/results/jmh.json \
    | tee bench/target/results/jmh.txt

# Fixed -Xmx256m: the point is to show that 1,000 waiting executions fit in a small local runtime.
java -Xmx256m -cp bench/target/benchmarks.jar se.inera.kundportal.bench.WaitingExecutionsFootprint 1000 \
    | tee bench/target/results/footprint.txt
