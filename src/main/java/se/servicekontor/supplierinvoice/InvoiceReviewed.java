package se.servicekontor.supplierinvoice;

import java.time.Instant;
import java.util.Objects;

/** Granskningsattest given: delivery and price confirmed; the invoice waits for the decision (beslutsattest). */
public record InvoiceReviewed(InvoiceId invoice, String reviewedBy, Instant reviewedAt, String nextApprover) {

    public InvoiceReviewed {
        Objects.requireNonNull(invoice, "invoice");
        Objects.requireNonNull(reviewedBy, "reviewedBy");
        Objects.requireNonNull(reviewedAt, "reviewedAt");
    }
}
