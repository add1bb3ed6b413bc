package se.servicekontor.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Account numbers checked by Bankgirot's "Bankernas kontonummer"; each expected check digit is worked out by hand. */
class BankAccountTests {

    @Test
    void typeOneCommentOneChecksTheLastThreeClearingDigitsAndTheAccount() {
        // SEB 5000, account 123456C: digits 0 0 0 1 2 3 4 5 6 C, weights 10..1 from the left:
        // 0 + 0 + 0 + 1·7 + 2·6 + 3·5 + 4·4 + 5·3 + 6·2 + C·1 = 77 + C; 77 = 7·11, so C = 0.
        BankAccount account = BankAccount.parse("5000", "123 456-0");
        assertThat(account.bank()).isEqualTo("SEB");
        assertThat(account.account()).isEqualTo("1234560");
        assertThat(account.warning()).isNull();
        // 77 + 1 = 78 = 7·11 + 1
        assertThatThrownBy(() -> BankAccount.parse("5000", "1234561")).hasMessageContaining("fel kontrollsiffra");
    }

    @Test
    void typeOneCommentTwoChecksAllFourClearingDigits() {
        // Danske Bank 2400, account 123456C: digits 2 4 0 0 1 2 3 4 5 6 C, weights 1 10 9 … 1 from the left:
        // 2·1 + 4·10 + 0 + 0 + 1·7 + 2·6 + 3·5 + 4·4 + 5·3 + 6·2 + C = 119 + C; 119 = 10·11 + 9, so C = 2.
        assertThat(BankAccount.parse("2400", "1234562").bank()).isEqualTo("Danske Bank");
        // With only the last three clearing digits (comment 1) the same account would need 77 + C ≡ 0 → C = 0: refused here.
        assertThatThrownBy(() -> BankAccount.parse("2400", "1234560")).hasMessageContaining("fel kontrollsiffra");
    }

    @Test
    void typeTwoCommentOneIsMod10OverTenDigits() {
        // Nordea personkonto 3300: the account is the personnummer 811218-9876. Luhn over 811218987:
        // from the right 7·2=14→5, 8, 9·2=18→9, 8, 1·2=2, 2, 1·2=2, 1, 8·2=16→7; sum 44 → check digit 6.
        assertThat(BankAccount.parse("3300", "811218-9876").bank()).isEqualTo("Nordea (personkonto)");
        assertThatThrownBy(() -> BankAccount.parse("3300", "8112189875")).hasMessageContaining("fel kontrollsiffra");
    }

    @Test
    void handelsbankenIsMod11OverNineDigits() {
        // Handelsbanken 6000, account 12345678C, weights 9..1 from the left:
        // 1·9 + 2·8 + 3·7 + 4·6 + 5·5 + 6·4 + 7·3 + 8·2 + C = 156 + C; 156 = 14·11 + 2, so C = 9.
        assertThat(BankAccount.parse("6000", "123456789").bank()).isEqualTo("Handelsbanken");
        assertThatThrownBy(() -> BankAccount.parse("6000", "123456788")).hasMessageContaining("fel kontrollsiffra");
    }

    @Test
    void swedbankFiveDigitClearingWarnsInsteadOfRefusing() {
        // Clearing 8327-9: Luhn over 8327: 7·2=14→5, 2, 3·2=6, 8; sum 21 → check digit 9.
        // Account 123456789C: 9·2=18→9, 8, 7·2=14→5, 6, 5·2=10→1, 4, 3·2=6, 2, 1·2=2; sum 43 → C = 7.
        BankAccount valid = BankAccount.parse("8327-9", "123 456 789-7");
        assertThat(valid.bank()).isEqualTo("Swedbank");
        assertThat(valid.clearing()).isEqualTo("83279");
        assertThat(valid.warning()).isNull();
        // Comment 3: the check digit holds "as a rule" — a wrong one is kept with a warning.
        assertThat(BankAccount.parse("83279", "1234567890").warning()).contains("kontrollera numret");
        assertThat(BankAccount.parse("83270", "1234567897").warning()).contains("femte siffra");
    }

    @Test
    void refusesUnknownClearingAndMalformedNumbers() {
        assertThatThrownBy(() -> BankAccount.parse("0123", "1234567")).hasMessageContaining("hör inte till någon bank");
        assertThatThrownBy(() -> BankAccount.parse("50001", "1234560")).hasMessageContaining("fyra siffror, inte fem");
        assertThatThrownBy(() -> BankAccount.parse("12", "1234567")).hasMessageContaining("fyra siffror");
        assertThatThrownBy(() -> BankAccount.parse("5000", "12A4560")).hasMessageContaining("bara innehålla siffror");
        assertThatThrownBy(() -> BankAccount.parse("5000", "123456789")).hasMessageContaining("högst 7 siffror");
    }

    @Test
    void shortTypeOneAccountsAreReadWithLeadingZeros() {
        // SEB 5000, account 0000018 → digits 000 0000018: 1·2 + 8·1 = 10, not a multiple of 11; 0000019 → 2 + 9 = 11.
        assertThat(BankAccount.parse("5000", "19").account()).isEqualTo("19");
        assertThatThrownBy(() -> BankAccount.parse("5000", "18")).hasMessageContaining("fel kontrollsiffra");
    }
}
