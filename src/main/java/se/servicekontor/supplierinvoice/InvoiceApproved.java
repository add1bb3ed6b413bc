package se.servicekontor.supplierinvoice;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import se.servicekontor.shared.OrganisationNumber;

/**
 * Beslutsattest given: the invoice is approved for payment on its due date and for posting with its coding.
 * Published once per invoice, inside the approving transaction. Supplier payments and the ledger start here.
 *
 * @param supplierOrganisationNumber null for a supplier without a Swedish organisation number
 * @param currency                   the document's currency (ISO 4217)
 * @param total                      amount including VAT, negative on a credit note
 * @param payable                    amount to pay (BT-115), negative on a credit note
 * @param vat                        VAT amount, negative on a credit note
 * @param coding                     the coding lines; their amounts add up to the amount excluding VAT
 */
public record InvoiceApproved(InvoiceId invoice, SupplierId supplier, OrganisationNumber supplierOrganisationNumber,
                              String invoiceNumber, boolean creditNote, LocalDate issueDate, LocalDate dueDate,
                              String currency, BigDecimal total, BigDecimal vat, BigDecimal payable,
                              List<CodingLine> coding, String reviewedBy, String approvedBy, Instant approvedAt) {

    public InvoiceApproved {
        Objects.requireNonNull(invoice, "invoice");
        Objects.requireNonNull(invoiceNumber, "invoiceNumber");
        Objects.requireNonNull(payable, "payable");
        coding = List.copyOf(coding);
        Objects.requireNonNull(approvedBy, "approvedBy");
        Objects.requireNonNull(approvedAt, "approvedAt");
    }
}
