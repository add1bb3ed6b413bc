#!/usr/bin/env bash
# Imports a time report (deviations: absence, overtime, OB, hours, one-off amounts) from an Excel
# workbook (sheet Tidrapport) or a CSV file by running timeReportImportJob in the built application,
# without its web server.
#
#   batch-jobs/run/time-report-import.sh TIDRAPPORT.csv|TIDRAPPORT.xlsx
#
# Uses the same database as the application: the embedded H2 under ./data by default, PostgreSQL when
# SPRING_DATASOURCE_URL / SPRING_DATASOURCE_USERNAME / SPRING_DATASOURCE_PASSWORD are set.
# Prints the outcome and the skipped rows; exits 0 when the run completed, 1 when it failed or the
# file was refused, 2 on wrong use. Build first: ./mvnw -B package -DskipTests
set -euo pipefail

if [ $# -lt 1 ] || [ ! -f "$1" ]; then
    echo "Användning: $0 TIDRAPPORT.csv|.xlsx   (filen måste finnas)" >&2
    exit 2
fi
report="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
shift

cd "$(dirname "$0")/../.."
jar="$(ls target/servicekontor-*.jar 2>/dev/null | head -n 1 || true)"
if [ -z "$jar" ]; then
    echo "Hittar ingen target/servicekontor-*.jar. Bygg först: ./mvnw -B package -DskipTests" >&2
    exit 2
fi

exec java ${JAVA_OPTS:-} -jar "$jar" \
    --spring.main.web-application-type=none \
    --servicekontor.cli.time-report-import="$report" \
    "$@"
