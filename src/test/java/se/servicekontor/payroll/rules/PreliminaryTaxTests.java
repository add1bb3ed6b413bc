package se.servicekontor.payroll.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class PreliminaryTaxTests {

    static final PreliminaryTax TAX = new PreliminaryTax(TaxTables.bundled(2026));

    @Test
    void tableDecisionLooksUpTheTableWithÖreDropped() {
        // DOMAIN.md §3: table 33, 34 801–35 000 kr → column 1: 7 134 kr, column 3: 3 881 kr
        assertThat(TAX.taxFor(new TaxDecision.Table(33, 1), new BigDecimal("34900.50"))).isEqualTo(7_134);
        assertThat(TAX.taxFor(new TaxDecision.Table(33, 3), new BigDecimal("35000.99"))).isEqualTo(3_881);
    }

    @Test
    void theTablesDropAtTheSeamBetweenKronorAndPercentageRowsAsSkatteverketPublishesThem() {
        // File rows "30B32  79801  80000 25944 ..." and "30%32  80001  80200   32 ...":
        // 80 000 kr → 25 944 kr; 80 001 kr → 32 % of the whole amount = 25 600.32 → 25 600 kr (SKV 433).
        assertThat(TAX.taxFor(new TaxDecision.Table(32, 1), new BigDecimal("80000.99"))).isEqualTo(25_944);
        assertThat(TAX.taxFor(new TaxDecision.Table(32, 1), new BigDecimal("80001.00"))).isEqualTo(25_600);
    }

    @Test
    void fixedPercentIsRoundedDownToWholeKronor() {
        // 30 000.75 → 30 000 kr; × 27 % = 8 100 kr
        assertThat(TAX.taxFor(new TaxDecision.FixedPercent(new BigDecimal("27")), new BigDecimal("30000.75"))).isEqualTo(8_100);
        // 33 333 × 27.5 % = 9 166.575 → 9 166 kr
        assertThat(TAX.taxFor(new TaxDecision.FixedPercent(new BigDecimal("27.5")), new BigDecimal("33333.00"))).isEqualTo(9_166);
    }

    @Test
    void secondaryIncomeWithholds30Percent() {
        // 12 345.67 → 12 345 kr; × 30 % = 3 703.5 → 3 703 kr
        assertThat(TAX.taxFor(new TaxDecision.SecondaryIncome(), new BigDecimal("12345.67"))).isEqualTo(3_703);
    }

    @Test
    void sinkRateIsData() {
        // 40 001 × 25 % = 10 000.25 → 10 000 kr; at the proposed 22.5 %: 30 000 × 22.5 % = 6 750 kr
        assertThat(TAX.taxFor(new TaxDecision.Sink(new BigDecimal("25")), new BigDecimal("40001.00"))).isEqualTo(10_000);
        assertThat(TAX.taxFor(new TaxDecision.Sink(new BigDecimal("22.5")), new BigDecimal("30000.00"))).isEqualTo(6_750);
    }

    @Test
    void noPayNoTax() {
        assertThat(TAX.taxFor(new TaxDecision.Table(42, 1), BigDecimal.ZERO)).isZero();
        assertThat(TAX.taxFor(new TaxDecision.SecondaryIncome(), new BigDecimal("0.99"))).isZero();
    }

    @Test
    void refusesImpossibleDecisionsAndNegativePay() {
        assertThatIllegalArgumentException().isThrownBy(() -> new TaxDecision.Table(33, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new TaxDecision.FixedPercent(new BigDecimal("100.01")));
        assertThatIllegalArgumentException().isThrownBy(() -> new TaxDecision.Sink(new BigDecimal("-1")));
        assertThatIllegalArgumentException().isThrownBy(() -> TAX.taxFor(new TaxDecision.Table(33, 1), new BigDecimal("-1.00")));
        assertThatIllegalArgumentException().isThrownBy(() -> TAX.taxFor(new TaxDecision.Table(43, 1), new BigDecimal("30000.00")))
                .withMessageContaining("29–42");
    }
}
