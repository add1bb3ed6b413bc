package se.servicekontor.payroll.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * Skatteavdrag från engångsbelopp (SFL 12 kap. 6 §). The bundled 2026 column-1 bands are UNCONFIRMED
 * (SOURCE.txt): 0–25 041 → 0 %, –82 800 → 10 %, –192 000 → 21 %, –477 600 → 26 %, –660 000 → 34 %, above → 54 %.
 */
class OneOffTaxTests {

    final OneOffTax oneOff = OneOffTax.bundled();
    static final LocalDate PAYDAY = LocalDate.of(2026, 10, 23);

    @Test
    void thePercentageFollowsTheExpectedAnnualIncomeBand() {
        assertThat(oneOff.percent(PAYDAY, 1, new BigDecimal("25041"))).isEqualByComparingTo("0");
        assertThat(oneOff.percent(PAYDAY, 1, new BigDecimal("25042"))).isEqualByComparingTo("10");
        assertThat(oneOff.percent(PAYDAY, 1, new BigDecimal("477600.99"))).isEqualByComparingTo("26"); // öre dropped
        assertThat(oneOff.percent(PAYDAY, 1, new BigDecimal("477601"))).isEqualByComparingTo("34");
        assertThat(oneOff.percent(PAYDAY, 1, new BigDecimal("2000000"))).isEqualByComparingTo("54");
    }

    @Test
    void aTableDecisionUsesTheOneOffTableOfItsColumn() {
        // expected 35 000 × 12 + 10 000 = 430 000 → 26 %: 10 000 × 26 % = 2 600
        assertThat(oneOff.taxFor(new TaxDecision.Table(33, 1), PAYDAY, new BigDecimal("430000"), new BigDecimal("10000.00")))
                .isEqualTo(2600);
        // 1 234.56 → 1 234 kr × 21 % = 259.14 → 259 (rounded down)
        assertThat(oneOff.taxFor(new TaxDecision.Table(33, 1), PAYDAY, new BigDecimal("150000"), new BigDecimal("1234.56")))
                .isEqualTo(259);
    }

    @Test
    void otherDecisionsUseTheirOwnPercentage() {
        // jämkning 27 %: 10 000 × 27 % = 2 700; secondary income 30 % = 3 000; SINK 25 % = 2 500
        assertThat(oneOff.taxFor(new TaxDecision.FixedPercent(new BigDecimal("27")), PAYDAY, BigDecimal.ZERO, new BigDecimal("10000")))
                .isEqualTo(2700);
        assertThat(oneOff.taxFor(new TaxDecision.SecondaryIncome(), PAYDAY, BigDecimal.ZERO, new BigDecimal("10000"))).isEqualTo(3000);
        assertThat(oneOff.taxFor(new TaxDecision.Sink(new BigDecimal("25")), PAYDAY, BigDecimal.ZERO, new BigDecimal("10000")))
                .isEqualTo(2500);
    }

    @Test
    void aColumnOrYearWithoutATableIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> oneOff.percent(PAYDAY, 2, new BigDecimal("300000")))
                .withMessageContaining("column 2");
        assertThatIllegalArgumentException().isThrownBy(() -> oneOff.percent(LocalDate.of(2027, 1, 25), 1, new BigDecimal("300000")))
                .withMessageContaining("2027");
    }

    @Test
    void brokenTablesAreRefusedWithTheLine() {
        String header = "valid_from,valid_to,column,income_from,income_to,percent\n";
        assertThatThrownBy(() -> OneOffTax.load(new StringReader(header + """
                2026-01-01,2026-12-31,1,0,1000,0
                2026-01-01,2026-12-31,1,1002,,10
                """))).isInstanceOf(InvalidReferenceData.class).hasMessageContaining("line 3").hasMessageContaining("1001");
        assertThatThrownBy(() -> OneOffTax.load(new StringReader(header + """
                2026-01-01,2026-12-31,1,0,1000,0
                """))).isInstanceOf(InvalidReferenceData.class).hasMessageContaining("open top band");
        assertThatThrownBy(() -> OneOffTax.load(new StringReader(header + """
                2026-01-01,2026-12-31,1,0,,120
                """))).isInstanceOf(InvalidReferenceData.class).hasMessageContaining("line 2");
    }
}
