#!/usr/bin/env bash
# Runs every benchmark the project has and writes target/bench/results.csv, one row per workload:
#   workload,size,seconds,rate_per_s,baseline_seconds,ratio,target,met
# Benchmarks never decide ./mvnw verify's pass or fail; this is the command that runs them.
#
#   batch-jobs/run/bench.sh [--quick]
#
# --quick runs a tenth of each size (and fewer repetitions): under 5 minutes on a 2-core machine.
# Needs PostgreSQL on 127.0.0.1:5432 like the tests. Extra Maven options: MAVEN_OPTS / BENCH_ARGS="-Dbench.employees=…".
set -euo pipefail
cd "$(dirname "$0")/../.."

sizes=()
if [ "${1:-}" = "--quick" ]; then
    sizes=(-Dbench.employees=5000 -Dbench.attempts=5 -Dbench.invoices=1000)
elif [ $# -gt 0 ]; then
    echo "Användning: $0 [--quick]" >&2
    exit 2
fi

rm -f target/bench/results.csv
# shellcheck disable=SC2086
./mvnw -B -q test -Dbench=true -Dtest='**/bench/*Benchmark' -Dsurefire.failIfNoSpecifiedTests=false \
    "${sizes[@]}" ${BENCH_ARGS:-}
echo
echo "Resultat: target/bench/results.csv"
column -s, -t target/bench/results.csv 2>/dev/null || cat target/bench/results.csv
