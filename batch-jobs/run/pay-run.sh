#!/usr/bin/env bash
# Runs a pay run (payRunJob) for a payment month in the built application, without its web server:
# a preliminary run (default) or the final run. The same rules as the wizard apply (no final run while
# the preliminary has errors; nothing in a locked month). Release is done in Lönecenter → Lönekörning
# by a second officer (four-eyes).
#
#   batch-jobs/run/pay-run.sh 2026-11 [preliminär|slutlig]
#
# Uses the same database as the application: the embedded H2 under ./data by default, PostgreSQL when
# SPRING_DATASOURCE_URL / SPRING_DATASOURCE_USERNAME / SPRING_DATASOURCE_PASSWORD are set.
# Prints the outcome and the error list by code; exits 0 when the run is calculated, 1 when it failed or
# was refused, 2 on wrong use. Build first: ./mvnw -B package -DskipTests
set -euo pipefail

if [ $# -lt 1 ] || ! [[ "$1" =~ ^[0-9]{4}-[0-9]{2}$ ]]; then
    echo "Användning: $0 ÅÅÅÅ-MM [preliminär|slutlig]" >&2
    exit 2
fi
period="$1"
kind="${2:-preliminär}"
shift
[ $# -gt 0 ] && shift

cd "$(dirname "$0")/../.."
jar="$(ls target/servicekontor-*.jar 2>/dev/null | head -n 1 || true)"
if [ -z "$jar" ]; then
    echo "Hittar ingen target/servicekontor-*.jar. Bygg först: ./mvnw -B package -DskipTests" >&2
    exit 2
fi

exec java ${JAVA_OPTS:-} -jar "$jar" \
    --spring.main.web-application-type=none \
    --servicekontor.cli.pay-run="$period" \
    --servicekontor.cli.pay-run-kind="$kind" \
    "$@"
