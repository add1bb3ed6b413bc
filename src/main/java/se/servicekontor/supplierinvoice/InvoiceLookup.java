package se.servicekontor.supplierinvoice;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import se.servicekontor.shared.OrganisationNumber;

/**
 * Where a supplier invoice stands, for other modules (Kundcenter answers suppliers from this alone): the status,
 * the step and since when, the expected payment date, and the reason when it is stuck.
 */
public interface InvoiceLookup {

    Optional<InvoiceStatus> find(InvoiceId id);

    /** The supplier's invoices (and credit notes) with this number, newest first; duplicates included and marked. */
    List<InvoiceStatus> find(OrganisationNumber supplier, String invoiceNumber);

    /** Where an invoice is in its life. */
    enum Status {
        /** Received, not yet routed (routing follows within seconds). */
        RECEIVED,
        /** A copy of an earlier invoice: never paid twice. */
        DUPLICATE,
        /** A PDF that waits for manual registration, or an oversized invoice set aside. */
        MANUAL_HANDLING,
        /** No or unknown reference: Ekonomicenter routes it by hand or returns it. */
        UNROUTABLE,
        AWAITING_REVIEW,
        AWAITING_DECISION,
        APPROVED,
        /** Rejected by an approver, back with Ekonomicenter. */
        REJECTED,
        RETURNED_TO_SUPPLIER
    }

    /**
     * @param step                in Swedish, e.g. "hos granskare (granskningsattest)"
     * @param since               when the invoice reached this status
     * @param expectedPaymentDate the bank day it is expected to be paid, or null when it will not be (yet)
     * @param stuckReason         in Swedish, or null when nothing holds it up
     * @param returnedOn          the day it was returned to the supplier, or null
     */
    record InvoiceStatus(InvoiceId id, String invoiceNumber, boolean creditNote, String currency, BigDecimal payable,
                         LocalDate dueDate, Status status, String step, Instant since, LocalDate expectedPaymentDate,
                         String stuckReason, LocalDate returnedOn) {
    }
}
