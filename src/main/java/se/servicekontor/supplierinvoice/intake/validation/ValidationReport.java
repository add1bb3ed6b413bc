package se.servicekontor.supplierinvoice.intake.validation;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What intake's validation says about one received document.
 *
 * @param source        the file name (or test name) the document came from
 * @param outcome       valid (warnings allowed), invalid (at least one fatal rule), refused unread, or unknown format
 * @param syntax        the detected syntax; null when refused or unknown
 * @param ruleSet       the rules applied; null when refused or unknown
 * @param findings      every rule that fired, in document order per layer
 * @param reason        for refused / unknown format / skipped layers: why, in Swedish; otherwise null
 * @param duration      time spent in validation (parsing excluded)
 */
public record ValidationReport(String source, Outcome outcome, InvoiceSyntax syntax, RuleSet ruleSet,
                        List<RuleFinding> findings, String reason, Duration duration) {

    public enum Outcome {
        VALID, INVALID, UNKNOWN_FORMAT, REFUSED
    }

    public ValidationReport {
        Objects.requireNonNull(outcome, "outcome");
        findings = List.copyOf(findings);
        duration = duration == null ? Duration.ZERO : duration;
    }

    public static ValidationReport refused(String source, String reason) {
        return new ValidationReport(source, Outcome.REFUSED, null, null, List.of(), reason, Duration.ZERO);
    }

    public static ValidationReport unknownFormat(String source, String reason) {
        return new ValidationReport(source, Outcome.UNKNOWN_FORMAT, null, null, List.of(), reason, Duration.ZERO);
    }

    /** True when the document may go on: no fatal rule fired. Warnings do not block. */
    public boolean passed() {
        return outcome == Outcome.VALID;
    }

    public List<RuleFinding> fatal() {
        return findings.stream().filter(RuleFinding::fatal).toList();
    }

    public List<RuleFinding> warnings() {
        return findings.stream().filter(f -> f.severity() == RuleFinding.Severity.WARNING).toList();
    }
}
