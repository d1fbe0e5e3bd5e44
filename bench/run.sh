#!/usr/bin/env bash
# Builds and runs the Kundportal benchmarks (see docs/performance.md).
#   bench/run.sh                  all JMH benchmarks, then the 1,000-waiting-executions heap check
#   bench/run.sh CallbackLatency  only the JMH benchmarks matching a pattern (plus the heap check)
# Extra JMH options can follow the pattern, e.g. bench/run.sh PassChoiceLoop -p queryLanguage=JSONata
#   bench/run.sh coldstart [options]   the functions' cold starts against the local runtime's stand-ins
#       --rounds N (20) --prime-rounds N (5) --only REGEX --task FunctionId --appcds REGEX --no-classes
#   bench/run.sh load [ORDERS [APPLICATIONS [THREADS]]]   concurrency and load through the local gateway
#       (ConcurrencyIT at full size: 200 orders, 50 applications, 64 client threads; see docs/reliability.md)
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

if [ "${1:-}" = load ]; then
  orders="${2:-200}" applications="${3:-50}" threads="${4:-64}"
  mkdir -p bench/target/results
  report="$PWD/bench/target/results/load.txt"
  rm -f "$report"
  # The CI test at full size: every check still holds (each order attested once, each workflow woken once, every
  # onboarding complete), and the figures go to the report. The waits for mails and workflows may take up to five
  # minutes rather than 20 s (a bound against hanging, not a speed target).
  mvn -q -B -pl local -am verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false \
      -Dfailsafe.failIfNoSpecifiedTests=false -Dit.test=ConcurrencyIT \
      -Dkundportal.concurrency.orders="$orders" -Dkundportal.concurrency.applications="$applications" \
      -Dkundportal.concurrency.threads="$threads" -Dkundportal.concurrency.report="$report" \
      -Dkundportal.patience.seconds=300
  cat "$report"
  exit 0
fi

mvn -q -B -Pbench -pl local,bench package -DskipTests

mkdir -p bench/target/results
java -jar bench/target/benchmarks.jar "$@" -rf json -rff bench/target/results/jmh.json \
    | tee bench/target/results/jmh.txt

# Fixed -Xmx256m: the point is to show that 1,000 waiting executions fit in a small local runtime.
java -Xmx256m -cp bench/target/benchmarks.jar se.inera.kundportal.bench.WaitingExecutionsFootprint 1000 \
    | tee bench/target/results/footprint.txt
