package se.servicekontor.accounting.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.servicekontor.accounting.ledger.Verification.Posting;
import se.servicekontor.shared.Amount;

class VerificationTests {

    @Test
    void aBalancedVerificationIsAccepted() {
        // 10 000,00 cost + 2 500,00 VAT = 12 500,00 liability
        Verification v = new Verification("invoice-approved:1", LocalDate.of(2026, 1, 10), "Faktura 88123", List.of(
                new Posting("5410", Map.of(1, "100"), Amount.ofKronor("10000.00"), null),
                Posting.of("2640", Amount.ofKronor("2500.00")),
                Posting.of("2440", Amount.ofKronor("-12500.00"))));
        assertThat(v.postings()).hasSize(3);
    }

    @Test
    void anUnbalancedOneIsRefusedWithTheDifference() {
        assertThatThrownBy(() -> new Verification("x", LocalDate.of(2026, 1, 10), "t", List.of(
                Posting.of("1930", Amount.ofKronor("100.00")), Posting.of("2440", Amount.ofKronor("-99.95")))))
                .hasMessage("Verifikationen x balanserar inte: debet och kredit skiljer 0,05");
    }

    @Test
    void anAccountIsDigits() {
        assertThatThrownBy(() -> Posting.of("19x0", Amount.ZERO)).hasMessageContaining("fyra till åtta siffror");
    }
}
