package se.servicekontor.payroll.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** DOMAIN.md §3 Vacation: 12 % / 14.88 % / 15.36 % of variable pay for 25 / 31 / 32 days, by the age turned in the year. */
class VariableVacationPayTests {

    final VariableVacationPay vacation = new VariableVacationPay(ReferenceValues.bundled());

    @Test
    void twentyFiveDaysGiveTwelvePercent() {
        // born 1990: turns 36 in 2026 → 25 days × 0.48 % = 12 %; 6 840.00 × 12 % = 820.80
        LocalDate born = LocalDate.of(1990, 5, 5);
        assertThat(vacation.vacationDays(born, LocalDate.of(2026, 10, 1))).isEqualTo(25);
        assertThat(vacation.percent(born, LocalDate.of(2026, 10, 1))).isEqualByComparingTo("12.00");
        assertThat(vacation.amount(born, LocalDate.of(2026, 10, 1), new BigDecimal("6840.00"))).isEqualByComparingTo("820.80");
    }

    @Test
    void theYearOneTurnsFortyGivesThirtyOneDaysFromFirstJanuary() {
        // born 1 July 1986: turns 40 in 2026. 31 December 2025 → 25 days (12 %); 1 January 2026, before the birthday → 31 days
        LocalDate born = LocalDate.of(1986, 7, 1);
        assertThat(vacation.percent(born, LocalDate.of(2025, 12, 31))).isEqualByComparingTo("12.00");
        assertThat(vacation.vacationDays(born, LocalDate.of(2026, 1, 1))).isEqualTo(31);
        // 31 × 0.48 = 14.88 %; 20 000.00 × 14.88 % = 2 976.00
        assertThat(vacation.percent(born, LocalDate.of(2026, 1, 1))).isEqualByComparingTo("14.88");
        assertThat(vacation.amount(born, LocalDate.of(2026, 1, 1), new BigDecimal("20000.00"))).isEqualByComparingTo("2976.00");
    }

    @Test
    void theYearOneTurnsFiftyGivesThirtyTwoDays() {
        // born 1976: turns 50 in 2026 → 32 × 0.48 = 15.36 %; 20 000.00 × 15.36 % = 3 072.00; in 2025 (turned 49) 14.88 %
        LocalDate born = LocalDate.of(1976, 12, 31);
        assertThat(vacation.percent(born, LocalDate.of(2026, 2, 1))).isEqualByComparingTo("15.36");
        assertThat(vacation.amount(born, LocalDate.of(2026, 2, 1), new BigDecimal("20000.00"))).isEqualByComparingTo("3072.00");
        assertThat(vacation.percent(born, LocalDate.of(2025, 12, 31))).isEqualByComparingTo("14.88");
    }

    @Test
    void bornOnALeapDayTurnsFortyInTheLeapYear2028() {
        // born 29 February 1988: turns 40 in 2028 (a leap year, so the birthday exists) → 31 days from 1 January 2028
        LocalDate born = LocalDate.of(1988, 2, 29);
        assertThat(vacation.vacationDays(born, LocalDate.of(2027, 12, 31))).isEqualTo(25);
        assertThat(vacation.vacationDays(born, LocalDate.of(2028, 1, 1))).isEqualTo(31);
        assertThat(vacation.vacationDays(born, LocalDate.of(2028, 2, 29))).isEqualTo(31);
    }

    @Test
    void roundsToTheOre() {
        // 2 339.60 × 14.88 % = 348.13248 → 348.13
        assertThat(vacation.amount(LocalDate.of(1980, 3, 14), LocalDate.of(2026, 10, 1), new BigDecimal("2339.60")))
                .isEqualByComparingTo("348.13");
    }
}
