package se.servicekontor.supplierinvoice.intake;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An invoice or credit note in the Inkorg as stored: amounts signed (a credit note's negative), in the
 * document's currency. Duplicates point to their original; a plain PDF (MANUAL) or a quarantined invoice may
 * lack the header.
 */
public record ReceivedInvoice(long id, long receivedFileId, Status status, Long duplicateOf, Long supplierId,
                              String supplierName, String supplierOrganisationNumber, boolean supplierBankReview,
                              String sourceFormat, boolean creditNote, String typeCode, String invoiceNumber,
                              LocalDate issueDate, LocalDate dueDate, String currency, String buyerReference,
                              String orderReference, String sellerName, BigDecimal lineNet, BigDecimal allowances,
                              BigDecimal charges, BigDecimal net, BigDecimal vat, BigDecimal vatAccountingCurrency,
                              BigDecimal total, BigDecimal prepaid, BigDecimal rounding, BigDecimal payable, Integer lineCount,
                              String ruleSet, String note, String fileName, String sha256, Instant receivedAt,
                              List<Vat> vatBreakdown) {

    /** Where an invoice stands in intake. */
    public enum Status {
        /** Received and valid: goes on to routing and approval. */
        RECEIVED,
        /** The same file, or the same supplier + number + kind + amount, as an earlier invoice: never routed. */
        DUPLICATE,
        /** A PDF without an e-invoice inside: waits for manual registration. */
        MANUAL,
        /** More lines than the batch limit: set aside for separate processing. */
        QUARANTINED
    }

    /** One VAT category and rate of the invoice, signed like it. */
    public record Vat(String category, BigDecimal rate, BigDecimal taxableAmount, BigDecimal taxAmount, String exemptionReason) {

        /** "25 %" or the category when there is no rate. */
        public String label() {
            if (rate == null) {
                return category;
            }
            return rate.stripTrailingZeros().toPlainString().replace('.', ',') + "\u00a0%" + ("S".equals(category) ? "" : " (" + category + ")");
        }
    }

    public ReceivedInvoice withVat(List<Vat> breakdown) {
        return new ReceivedInvoice(id, receivedFileId, status, duplicateOf, supplierId, supplierName, supplierOrganisationNumber,
                supplierBankReview, sourceFormat, creditNote, typeCode, invoiceNumber, issueDate, dueDate, currency,
                buyerReference, orderReference, sellerName, lineNet, allowances, charges, net, vat, vatAccountingCurrency, total,
                prepaid, rounding, payable, lineCount, ruleSet, note, fileName, sha256, receivedAt, List.copyOf(breakdown));
    }

    /** Organisation number as NNNNNN-NNNN, or empty. */
    public String supplierOrganisationNumberText() {
        String n = supplierOrganisationNumber;
        return n == null || n.length() != 10 ? "" : n.substring(0, 6) + "-" + n.substring(6);
    }

    /** The name to show: the supplier's, else the seller's from the document. */
    public String displaySupplier() {
        return supplierName != null ? supplierName : sellerName;
    }

    public boolean pdf() {
        return "PDF".equals(sourceFormat) || "FACTUR_X".equals(sourceFormat);
    }
}
