package se.servicekontor.shared;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Bankgironummer: a payment account at Bankgirot, 7 or 8 digits, the last a Luhn check digit over all
 * the others; written {@code NNN-NNNN} or {@code NNNN-NNNN}. In Peppol its scheme is {@code SE:BANKGIRO}.
 *
 * @param digits the 7 or 8 digits, without hyphen
 */
public record BankgiroNumber(String digits) {

    private static final Pattern SPACES = Pattern.compile("[\\s\u00A0\u202F]+");
    private static final Pattern FORMAT = Pattern.compile("\\d{3,4}-?\\d{4}");

    /** Checks the number of digits and the check digit. */
    public BankgiroNumber {
        Objects.requireNonNull(digits, "digits");
        if (digits.length() < 7 || digits.length() > 8 || !Luhn.isDigits(digits))
            throw new IllegalArgumentException("Ett bankgironummer har sju eller åtta siffror");
        if (!Luhn.isValid(digits))
            throw new IllegalArgumentException("Bankgironumret " + hyphenated(digits) + " har fel kontrollsiffra");
    }

    /**
     * Reads {@code NNN-NNNN}, {@code NNNN-NNNN} or the digits alone; spaces anywhere are ignored
     * ({@code "5050 1055"}). A hyphen, if any, stands before the last four digits.
     *
     * @throws IllegalArgumentException with a Swedish message saying what is wrong
     */
    public static BankgiroNumber parse(String text) {
        Objects.requireNonNull(text, "text");
        String compact = SPACES.matcher(text).replaceAll("");
        if (!FORMAT.matcher(compact).matches())
            throw new IllegalArgumentException("\"" + text + "\" är inte ett bankgironummer;"
                    + " det skrivs NNN-NNNN eller NNNN-NNNN");
        return new BankgiroNumber(compact.replace("-", ""));
    }

    /** {@code NNN-NNNN} or {@code NNNN-NNNN}. */
    @Override
    public String toString() {
        return hyphenated(digits);
    }

    private static String hyphenated(String digits) {
        int split = digits.length() - 4;
        return digits.substring(0, split) + "-" + digits.substring(split);
    }
}
