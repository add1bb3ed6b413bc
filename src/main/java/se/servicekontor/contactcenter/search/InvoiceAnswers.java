package se.servicekontor.contactcenter.search;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import se.servicekontor.shared.Amount;
import se.servicekontor.shared.OrganisationNumber;

/**
 * Answers about supplier invoices for snabbsök and the suppliers' self-service page, in words an agent can
 * read aloud, from the supplier-invoice module's public lookup only ({@link InvoiceSource}).
 */
@Component
public class InvoiceAnswers {

    /**
     * One invoice as the agent reads it out: whose and which, where it is now (a message key per state and the
     * step in words), since when, the expected payment date, and when stuck why and what the supplier should do.
     * Never the approver's name or an internal comment.
     */
    public record Answer(String organisationNumber, String invoiceNumber, boolean creditNote, BigDecimal payable,
                         LocalDate dueDate, String stateKey, String step, Instant since, LocalDate expectedPayment,
                         String why, String supplierActionKey) {
    }

    /** Where the answers come from: the supplier-invoice module's lookup, adapted (absent until that module has one). */
    public interface InvoiceSource {
        List<Answer> find(OrganisationNumber supplier, String invoiceNumber);
    }

    private final ObjectProvider<InvoiceSource> source;

    InvoiceAnswers(ObjectProvider<InvoiceSource> source) {
        this.source = source;
    }

    List<Answer> answer(SearchQuery query) {
        InvoiceSource invoices = source.getIfAvailable();
        if (invoices == null || query.organisation().isEmpty())
            return List.of();
        List<Answer> answers = new ArrayList<>();
        for (String reference : query.references())
            answers.addAll(invoices.find(query.organisation().get(), reference));
        return answers;
    }

    /**
     * The status a supplier sees on the self-service page, only when organisation number, invoice number and
     * the invoice total (amount due, incl. VAT) all match; otherwise empty, exactly as for an unknown invoice.
     */
    public Optional<Answer> forSupplier(OrganisationNumber supplier, String invoiceNumber, Amount total) {
        InvoiceSource invoices = source.getIfAvailable();
        if (invoices == null)
            return Optional.empty();
        return invoices.find(supplier, invoiceNumber).stream()
                .filter(a -> a.payable() != null && a.payable().compareTo(total.value()) == 0)
                .findFirst();
    }
}
