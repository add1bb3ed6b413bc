package se.servicekontor.accounting.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.servicekontor.accounting.ledger.SupplierPostings.Accounts;
import se.servicekontor.accounting.ledger.SupplierPostings.CostLine;
import se.servicekontor.accounting.ledger.SupplierPostings.Paid;
import se.servicekontor.accounting.ledger.Verification.Posting;
import se.servicekontor.shared.Amount;

class SupplierPostingsTests {

    final SupplierPostings postings = new SupplierPostings(Accounts.DEFAULTS);
    static final LocalDate JAN_10 = LocalDate.of(2026, 1, 10);

    static Amount kr(String s) {
        return Amount.ofKronor(s);
    }

    @Test
    void anApprovedInvoiceIsTheSketchOfTheFormatNotes() {
        // FORMAT-NOTES.md: 5410 {1 "100"} 10000.00, 2640 2500.00, 2440 -12500.00
        Verification v = postings.approvedInvoice("invoice-approved:88123", JAN_10, "Leverantörsfaktura 88123 Lev 5012",
                List.of(new CostLine("5410", "100", kr("10000.00"))), kr("2500.00"), Amount.ZERO, kr("12500.00"));
        assertThat(v.postings()).containsExactly(
                new Posting("5410", Map.of(1, "100"), kr("10000.00"), null),
                Posting.of("2640", kr("2500.00")),
                Posting.of("2440", kr("-12500.00")));
    }

    @Test
    void twoCostCentresAndCompensatedVat() {
        // 600 + 400 = 1000 net, 250 VAT refunded through LEMK, 1250 owed
        Verification v = postings.approvedInvoice("s", JAN_10, "t", List.of(
                new CostLine("6110", "100", kr("600.00")), new CostLine("6110", "200", kr("400.00"))),
                Amount.ZERO, kr("250.00"), kr("1250.00"));
        assertThat(v.postings()).extracting(Posting::account).containsExactly("6110", "6110", "1573", "2440");
    }

    @Test
    void aCreditNoteTurnsTheSigns() {
        Verification v = postings.approvedInvoice("s", JAN_10, "Kreditnota", List.of(new CostLine("5410", "100", kr("-800.00"))),
                kr("-200.00"), Amount.ZERO, kr("-1000.00"));
        assertThat(v.postings()).extracting(Posting::amount).containsExactly(kr("-800.00"), kr("-200.00"), kr("1000.00"));
    }

    @Test
    void linesThatDoNotAddUpToThePayableAreRefused() {
        assertThatThrownBy(() -> postings.approvedInvoice("s", JAN_10, "t", List.of(new CostLine("5410", "100", kr("100.00"))),
                kr("25.00"), Amount.ZERO, kr("125.01"))).hasMessageContaining("balanserar inte");
    }

    @Test
    void aPaymentIsTheLiabilityAgainstTheBank() {
        // FORMAT-NOTES.md: 2440 12500.00, 2440 3400.50, 1930 -15900.50
        Verification v = postings.payment("payment:SK-PAY-1", LocalDate.of(2026, 1, 15), "Leverantörsbetalningar 2026-01-15",
                List.of(new Paid("Lev 5012 faktura 88123", kr("12500.00")), new Paid("Lev 6001 faktura 1177", kr("3400.50"))));
        assertThat(v.postings()).extracting(Posting::account, Posting::amount).containsExactly(
                org.assertj.core.groups.Tuple.tuple("2440", kr("12500.00")),
                org.assertj.core.groups.Tuple.tuple("2440", kr("3400.50")),
                org.assertj.core.groups.Tuple.tuple("1930", kr("-15900.50")));
    }
}
