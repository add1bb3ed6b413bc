package se.servicekontor.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Worked by hand: weights 2,1,2,1,… from the body's rightmost digit leftwards; a product of 10 or more
 * counts as the sum of its digits; check digit = (10 − sum mod 10) mod 10.
 */
class LuhnTests {

    @Test
    void computesTheCheckDigitOfTheWikipediaExample() {
        // body 7992739871, from the right: 1×2=2, 7, 8×2=16→7, 9, 3×2=6, 7, 2×2=4, 9, 9×2=18→9, 7
        // sum 2+7+7+9+6+7+4+9+9+7 = 67 → check (10 − 7) = 3
        assertThat(Luhn.checkDigit("7992739871")).isEqualTo(3);
    }

    @Test
    void computesTheCheckDigitOfAnOrganisationNumberBody() {
        // 556036079 (Volvo AB): 5×2=10→1, 5, 6×2=12→3, 0, 3×2=6, 6, 0×2=0, 7, 9×2=18→9
        // sum 1+5+3+0+6+6+0+7+9 = 37 → check 3
        assertThat(Luhn.checkDigit("556036079")).isEqualTo(3);
    }

    @Test
    void computesTheCheckDigitOfSkatteverketsTestPersonalIdentityNumber() {
        // 121212121: 1×2=2, 2, 1×2=2, 2, 1×2=2, 2, 1×2=2, 2, 1×2=2 → sum 18 → check 2
        assertThat(Luhn.checkDigit("121212121")).isEqualTo(2);
    }

    @Test
    void givesZeroWhenTheSumIsAlreadyAMultipleOfTen() {
        // 900101980 (1890-01-01, serial 980): 9×2=18→9, 0, 0, 1, 0, 1, 9×2=18→9, 8, 0 → sum 28 → 2;
        // 960229123: 9×2=18→9, 6, 0, 2, 2×2=4, 9, 1×2=2, 2, 3×2=6 → sum 40 → 0
        assertThat(Luhn.checkDigit("900101980")).isEqualTo(2);
        assertThat(Luhn.checkDigit("960229123")).isZero();
        assertThat(Luhn.checkDigit("0")).isZero();
    }

    @Test
    void doublesTheRightmostDigitOfAOneDigitBody() {
        assertThat(Luhn.checkDigit("5")).isEqualTo(9); // 5×2=10→1 → 9
        assertThat(Luhn.checkDigit("9")).isEqualTo(1); // 9×2=18→9 → 1
        assertThat(Luhn.checkDigit("1")).isEqualTo(8); // 1×2=2 → 8
    }

    @Test
    void acceptsANumberEndingInItsCheckDigit() {
        assertThat(Luhn.isValid("79927398713")).isTrue();
        assertThat(Luhn.isValid("5560360793")).isTrue();
        assertThat(Luhn.isValid("18")).isTrue();
    }

    @Test
    void refusesANumberEndingInAnotherDigit() {
        assertThat(Luhn.isValid("79927398710")).isFalse();
        assertThat(Luhn.isValid("5560360794")).isFalse();
        assertThat(Luhn.isValid("19")).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"7", "7992739871 3", "7992-7398713", "a9927398713", "\u0667\u0669"}) // ٧٩: Arabic-Indic digits
    void treatsAnythingButTwoOrMoreAsciiDigitsAsInvalid(String number) {
        assertThat(Luhn.isValid(number)).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "12a", "-1", "\u0661"})
    void refusesToComputeACheckDigitForAnythingButDigits(String body) {
        assertThatIllegalArgumentException().isThrownBy(() -> Luhn.checkDigit(body));
    }
}
