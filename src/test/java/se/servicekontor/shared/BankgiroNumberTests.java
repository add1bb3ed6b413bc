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
 * <li>5050-1055 (Bankgirot's example): 5×2=10→1, 0, 5×2=10→1, 0, 1×2=2, 0, 5×2=10→1 = 5 → 5
 * <li>991-2346: 9, 9×2=18→9, 1, 2×2=4, 3, 4×2=8 = 34 → 6
 * <li>123-4566: 1, 2×2=4, 3, 4×2=8, 5, 6×2=12→3 = 24 → 6
 * </ul>
 */
class BankgiroNumberTests {

    private static final BankgiroNumber BANKGIROT = new BankgiroNumber("50501055");

    @ParameterizedTest(name = "reads \"{0}\"")
    @ValueSource(strings = {"5050-1055", "50501055", "5050 1055", " 5050-1055 ", "5050 - 1055", "5\u00A0050-1055"})
    void readsAnEightDigitNumberWithOrWithoutHyphenAndSpaces(String text) {
        assertThat(BankgiroNumber.parse(text)).isEqualTo(BANKGIROT);
    }

    @ParameterizedTest(name = "reads \"{0}\"")
    @ValueSource(strings = {"991-2346", "9912346", "991 2346"})
    void readsASevenDigitNumber(String text) {
        assertThat(BankgiroNumber.parse(text).digits()).isEqualTo("9912346");
    }

    @Test
    void writesAHyphenBeforeTheLastFourDigits() {
        assertThat(BANKGIROT).hasToString("5050-1055");
        assertThat(BANKGIROT.digits()).isEqualTo("50501055");
        assertThat(BankgiroNumber.parse("9912346")).hasToString("991-2346");
        assertThat(BankgiroNumber.parse("1234566")).hasToString("123-4566");
    }

    @Test
    void refusesBankgiroNumberWithWrongCheckDigit() {
        assertThatIllegalArgumentException().isThrownBy(() -> BankgiroNumber.parse("5050-1056"))
                .withMessage("Bankgironumret 5050-1056 har fel kontrollsiffra");
        assertThatIllegalArgumentException().isThrownBy(() -> BankgiroNumber.parse("9912347"))
                .withMessage("Bankgironumret 991-2347 har fel kontrollsiffra");
    }

    @ParameterizedTest(name = "refuses \"{0}\"")
    @ValueSource(strings = {"", "123456", "12-3456", "123456789", "12345-6789", "50-501055", "505010-55",
            "5050--1055", "5050-1055-", "-50501055", "5050/1055", "BG 5050-1055", "5050-105S"})
    void refusesAnythingButSevenOrEightDigits(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> BankgiroNumber.parse(text))
                .withMessage("\"" + text + "\" är inte ett bankgironummer; det skrivs NNN-NNNN eller NNNN-NNNN");
    }

    @Test
    void guardsItsDigitsWhenConstructedDirectly() {
        assertThatIllegalArgumentException().isThrownBy(() -> new BankgiroNumber("5050-1055"))
                .withMessage("Ett bankgironummer har sju eller åtta siffror");
        assertThatIllegalArgumentException().isThrownBy(() -> new BankgiroNumber("123455"))
                .withMessage("Ett bankgironummer har sju eller åtta siffror");
        assertThatIllegalArgumentException().isThrownBy(() -> new BankgiroNumber("505010550"))
                .withMessage("Ett bankgironummer har sju eller åtta siffror");
        assertThatNullPointerException().isThrownBy(() -> new BankgiroNumber(null));
        assertThatNullPointerException().isThrownBy(() -> BankgiroNumber.parse(null));
    }

    @Test
    void isTheSameNumberWhateverFormItWasReadFrom() {
        assertThat(BankgiroNumber.parse("50501055")).isEqualTo(BankgiroNumber.parse("5050 - 1055"))
                .hasSameHashCodeAs(BANKGIROT);
    }
}
