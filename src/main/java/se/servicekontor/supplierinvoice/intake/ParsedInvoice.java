package se.servicekontor.supplierinvoice.intake;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The header of a received e-invoice, as EN 16931 names it (BT numbers), read from UBL or CII after
 * validation. Amounts are exactly as the document states them (scale kept); optional terms are null
 * when absent.
 *
 * @param typeCode       BT-3, UNCL 1001 (380 invoice, 381 credit note, ...)
 * @param invoiceNumber  BT-1
 * @param issueDate      BT-2
 * @param dueDate        BT-9, may be null
 * @param currency       BT-5, ISO 4217
 * @param buyerReference BT-10, the municipality's referenskod; may be null
 * @param sellerName     BT-27
 * @param sellerLegalId  BT-30, e.g. the Swedish organisation number; may be null
 */
public record ParsedInvoice(String typeCode, String invoiceNumber, LocalDate issueDate, LocalDate dueDate, String currency,
                     String buyerReference, String sellerName, String sellerLegalId, Totals totals) {

    public ParsedInvoice {
        Objects.requireNonNull(invoiceNumber, "invoiceNumber (BT-1)");
        Objects.requireNonNull(totals, "totals");
    }

    /**
     * BG-22, the document totals.
     *
     * @param lineNet                 BT-106 sum of invoice line net amounts
     * @param allowances              BT-107, may be null
     * @param charges                 BT-108, may be null
     * @param withoutVat              BT-109
     * @param vat                     BT-110 in the invoice currency, may be null
     * @param vatInAccountingCurrency BT-111, may be null
     * @param withVat                 BT-112
     * @param prepaid                 BT-113, may be null
     * @param rounding                BT-114, may be null
     * @param amountDue               BT-115
     */
    public record Totals(BigDecimal lineNet, BigDecimal allowances, BigDecimal charges, BigDecimal withoutVat, BigDecimal vat,
                  BigDecimal vatInAccountingCurrency, BigDecimal withVat, BigDecimal prepaid, BigDecimal rounding,
                  BigDecimal amountDue) {
    }
}
