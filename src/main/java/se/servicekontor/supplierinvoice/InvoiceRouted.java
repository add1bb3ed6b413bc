package se.servicekontor.supplierinvoice;

import java.time.Instant;
import java.util.Objects;

import se.servicekontor.organization.CostCentreCode;

/** A received invoice was routed to a cost centre and its reviewer (by the routing table or by hand). */
public record InvoiceRouted(InvoiceId invoice, CostCentreCode costCentre, String reviewer, String routedBy, Instant routedAt) {

    public InvoiceRouted {
        Objects.requireNonNull(invoice, "invoice");
        Objects.requireNonNull(costCentre, "costCentre");
        Objects.requireNonNull(routedAt, "routedAt");
    }
}
