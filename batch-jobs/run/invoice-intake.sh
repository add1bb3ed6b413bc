#!/usr/bin/env bash
# Runs invoiceIntakeJob once in the built application, without its web server: picks up every file in the
# inbox folder (servicekontor.invoice.inbox, default ./data/inbox, or the FOLDER given), receives, rejects
# or queues each exactly once, and prints the outcome line and every rejected file with its reason.
#
#   batch-jobs/run/invoice-intake.sh [FOLDER]
#
# Uses the same database as the application: the embedded H2 under ./data by default, PostgreSQL when
# SPRING_DATASOURCE_URL / SPRING_DATASOURCE_USERNAME / SPRING_DATASOURCE_PASSWORD are set.
# Exit status: 0 the run completed, 1 it failed or was stopped (restart it from Körningar), 2 wrong use.
# Build first: ./mvnw -B package -DskipTests     Extra JVM options: JAVA_OPTS="-Xmx1g" …
set -euo pipefail

inbox=()
if [ $# -ge 1 ]; then
    if [ ! -d "$1" ]; then
        echo "Användning: $0 [INKORGSMAPP]   (mappen måste finnas)" >&2
        exit 2
    fi
    inbox=("--servicekontor.invoice.inbox=$(cd "$1" && pwd)")
    shift
fi

cd "$(dirname "$0")/../.."
jar="$(ls target/servicekontor-*.jar 2>/dev/null | head -n 1 || true)"
if [ -z "$jar" ]; then
    echo "Hittar ingen target/servicekontor-*.jar. Bygg först: ./mvnw -B package -DskipTests" >&2
    exit 2
fi

# shellcheck disable=SC2086
exec java ${JAVA_OPTS:-} -jar "$jar" \
    --spring.main.web-application-type=none \
    --servicekontor.cli.invoice-intake=true \
    --servicekontor.invoice.intake.schedule=- \
    "${inbox[@]}" "$@"
