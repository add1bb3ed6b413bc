package se.servicekontor.supplierinvoice.intake;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything intake and the Inkorg pages read from a valid e-invoice: the header and totals
 * ({@link ParsedInvoice}), the parties, payment accounts, VAT breakdown and lines. Amounts are exactly as
 * the document states them; {@link #sign()} says how to store them (a credit note's are negative).
 */
public record InvoiceContent(ParsedInvoice header, boolean creditNote, String customizationId, String orderReference,
                             Party seller, Party buyer, List<PaymentAccount> paymentAccounts, String paymentTerms,
                             List<VatBreakdown> vatBreakdown, List<Line> lines, List<String> notes) {

    /** UNCL 1001 document types that are credit notes (EN 16931 code list for BT-3). */
    static final Set<String> CREDIT_NOTE_TYPES = Set.of("81", "83", "261", "262", "296", "308", "381", "396", "420", "458", "532");

    public InvoiceContent {
        Objects.requireNonNull(header, "header");
        paymentAccounts = List.copyOf(paymentAccounts);
        vatBreakdown = List.copyOf(vatBreakdown);
        lines = List.copyOf(lines);
        notes = List.copyOf(notes);
    }

    /** BT-83, the payment reference (OCR number in Sweden) the supplier wants on the payment; null when none is given. */
    public String paymentReference() {
        return paymentAccounts.stream().map(PaymentAccount::paymentId).filter(Objects::nonNull).findFirst().orElse(null);
    }

    /** BT-81, the payment means codes (UNCL 4461) the document names, in order, without repeats. */
    public List<String> paymentMeansCodes() {
        return paymentAccounts.stream().map(PaymentAccount::meansCode).filter(Objects::nonNull).distinct().toList();
    }

    /** 1 for an invoice, -1 for a credit note: received amounts are stored multiplied by this. */
    public BigDecimal sign() {
        return creditNote ? BigDecimal.ONE.negate() : BigDecimal.ONE;
    }

    /**
     * A party (BG-4 seller, BG-7 buyer).
     *
     * @param name           BT-27 / BT-44 registration name, else the trading name
     * @param tradingName    BT-28 / BT-45
     * @param legalId        BT-30 / BT-47, e.g. a Swedish organisation number
     * @param legalIdScheme  its scheme (0007 = Swedish organisation number), may be null
     * @param vatNumber      BT-31 / BT-48
     * @param endpointId     BT-34 / BT-49, the Peppol electronic address
     * @param endpointScheme its scheme (0007, 0088, ...)
     * @param taxRegistration BT-32: for a Swedish seller the F-skatt statement ("Godkänd för F-skatt")
     */
    public record Party(String name, String tradingName, String legalId, String legalIdScheme, String vatNumber,
                        String endpointId, String endpointScheme, String street, String additionalStreet,
                        String postalCode, String city, String countryCode, String taxRegistration) {

        /** The seller states approval for F-skatt (SE-R-005 requires the text "Godkänd för F-skatt"). */
        public boolean fSkatt() {
            return taxRegistration != null && taxRegistration.toLowerCase(java.util.Locale.ROOT).contains("f-skatt");
        }

        /** The Peppol address as scheme:id, or null. */
        public String peppolId() {
            return endpointId == null ? null : (endpointScheme == null ? "" : endpointScheme + ":") + endpointId;
        }
    }

    /** BG-16/BG-17: where the supplier wants to be paid; {@code paymentId} is BT-83, the payment reference (OCR). */
    public record PaymentAccount(Kind kind, String id, String bic, String meansCode, String paymentId) {

        public PaymentAccount(Kind kind, String id, String bic, String meansCode) {
            this(kind, id, bic, meansCode, null);
        }

        PaymentAccount withPaymentId(String reference) {
            return new PaymentAccount(kind, id, bic, meansCode, reference == null || reference.isBlank() ? null : reference.strip());
        }

        public enum Kind { BANKGIRO, PLUSGIRO, IBAN, OTHER }

        /** The account as one comparable token, e.g. {@code BG:56789012}, {@code IBAN:SE4550000000058398257466}. */
        public String canonical() {
            String compact = id == null ? "" : id.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
            return switch (kind) {
                case BANKGIRO -> "BG:" + compact;
                case PLUSGIRO -> "PG:" + compact;
                case IBAN -> "IBAN:" + compact;
                case OTHER -> "KONTO:" + compact;
            };
        }
    }

    /** BG-23: one VAT category and rate. */
    public record VatBreakdown(String category, BigDecimal rate, BigDecimal taxableAmount, BigDecimal taxAmount,
                               String exemptionReason) {
    }

    /** BG-25: one invoice line. */
    public record Line(String id, String name, String description, BigDecimal quantity, String unitCode,
                       BigDecimal price, BigDecimal netAmount, String vatCategory, BigDecimal vatRate, String note) {
    }
}
