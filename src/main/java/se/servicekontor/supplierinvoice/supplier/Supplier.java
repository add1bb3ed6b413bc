package se.servicekontor.supplierinvoice.supplier;

import java.time.Instant;

/**
 * A supplier in the register. {@code bankReview}: the payment account changed on a known supplier and must be
 * confirmed by an economy officer before any payment (a common fraud pattern); {@code previousAccounts} says
 * what it was, {@code bankChangedBy} who changed it (another officer confirms).
 */
public record Supplier(long id, String key, String name, String organisationNumber, String legalId, String vatNumber,
                       String street, String postalCode, String city, String countryCode, String peppolId, boolean fSkatt,
                       String bankgiro, String plusgiro, String iban, String bic, String otherAccount, String paymentAccounts,
                       boolean bankReview, String bankReviewReason, String previousAccounts, Instant bankChangedAt,
                       String bankChangedBy, Instant createdAt, Instant updatedAt, String updatedBy) {

    /** Organisation number as NNNNNN-NNNN, or empty. */
    public String organisationNumberText() {
        return organisationNumber == null ? "" : organisationNumber.substring(0, 6) + "-" + organisationNumber.substring(6);
    }

    /** The payment accounts as people read them: "Bankgiro 5678-9012, IBAN SE45 …". */
    public String accountsText() {
        return PaymentAccountsText.of(paymentAccounts);
    }

    /** The accounts before the change under review, readable. */
    public String previousAccountsText() {
        return PaymentAccountsText.of(previousAccounts);
    }
}
