package se.servicekontor.supplierinvoice.approval;

import java.time.Clock;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import se.servicekontor.platform.audit.AuditTrail;
import se.servicekontor.supplierinvoice.InvoiceId;
import se.servicekontor.supplierinvoice.SupplierId;
import se.servicekontor.supplierinvoice.intake.InvoiceReceived;
import se.servicekontor.supplierinvoice.intake.ReceivedInvoice;
import se.servicekontor.supplierinvoice.intake.ReceivedInvoices;

/**
 * Routes every received invoice when intake says it arrived (no polling): the routing table names the cost
 * centre and reviewer, or the invoice goes to the exception queue with the reason. Once per invoice: a replayed
 * event finds the case already there.
 */
@Component
class InvoiceRouting {

    private final ReceivedInvoices received;
    private final InvoiceCases cases;
    private final RoutingTable routes;
    private final AuditTrail audit;
    private final Clock clock;

    InvoiceRouting(ReceivedInvoices received, InvoiceCases cases, RoutingTable routes, AuditTrail audit, Clock clock) {
        this.received = received;
        this.cases = cases;
        this.routes = routes;
        this.audit = audit;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(InvoiceReceived event) {
        route(event.invoiceId());
    }

    /** Creates the invoice's case, routed or unroutable; nothing when it exists or the invoice is no original. */
    void route(long invoiceId) {
        if (cases.existsById(invoiceId)) {
            return;
        }
        ReceivedInvoice invoice = received.find(invoiceId).orElse(null);
        if (invoice == null || invoice.status() != ReceivedInvoice.Status.RECEIVED || invoice.invoiceNumber() == null) {
            return;
        }
        var now = clock.instant();
        InvoiceCase.Facts facts = facts(invoice, now);
        RoutingTable.Decision decision = routes.decide(invoice.buyerReference(), invoice.orderReference(),
                invoice.supplierOrganisationNumber());
        InvoiceCase c = decision.route() == null
                ? InvoiceCase.unroutable(facts, decision.unroutableReason(), now)
                : InvoiceCase.routed(facts, decision.route().costCentre(), decision.route().reviewer(), AuditTrail.SYSTEM, now);
        cases.save(c);
        audit.record(AuditTrail.SYSTEM, "supplierinvoice.invoice.routed", "faktura " + invoiceId, null,
                decision.route() == null ? "ostyrd: " + decision.unroutableReason() : decision.route().describe());
    }

    static InvoiceCase.Facts facts(ReceivedInvoice i, java.time.Instant receivedAt) {
        return new InvoiceCase.Facts(new InvoiceId(i.id()), i.supplierId() == null ? null : new SupplierId(i.supplierId()),
                i.supplierOrganisationNumber(), i.invoiceNumber(), i.creditNote(), i.issueDate(), i.dueDate(), i.currency(),
                i.net() != null ? i.net() : i.lineNet(), i.vat(), i.total(), i.payable(),
                i.receivedAt() != null ? i.receivedAt() : receivedAt);
    }
}
