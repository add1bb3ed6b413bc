package se.servicekontor.supplierinvoice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** Ekonomicenter returned the invoice to the supplier (e.g. no valid reference): it will not be paid. */
public record InvoiceReturned(InvoiceId invoice, LocalDate returnedOn, String reason, String returnedBy, Instant at) {

    public InvoiceReturned {
        Objects.requireNonNull(invoice, "invoice");
        Objects.requireNonNull(returnedOn, "returnedOn");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(returnedBy, "returnedBy");
    }
}
