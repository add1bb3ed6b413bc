package se.servicekontor.payroll.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.servicekontor.payroll.rules.PayCalculator.SalarySegment;
import se.servicekontor.payroll.rules.PayCalculator.Variable.OneOffPayment;

/**
 * Issue 12 item 6 / issue 17: the one-off (engångsbelopp) table has a table per column of the tax decision, and each column
 * is looked up on its own — a retro line for a column-3 employee (wages, 66 or older) uses column 3.
 * <p>
 * Skatteverket's 2026 bands for columns 2–6 were not retrieved (DOMAIN.md §3); the column-3 bands below are in the shape
 * Skatteverket publishes on its "Engångsbelopp" page (third table: 0–24 237 kr 0 %, 24 238–310 800 10 %, 310 801–463 000
 * 28 %, 463 001–598 500 34 %, 598 501–775 900 57 %, above 60 %; the page does not state the year), dated 2026 for this test.
 */
class OneOffTaxAllColumnsTests {

    static final String COLUMNS_2_TO_6 = """
            valid_from,valid_to,column,income_from,income_to,percent
            2026-01-01,2026-12-31,3,0,24237,0
            2026-01-01,2026-12-31,3,24238,310800,10
            2026-01-01,2026-12-31,3,310801,463000,28
            2026-01-01,2026-12-31,3,463001,598500,34
            2026-01-01,2026-12-31,3,598501,775900,57
            2026-01-01,2026-12-31,3,775901,,60
            2026-01-01,2026-12-31,2,0,63700,0
            2026-01-01,2026-12-31,2,63701,,23
            2026-01-01,2026-12-31,4,0,,30
            2026-01-01,2026-12-31,5,0,,31
            2026-01-01,2026-12-31,6,0,,32
            """;

    final OneOffTax allColumns = OneOffTax.of(List.of(OneOffTax.bundled(), OneOffTax.load(new StringReader(COLUMNS_2_TO_6))));

    @Test
    void eachColumnHasItsOwnBands() {
        LocalDate payday = LocalDate.of(2026, 12, 23);
        assertThat(allColumns.columnsOn(payday)).containsExactly(1, 2, 3, 4, 5, 6);
        // 300 000 kr a year: column 1 26 % (192 001–477 600), column 3 10 % (24 238–310 800), column 2 23 %, columns 4–6 their own
        assertThat(allColumns.percent(payday, 1, new BigDecimal("300000"))).isEqualByComparingTo("26");
        assertThat(allColumns.percent(payday, 3, new BigDecimal("300000"))).isEqualByComparingTo("10");
        assertThat(allColumns.percent(payday, 2, new BigDecimal("300000"))).isEqualByComparingTo("23");
        assertThat(allColumns.percent(payday, 4, new BigDecimal("300000"))).isEqualByComparingTo("30");
        assertThat(allColumns.percent(payday, 5, new BigDecimal("300000"))).isEqualByComparingTo("31");
        assertThat(allColumns.percent(payday, 6, new BigDecimal("300000"))).isEqualByComparingTo("32");
    }

    /**
     * December 2026 (payday Wed 23 December: the 25th is juldagen, the 24th julafton), table 33 column 3, monthly salary
     * 30 000 kr and 5 000 kr retro pay for April:
     * <ul>
     * <li>monthly tax on 30 000 kr: Skatteverket's line {@code 30B33  29801  30000 5878 5748 2644 …}, column 3 = 2 644 kr;</li>
     * <li>expected annual income 30 000 × 12 + 5 000 = 365 000 kr → column 3's band 310 801–463 000 = 28 %:
     *     5 000 × 28 % = 1 400 kr;</li>
     * <li>tax 2 644 + 1 400 = 4 044 kr (column 1 would have been 5 878 + 5 000 × 26 % = 7 178).</li>
     * </ul>
     */
    @Test
    void aRetroLineForAColumnThreeEmployeeIsTaxedByColumnThree() {
        PayCalculator calculator = new PayCalculator(new PreliminaryTax(TaxTables.bundled(2026)), EmployerContributions.bundled(),
                new PayCalendar(), PayCalculator.AgreementRates.AB_2026, ReferenceValues.bundled(), allColumns);
        PayCalculator.Result result = calculator.calculate(YearMonth.of(2026, 12), LocalDate.of(1958, 5, 5), new TaxDecision.Table(33, 3),
                List.of(new SalarySegment(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31), new BigDecimal("30000"), new BigDecimal("100"))),
                new BigDecimal("30000"), List.of(new OneOffPayment(new BigDecimal("5000.00"), OneOffPayment.Kind.RETRO_PAY, null,
                        LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30))));
        assertThat(result.payday()).isEqualTo(LocalDate.of(2026, 12, 23));
        assertThat(result.grossTaxable()).isEqualByComparingTo("35000.00");
        assertThat(result.tax()).isEqualByComparingTo("4044.00");
    }

    @Test
    void withoutTheColumnsTableTheRefusalSaysWhichColumnToImport() {
        assertThatIllegalArgumentException().isThrownBy(() -> OneOffTax.bundled().percent(LocalDate.of(2026, 12, 23), 3, new BigDecimal("365000")))
                .withMessageContaining("column 3").withMessageContaining("import");
    }
}
