package se.servicekontor.accounting.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The seeded chart: accounts are valid inside their dated period only; balance accounts are not offered for coding. */
class ReferenceChartOfAccountsTests {

    private final ReferenceChartOfAccounts chart = new ReferenceChartOfAccounts();
    private final ChartCodingAccounts coding = new ChartCodingAccounts(chart);

    @Test
    void anAccountIsValidThroughItsLastDayAndItsSuccessorFromTheNext() {
        assertThat(chart.find("6530", LocalDate.of(2026, 12, 31))).isPresent();
        assertThat(chart.find("6530", LocalDate.of(2027, 1, 1))).isEmpty();
        assertThat(chart.find("6540", LocalDate.of(2026, 12, 31))).isEmpty();
        assertThat(chart.find("6540", LocalDate.of(2027, 1, 1))).isPresent();
    }

    @Test
    void onlyCostAccountsMayBeCodedOnAnInvoice() {
        LocalDate day = LocalDate.of(2026, 12, 8);
        assertThat(coding.nameOf("6440", day)).contains("Förbrukningsmaterial");
        assertThat(coding.nameOf("2441", day)).isEmpty(); // leverantörsskulder: the ledger's, not a coding line's
        assertThat(coding.nameOf("9999", day)).isEmpty();
        assertThat(coding.codable(day)).contains("6440 Förbrukningsmaterial").noneMatch(a -> a.startsWith("2441"));
    }
}
