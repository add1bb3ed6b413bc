package se.servicekontor.organization.importing;

import java.math.BigDecimal;

/**
 * Reads an amount in kronor as people write it in a workbook: "50000", "50 000", "50 000,50",
 * "50000.50", optionally ending in "kr". Exact (BigDecimal, two decimals), never a double.
 * (May become shared.Amount.ofKronor once that exists.)
 */
final class Kronor {

    static final BigDecimal MAX = new BigDecimal("9999999999999.99"); // numeric(15,2)

    private Kronor() {
    }

    /** @throws IllegalArgumentException with what is wrong, in Swedish */
    static BigDecimal parse(String text) {
        String value = text.strip();
        if (value.toLowerCase().endsWith("kr")) {
            value = value.substring(0, value.length() - 2).strip();
        }
        value = value.replaceAll("[\\s\u00A0\u202F]", "");
        if (value.startsWith("-") || value.startsWith("−")) {
            throw new IllegalArgumentException("är negativ");
        }
        if (!value.matches("\\d+([.,]\\d+)?")) {
            throw new IllegalArgumentException("är inte ett belopp");
        }
        BigDecimal amount = new BigDecimal(value.replace(',', '.'));
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("har fler än två decimaler");
        }
        if (amount.compareTo(MAX) > 0) {
            throw new IllegalArgumentException("är för stort");
        }
        return amount.setScale(2);
    }
}
