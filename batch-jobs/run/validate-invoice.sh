#!/usr/bin/env bash
# Validates e-invoice files the way supplier-invoice intake does: XSD + EN 16931 + Peppol BIS 3 (with the
# Swedish SE-R rules) for UBL, EN 16931 for CII and for UBL whose CustomizationID (BT-24) is plain
# urn:cen.eu:en16931:2017. Runs on the built jar; no database, no Spring context.
#
#   batch-jobs/run/validate-invoice.sh [--en16931] [--timing] FILE…
#
# Prints per file "PASS|FAIL <file>" and per fired rule "  <FATAL|WARNING> <rule-id> <message> (<xpath>)".
# A VEFA testSet file (the official rule tests) is validated test by test (schematron only, fragments
# are not XSD-valid): "PASS|FAIL <file>#<n>" is the validation result, not the expected outcome.
# Not validated at all: "  FATAL REFUSED|UNKNOWN-FORMAT|NOT-CHECKED <reason>".
# --en16931  validate with the CEN EN 16931 rules instead of Peppol (e.g. CEN's own examples)
# --timing   print the time of the first document (loads the rules) and the mean of the rest to stderr
# Exit status: 0 every document passed, 1 at least one failed or was refused, 2 wrong usage / no jar.
# Build the jar first: ./mvnw -q -DskipTests package    Extra JVM options: JAVA_OPTS="-Xmx1g" …
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
shopt -s nullglob
jars=("$root"/target/servicekontor-*.jar)
if [ "${#jars[@]}" -ne 1 ]; then
    echo "Hittar inte exakt en jar i $root/target (${#jars[@]} st). Bygg först: ./mvnw -q -DskipTests package" >&2
    exit 2
fi

# PropertiesLauncher (Spring Boot 4: org.springframework.boot.loader.launch) runs loader.main
# with the jar's BOOT-INF/lib on the class path instead of starting the application.
# shellcheck disable=SC2086
exec java ${JAVA_OPTS:-} \
    -Dloader.main=se.servicekontor.supplierinvoice.intake.validation.ValidateInvoiceCommand \
    -cp "${jars[0]}" org.springframework.boot.loader.launch.PropertiesLauncher "$@"
