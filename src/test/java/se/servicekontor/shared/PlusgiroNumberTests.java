package se.servicekontor.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Check digits worked by hand (Luhn over all digits but the last, the rightmost of them doubled):
 * <ul>
 * <li>4 10 54 89-1: 4×2=8, 1, 0×2=0, 5, 4×2=8, 8, 9×2=18→9 = 39 → 1
 * <li>90 20 90-0: 9, 0×2=0, 2, 0×2=0, 9, 0×2=0 = 20 → 0
 * <li>1-8, the shortest: 1×2=2 → 8
 * </ul>
 */
class PlusgiroNumberTests {

    @ParameterizedTest(name = "reads \"{0}\"")
    @ValueSource(strings = {"4 10 54 89-1", "4105489-1", "41054891", " 41 05 48 91 ", "4105489 - 1"})
    void readsDigitsWithOrWithoutSpacesAndHyphen(String text) {
        assertThat(PlusgiroNumber.parse(text).digits()).isEqualTo("41054891");
    }

    @Test
    void writesAHyphenBeforeTheCheckDigit() {
        assertThat(PlusgiroNumber.parse("4 10 54 89-1")).hasToString("4105489-1");
        assertThat(PlusgiroNumber.parse("90 20 90-0")).hasToString("902090-0");
        assertThat(PlusgiroNumber.parse("18")).hasToString("1-8");
    }

    @Test
    void acceptsTwoToEightDigits() {
        assertThat(PlusgiroNumber.parse("1-8").digits()).isEqualTo("18");
        assertThat(PlusgiroNumber.parse("9020900").digits()).hasSize(7);
        assertThat(PlusgiroNumber.parse("41054891").digits()).hasSize(8);
    }

    @Test
    void refusesPlusgiroNumberWithWrongCheckDigit() {
        assertThatIllegalArgumentException().isThrownBy(() -> PlusgiroNumber.parse("4105489-2"))
                .withMessage("Plusgironumret 4105489-2 har fel kontrollsiffra");
        assertThatIllegalArgumentException().isThrownBy(() -> PlusgiroNumber.parse("19"))
                .withMessage("Plusgironumret 1-9 har fel kontrollsiffra");
    }

    @ParameterizedTest(name = "refuses \"{0}\"")
    @ValueSource(strings = {"", "8", "-8", "1-", "410548912", "41054891-0", "41-054891", "4105489--1",
            "PG 4105489-1", "4105489-X", "4105489/1"})
    void refusesAnythingButTwoToEightDigits(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> PlusgiroNumber.parse(text))
                .withMessage("\"" + text + "\" är inte ett plusgironummer;"
                        + " det skrivs med två till åtta siffror, som 4105489-1");
    }

    @Test
    void guardsItsDigitsWhenConstructedDirectly() {
        assertThatIllegalArgumentException().isThrownBy(() -> new PlusgiroNumber("4105489-1"))
                .withMessage("Ett plusgironummer har två till åtta siffror");
        assertThatIllegalArgumentException().isThrownBy(() -> new PlusgiroNumber("0"))
                .withMessage("Ett plusgironummer har två till åtta siffror");
        assertThatNullPointerException().isThrownBy(() -> new PlusgiroNumber(null));
        assertThatNullPointerException().isThrownBy(() -> PlusgiroNumber.parse(null));
    }

    @Test
    void isTheSameNumberWhateverFormItWasReadFrom() {
        assertThat(PlusgiroNumber.parse("4 10 54 89-1")).isEqualTo(new PlusgiroNumber("41054891"));
    }
}
