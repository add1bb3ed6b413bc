#!/usr/bin/env bash
# Imports Skatteverket's monthly tax-table file ("Allmänna skattetabeller, månadslön") for a year into the
# reference data of the built application, without its web server. Every line is checked before anything is
# stored (line length and kind, tables and columns complete, income ranges contiguous, the open top row, tax
# not decreasing); a refusal names the line. Prints sample lookups beside last year's.
#
#   batch-jobs/run/reference-data-import.sh tax-tables FILE [YEAR] [--activate]
#
# YEAR defaults to the last 20xx in the file name. Without --activate the file is stored as a proposal for an
# administrator to review and activate in Administration → Referensdata; the same file again changes nothing.
# Uses the same database as the application: the embedded H2 under ./data by default, PostgreSQL when
# SPRING_DATASOURCE_URL / _USERNAME / _PASSWORD are set.
# Exit status: 0 done, 1 refused (the line is printed), 2 wrong use.
# Build first: ./mvnw -B package -DskipTests     Extra JVM options: JAVA_OPTS="-Xmx512m" …
set -euo pipefail

if [ $# -lt 2 ] || [ "$1" != tax-tables ]; then
    echo "Användning: $0 tax-tables FIL [ÅR] [--activate]" >&2
    exit 2
fi
if [ ! -r "$2" ]; then
    echo "Kan inte läsa filen $2" >&2
    exit 2
fi
args=("$@")
args[1]="$(cd "$(dirname "$2")" && pwd)/$(basename "$2")"

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
    --servicekontor.cli.reference-data-import=true \
    --servicekontor.invoice.intake.schedule=- \
    --reference-data-arguments "${args[@]}"
