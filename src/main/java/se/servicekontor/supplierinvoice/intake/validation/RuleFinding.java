package se.servicekontor.supplierinvoice.intake.validation;

import java.util.Objects;

/**
 * One rule that fired on a document: its id (e.g. {@code SE-R-003}, {@code BR-CO-15}, or {@code XSD}
 * for a schema error), the message (Swedish where the message table has one, otherwise the rule's
 * English text) and where in the document (an XPath for schematron rules, line and column for XSD).
 */
public record RuleFinding(Severity severity, String ruleId, String message, String location) {

    public enum Severity {
        /** Blocks the invoice ("fatal" in the schematron, any XSD error). */
        FATAL,
        /** Kept and shown, does not block. */
        WARNING,
        /** Notes from the rule set; never block. */
        INFORMATION
    }

    public RuleFinding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(ruleId, "ruleId");
        message = message == null ? "" : message;
        location = location == null ? "" : location;
    }

    public boolean fatal() {
        return severity == Severity.FATAL;
    }
}
