package se.servicekontor.shared;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Plusgironummer: a payment account at Plusgirot (Nordea), 2 to 8 digits, the last a Luhn check digit
 * over the others. Written here as the digits with a hyphen before the check digit: {@code 4 10 54 89-1}
 * is {@code 4105489-1}. In Peppol its scheme is {@code SE:PLUSGIRO}.
 *
 * @param digits the 2 to 8 digits, without spaces or hyphen
 */
public record PlusgiroNumber(String digits) {

    private static final Pattern SPACES = Pattern.compile("[\\s\u00A0\u202F]+");
    private static final Pattern FORMAT = Pattern.compile("\\d{1,7}-?\\d");

    /** Checks the number of digits and the check digit. */
    public PlusgiroNumber {
        Objects.requireNonNull(digits, "digits");
        if (digits.length() < 2 || digits.length() > 8 || !Luhn.isDigits(digits))
            throw new IllegalArgumentException("Ett plusgironummer har två till åtta siffror");
        if (!Luhn.isValid(digits))
            throw new IllegalArgumentException("Plusgironumret " + hyphenated(digits) + " har fel kontrollsiffra");
    }

    /**
     * Reads the digits with or without a hyphen before the check digit; spaces anywhere are ignored
     * ({@code "4 10 54 89-1"}).
     *
     * @throws IllegalArgumentException with a Swedish message saying what is wrong
     */
    public static PlusgiroNumber parse(String text) {
        Objects.requireNonNull(text, "text");
        String compact = SPACES.matcher(text).replaceAll("");
        if (!FORMAT.matcher(compact).matches())
            throw new IllegalArgumentException("\"" + text + "\" är inte ett plusgironummer;"
                    + " det skrivs med två till åtta siffror, som 4105489-1");
        return new PlusgiroNumber(compact.replace("-", ""));
    }

    /** The digits with a hyphen before the check digit: {@code 4105489-1}. */
    @Override
    public String toString() {
        return hyphenated(digits);
    }

    private static String hyphenated(String digits) {
        int split = digits.length() - 1;
        return digits.substring(0, split) + "-" + digits.substring(split);
    }
}
