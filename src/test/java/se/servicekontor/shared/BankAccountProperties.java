package se.servicekontor.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Weighted mod 11 with weights 1–10 catches every single wrong digit: changing one digit by δ (1–9)
 * changes the sum by w·δ, and 11 is prime with w, δ < 11, so the sum stops being a multiple of 11.
 */
class BankAccountProperties {

    /** SEB accounts (type 1, comment 1) with the check digit that makes the sum a multiple of 11, where one exists. */
    @Provide
    Arbitrary<String[]> sebAccounts() {
        return Arbitraries.integers().between(5000, 5999).flatMap(clearing -> Arbitraries.strings().numeric().ofLength(6)
                .map(body -> {
                    for (int c = 0; c <= 9; c++)
                        if (BankAccount.mod11(Integer.toString(clearing).substring(1) + body + c) == 0)
                            return new String[] {Integer.toString(clearing), body + c};
                    return null; // the check digit would have to be 10: no such account
                }).filter(a -> a != null));
    }

    @Property
    void aValidAccountIsAcceptedAndOneWrongDigitIsRefused(@ForAll("sebAccounts") String[] account,
                                                          @ForAll @IntRange(min = 0, max = 6) int position,
                                                          @ForAll @IntRange(min = 1, max = 9) int delta) {
        assertThat(BankAccount.parse(account[0], account[1]).account()).isEqualTo(account[1]);
        char[] digits = account[1].toCharArray();
        digits[position] = (char) ('0' + (digits[position] - '0' + delta) % 10);
        String wrong = new String(digits);
        Assume.that(!wrong.equals(account[1]));
        assertThatThrownBy(() -> BankAccount.parse(account[0], wrong)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void everyDigitAddedToANordeaPersonkontoBodyHasExactlyOneCheckDigit(@ForAll("nineDigits") String body) {
        long valid = 0;
        for (int c = 0; c <= 9; c++) {
            try {
                BankAccount.parse("3300", body + c);
                valid++;
            } catch (IllegalArgumentException e) {
                // not the check digit
            }
        }
        assertThat(valid).isEqualTo(1);
    }

    @Provide
    Arbitrary<String> nineDigits() {
        return Arbitraries.strings().numeric().ofLength(9);
    }
}
