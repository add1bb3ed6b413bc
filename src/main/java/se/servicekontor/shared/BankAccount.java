package se.servicekontor.shared;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A Swedish bank account: clearing number + account number, checked by the rules in Bankgirot's
 * "Bankernas kontonummer" for the bank the clearing number belongs to ({@link ClearingNumbers}).
 * <ul>
 * <li>Type 1, comment 1: mod 11 over the clearing number's last three digits + the 7-digit account.</li>
 * <li>Type 1, comment 2: mod 11 over the four clearing digits + the 7-digit account.</li>
 * <li>Type 2, comment 1: mod 10 over the 10-digit account (e.g. Nordea personkonto, clearing 3300/3782).</li>
 * <li>Type 2, comment 2: mod 11 over the 9-digit account (Handelsbanken).</li>
 * <li>Type 2, comment 3: mod 10 over the account, up to 10 digits (Swedbank 8xxx-x). Bankgirot says the
 * check digit holds "as a rule", so a wrong one is a {@linkplain #warning() warning}, not a refusal.</li>
 * </ul>
 *
 * @param clearing the clearing number, 4 digits (5 for Swedbank 8xxx-x, the fifth a check digit)
 * @param account  the account number, digits only, without leading zeros added
 * @param bank     the bank's name from the clearing table
 * @param warning  why the number could not be fully verified, or null
 */
public record BankAccount(String clearing, String account, String bank, String warning) {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\u00A0\u202F.,-]+");

    public BankAccount {
        Objects.requireNonNull(clearing, "clearing");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(bank, "bank");
    }

    /** Parses and validates with the bundled clearing table. */
    public static BankAccount parse(String clearingText, String accountText) {
        return parse(clearingText, accountText, ClearingNumbers.bundled());
    }

    /**
     * Parses clearing and account (spaces, hyphens and dots ignored: "8327-9", "123 456-7") and checks
     * them by the bank's rules.
     *
     * @throws IllegalArgumentException with a Swedish message saying what is wrong
     */
    public static BankAccount parse(String clearingText, String accountText, ClearingNumbers table) {
        String clearing = SEPARATORS.matcher(clearingText == null ? "" : clearingText).replaceAll("");
        String account = SEPARATORS.matcher(accountText == null ? "" : accountText).replaceAll("");
        if (clearing.isEmpty() || !Luhn.isDigits(clearing) || clearing.length() < 4 || clearing.length() > 5)
            throw new IllegalArgumentException("Clearingnumret \"" + clearingText + "\" ska ha fyra siffror (fem för Swedbank 8xxx-x)");
        if (account.isEmpty() || !Luhn.isDigits(account))
            throw new IllegalArgumentException("Kontonumret \"" + accountText + "\" ska bara innehålla siffror");
        int four = Integer.parseInt(clearing.substring(0, 4));
        ClearingNumbers.Range range = table.find(four).orElseThrow(() -> new IllegalArgumentException(
                "Clearingnumret " + clearing.substring(0, 4) + " hör inte till någon bank i Bankgirots tabell"));
        if (clearing.length() == 5 && !(range.type() == 2 && range.comment() == 3))
            throw new IllegalArgumentException("Clearingnumret för " + range.bank() + " har fyra siffror, inte fem");
        String warning = null;
        if (range.type() == 1) {
            String seven = leftPad(account, 7, range);
            String digits = range.comment() == 1 ? clearing.substring(1, 4) + seven : clearing.substring(0, 4) + seven;
            if (mod11(digits) != 0)
                throw wrongCheckDigit(clearing, account, range);
        } else if (range.comment() == 1) {
            if (!Luhn.isValid(leftPad(account, 10, range)))
                throw wrongCheckDigit(clearing, account, range);
        } else if (range.comment() == 2) {
            if (mod11(leftPad(account, 9, range)) != 0)
                throw wrongCheckDigit(clearing, account, range);
        } else {
            String ten = leftPad(account, 10, range);
            if (clearing.length() == 5 && !Luhn.isValid(clearing))
                warning = "Clearingnumrets femte siffra (kontrollsiffran) stämmer inte; kontrollera numret med banken.";
            else if (!Luhn.isValid(ten))
                warning = "Kontonumrets kontrollsiffra stämmer inte; för " + range.bank()
                        + " gäller den bara i regel, så kontrollera numret med banken.";
        }
        return new BankAccount(clearing, account, range.bank(), warning);
    }

    /** "8327-9, 123 456 789-0" style is the bank's; we show clearing and account separated by a comma. */
    @Override
    public String toString() {
        return clearing + ", " + account;
    }

    /** Weighted mod 11: weights 1, 2, …, 10, 1, 2, … from the rightmost digit; a valid number sums to a multiple of 11. */
    static int mod11(String digits) {
        int sum = 0;
        for (int i = digits.length() - 1, weight = 1; i >= 0; i--, weight = weight == 10 ? 1 : weight + 1)
            sum += (digits.charAt(i) - '0') * weight;
        return sum % 11;
    }

    private static String leftPad(String account, int length, ClearingNumbers.Range range) {
        if (account.length() > length)
            throw new IllegalArgumentException("Kontonumret för " + range.bank() + " har högst " + length + " siffror");
        return "0".repeat(length - account.length()) + account;
    }

    private static IllegalArgumentException wrongCheckDigit(String clearing, String account, ClearingNumbers.Range range) {
        return new IllegalArgumentException("Kontonumret " + clearing + ", " + account + " har fel kontrollsiffra för "
                + range.bank() + " (kontrollera att clearing- och kontonummer är rätt avskrivna)");
    }
}
