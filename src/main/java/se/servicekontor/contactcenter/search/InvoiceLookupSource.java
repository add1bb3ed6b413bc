package se.servicekontor.contactcenter.search;

import java.util.List;

import org.springframework.stereotype.Component;

import se.servicekontor.contactcenter.search.InvoiceAnswers.Answer;
import se.servicekontor.shared.OrganisationNumber;
import se.servicekontor.supplierinvoice.InvoiceLookup;
import se.servicekontor.supplierinvoice.InvoiceLookup.InvoiceStatus;

/** Snabbsök's invoice answers from the supplier-invoice module's public {@link InvoiceLookup}, nothing else. */
@Component
class InvoiceLookupSource implements InvoiceAnswers.InvoiceSource {

    private final InvoiceLookup invoices;

    InvoiceLookupSource(InvoiceLookup invoices) {
        this.invoices = invoices;
    }

    @Override
    public List<Answer> find(OrganisationNumber supplier, String invoiceNumber) {
        return invoices.find(supplier, invoiceNumber).stream().map(s -> answer(supplier, s)).toList();
    }

    static Answer answer(OrganisationNumber supplier, InvoiceStatus s) {
        String action = switch (s.status()) {
            case UNROUTABLE, RETURNED_TO_SUPPLIER -> "cc.action.reference";
            case REJECTED -> "cc.action.contact";
            default -> null;
        };
        return new Answer(supplier.toString(), s.invoiceNumber(), s.creditNote(), s.payable(), s.dueDate(),
                "cc.state." + s.status().name(), s.step(), s.since(), s.expectedPaymentDate(), s.stuckReason(), action);
    }
}
