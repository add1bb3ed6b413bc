package se.servicekontor.shared;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Organisationsnummer: the ten-digit number of a Swedish legal entity (company, association,
 * municipality), {@code NNNNNN-NNNN} with a Luhn check digit. The third digit is 2 or more (the
 * "month" digits are 20 or more), which tells it apart from a personnummer.
 *
 * <p>A sole trader (enskild näringsidkare) has no organisation number of this kind: their personnummer
 * serves as one. This type refuses it; identify a sole trader with {@link PersonalIdentityNumber}.
 *
 * <p>Error messages do not repeat a number whose third digit is below 2: it may be a personnummer.
 *
 * @param digits the ten digits, without hyphen or century prefix
 */
public record OrganisationNumber(String digits) {

    private static final String PREFIX = "16"; // Skatteverket's century prefix for legal entities (AGI)
    private static final Pattern FORMAT = Pattern.compile("(?:16)?(\\d{6})-?(\\d{4})");
    private static final Pattern TWELVE_DIGITS = Pattern.compile("\\d{8}-?\\d{4}");

    /** Checks the ten digits, the legal-entity rule and the check digit. */
    public OrganisationNumber {
        Objects.requireNonNull(digits, "digits");
        if (digits.length() != 10 || !Luhn.isDigits(digits))
            throw new IllegalArgumentException("Ett organisationsnummer har tio siffror");
        if (digits.charAt(2) < '2')
            throw new IllegalArgumentException("Organisationsnumret är inte en juridisk persons: den tredje"
                    + " siffran är under 2, som i ett personnummer. En enskild firma identifieras med"
                    + " ägarens personnummer");
        if (!Luhn.isValid(digits))
            throw new IllegalArgumentException("Organisationsnumret " + hyphenated(digits)
                    + " har fel kontrollsiffra");
    }

    /**
     * Reads {@code NNNNNN-NNNN}, {@code NNNNNNNNNN}, or the same with Skatteverket's century prefix
     * {@code 16} ({@code 16NNNNNNNNNN}, {@code 16NNNNNN-NNNN}) as in AGI files. Surrounding white space
     * is ignored. Enforces the legal-entity rule (third digit ≥ 2): a sole trader's personnummer is
     * refused.
     *
     * @throws IllegalArgumentException with a Swedish message saying what is wrong
     */
    public static OrganisationNumber parse(String text) {
        Objects.requireNonNull(text, "text");
        String stripped = text.strip();
        Matcher m = FORMAT.matcher(stripped);
        if (!m.matches() && TWELVE_DIGITS.matcher(stripped).matches())
            throw new IllegalArgumentException("Ett organisationsnummer med tolv siffror börjar med 16;"
                    + " 19 eller 20 först är sekelsiffrorna i ett personnummer");
        if (!m.matches())
            throw new IllegalArgumentException("Ett organisationsnummer skrivs NNNNNN-NNNN eller NNNNNNNNNN,"
                    + " med eller utan sekelsiffrorna 16 först");
        return new OrganisationNumber(m.group(1) + m.group(2));
    }

    /** Whether {@link #parse(String)} accepts {@code text}; false for null. */
    public static boolean isValid(String text) {
        if (text == null)
            return false;
        try {
            parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The twelve-digit form {@code 16NNNNNNNNNN} used in the employer declaration (AGI). */
    public String withCenturyPrefix() {
        return PREFIX + digits;
    }

    /** {@code NNNNNN-NNNN}. */
    @Override
    public String toString() {
        return hyphenated(digits);
    }

    private static String hyphenated(String digits) {
        return digits.substring(0, 6) + "-" + digits.substring(6);
    }
}
