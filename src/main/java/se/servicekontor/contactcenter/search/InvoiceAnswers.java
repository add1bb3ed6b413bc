package se.servicekontor.contactcenter.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import se.servicekontor.shared.Amount;
import se.servicekontor.shared.OrganisationNumber;

/**
 * Answers about supplier invoices for snabbsök, in words an agent can read aloud, from the supplier-invoice
 * module's public {@code InvoiceLookup} only.
 */
@Component
public class InvoiceAnswers {

    /**
     * One invoice as the agent reads it out: who sent it, when it came in, where it is now (a message key
     * with its arguments), the expected payment date, and when stuck why and what the supplier should do.
     */
    public record Answer(String supplierName, String organisationNumber, String invoiceNumber, LocalDate receivedOn,
                  String channel, String stateKey, List<Object> stateArgs, LocalDate expectedPayment,
                  String whyKey, List<Object> whyArgs, String supplierActionKey) {
    }

    List<Answer> answer(SearchQuery query) {
        return List.of();
    }

    /**
     * The status a supplier sees on the self-service page, only when organisation number, invoice number and
     * the invoice total (amount due, incl. VAT) all match; otherwise empty, exactly as for an unknown invoice.
     */
    public Optional<Answer> forSupplier(OrganisationNumber supplier, String invoiceNumber, Amount total) {
        return Optional.empty();
    }
}
