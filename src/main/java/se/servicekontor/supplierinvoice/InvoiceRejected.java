package se.servicekontor.supplierinvoice;

import java.time.Instant;
import java.util.Objects;

/** An approver rejected the invoice with a comment: it is back with Ekonomicenter. */
public record InvoiceRejected(InvoiceId invoice, String rejectedBy, String comment, Instant rejectedAt) {

    public InvoiceRejected {
        Objects.requireNonNull(invoice, "invoice");
        Objects.requireNonNull(rejectedBy, "rejectedBy");
        Objects.requireNonNull(comment, "comment");
        Objects.requireNonNull(rejectedAt, "rejectedAt");
    }
}
