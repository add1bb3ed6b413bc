#!/usr/bin/env bash
# Lists and fetches the files the office produced (payment files, bank answers, SIE exports, payslips, AGI),
# from the archive of the built application, without its web server.
#
#   batch-jobs/run/archive.sh list [--kind KIND] [--period YYYY-MM]   prints "id kind period sha256 filename" per file
#   batch-jobs/run/archive.sh get ID DIR                              writes file ID into DIR, its SHA-256 checked
#
# Uses the same database and storage directory as the application: the embedded H2 under ./data by default,
# PostgreSQL when SPRING_DATASOURCE_URL / _USERNAME / _PASSWORD are set (and SERVICEKONTOR_STORAGE_DIRECTORY).
# Exit status: 0 done, 1 not found or checksum mismatch, 2 wrong use.
# Build first: ./mvnw -B package -DskipTests     Extra JVM options: JAVA_OPTS="-Xmx512m" …
set -euo pipefail

if [ $# -lt 1 ] || { [ "$1" != list ] && [ "$1" != get ]; }; then
    echo "Användning: $0 list [--kind TYP] [--period ÅÅÅÅ-MM] | $0 get ID MAPP" >&2
    exit 2
fi
args=("$@")
if [ "$1" = get ]; then
    if [ $# -ne 3 ]; then
        echo "Användning: $0 get ID MAPP" >&2
        exit 2
    fi
    mkdir -p "$3"
    args=(get "$2" "$(cd "$3" && pwd)")
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
    --spring.main.banner-mode=off \
    --logging.level.root=WARN \
    --servicekontor.cli.archive=true \
    --servicekontor.invoice.intake.schedule=- \
    --archive-arguments "${args[@]}"
