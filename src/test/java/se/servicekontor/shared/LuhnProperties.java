package se.servicekontor.shared;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;

class LuhnProperties {

    @Property
    void appendingTheCheckDigitGivesAValidNumber(@ForAll @NumericChars @StringLength(9) String body) {
        assertThat(Luhn.isValid(body + Luhn.checkDigit(body))).isTrue();
    }

    @Property
    void appendingTheCheckDigitToABodyOfAnyLengthGivesAValidNumber(
            @ForAll @NumericChars @StringLength(min = 1, max = 30) String body) {
        assertThat(Luhn.isValid(body + Luhn.checkDigit(body))).isTrue();
    }

    @Property
    void changingAnySingleDigitMakesTheNumberInvalid(@ForAll @NumericChars @StringLength(9) String body,
            @ForAll @IntRange(max = 9) int position, @ForAll @IntRange(min = 1, max = 9) int shift) {
        char[] digits = (body + Luhn.checkDigit(body)).toCharArray();
        digits[position] = (char) ('0' + (digits[position] - '0' + shift) % 10);
        assertThat(Luhn.isValid(new String(digits))).isFalse();
    }

    @Property
    void swappingTwoAdjacentDigitsIsNoticedUnlessTheyAreZeroAndNine(@ForAll @NumericChars @StringLength(9) String body,
            @ForAll @IntRange(max = 8) int position) {
        char[] digits = (body + Luhn.checkDigit(body)).toCharArray();
        char left = digits[position], right = digits[position + 1];
        Assume.that(left != right && !(left == '0' && right == '9') && !(left == '9' && right == '0'));
        digits[position] = right;
        digits[position + 1] = left;
        assertThat(Luhn.isValid(new String(digits))).isFalse();
    }
}
