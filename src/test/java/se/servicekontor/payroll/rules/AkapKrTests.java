package se.servicekontor.payroll.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** DOMAIN.md §3 Pension: AKAP-KR 6 % up to 7.5 income base amounts a year, 31.5 % above; särskild löneskatt 24.26 %. */
class AkapKrTests {

    final AkapKr akapKr = new AkapKr(ReferenceValues.bundled());

    static final LocalDate PAYDAY_OCTOBER_2026 = LocalDate.of(2026, 10, 23);

    @Test
    void theMonthlyCeilingIsSevenAndAHalfIncomeBaseAmountsOverTwelve() {
        // 2026: 7.5 × 83 400 / 12 = 625 500 / 12 = 52 125.00; 2025: 7.5 × 80 600 / 12 = 604 500 / 12 = 50 375.00
        assertThat(akapKr.monthlyCeiling(PAYDAY_OCTOBER_2026)).isEqualByComparingTo("52125.00");
        assertThat(akapKr.monthlyCeiling(LocalDate.of(2025, 12, 23))).isEqualByComparingTo("50375.00");
    }

    @Test
    void sixPercentBelowTheCeilingPlusSpecialPayrollTax() {
        // 30 000 × 6 % = 1 800.00; särskild löneskatt 1 800 × 24.26 % = 436.68; total 2 236.68
        PensionCost cost = akapKr.cost(PAYDAY_OCTOBER_2026, new BigDecimal("30000.00"));
        assertThat(cost.premiumUpToCeiling()).isEqualByComparingTo("1800.00");
        assertThat(cost.premiumAboveCeiling()).isEqualByComparingTo("0.00");
        assertThat(cost.premium()).isEqualByComparingTo("1800.00");
        assertThat(cost.specialPayrollTax()).isEqualByComparingTo("436.68");
        assertThat(cost.total()).isEqualByComparingTo("2236.68");
    }

    @Test
    void thirtyOneAndAHalfPercentAboveTheCeiling() {
        // 60 000: 52 125 × 6 % = 3 127.50; (60 000 − 52 125) = 7 875 × 31.5 % = 2 480.625 → 2 480.63
        // premium 3 127.50 + 2 480.63 = 5 608.13; SLP 5 608.13 × 24.26 % = 1 360.532338 → 1 360.53; total 6 968.66
        PensionCost cost = akapKr.cost(PAYDAY_OCTOBER_2026, new BigDecimal("60000.00"));
        assertThat(cost.premiumUpToCeiling()).isEqualByComparingTo("3127.50");
        assertThat(cost.premiumAboveCeiling()).isEqualByComparingTo("2480.63");
        assertThat(cost.premium()).isEqualByComparingTo("5608.13");
        assertThat(cost.specialPayrollTax()).isEqualByComparingTo("1360.53");
        assertThat(cost.total()).isEqualByComparingTo("6968.66");
    }

    @Test
    void exactlyAtTheCeilingIsAllAtSixPercent() {
        // 52 125 × 6 % = 3 127.50
        PensionCost cost = akapKr.cost(PAYDAY_OCTOBER_2026, new BigDecimal("52125.00"));
        assertThat(cost.premium()).isEqualByComparingTo("3127.50");
        assertThat(cost.premiumAboveCeiling()).isEqualByComparingTo("0.00");
    }

    @Test
    void theIncomeBaseAmountOfThePaymentYearApplies() {
        // 52 125 paid 23 December 2025 (ceiling 50 375): 50 375 × 6 % = 3 022.50; 1 750 × 31.5 % = 551.25; premium 3 573.75
        assertThat(akapKr.cost(LocalDate.of(2025, 12, 23), new BigDecimal("52125.00")).premium()).isEqualByComparingTo("3573.75");
        // the same pay on 23 January 2026 (ceiling 52 125): 52 125 × 6 % = 3 127.50
        assertThat(akapKr.cost(LocalDate.of(2026, 1, 23), new BigDecimal("52125.00")).premium()).isEqualByComparingTo("3127.50");
    }

    @Test
    void aNegativeMonthCostsNothing() {
        assertThat(akapKr.cost(PAYDAY_OCTOBER_2026, new BigDecimal("-500.00")).total()).isEqualByComparingTo("0.00");
    }

    @Test
    void aYearWithoutAnIncomeBaseAmountIsRefusedNotCarriedForward() {
        assertThatIllegalArgumentException().isThrownBy(() -> akapKr.cost(LocalDate.of(2027, 1, 25), new BigDecimal("30000.00")))
                .withMessageContaining("base.incomeBaseAmount").withMessageContaining("2027");
    }
}
