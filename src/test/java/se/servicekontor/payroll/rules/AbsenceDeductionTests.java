package se.servicekontor.payroll.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

/**
 * AB § 28 as briefed (UNCONFIRMED): a leave of at most 5 days per work day (monthly × 12 / 260), a longer one per
 * calendar day (monthly × 12 / 365); hours at monthly × 12 / (52 × weekly hours).
 */
class AbsenceDeductionTests {

    final AbsenceDeduction absence = new AbsenceDeduction(ReferenceValues.bundled());
    static final BigDecimal SALARY = new BigDecimal("30000.00");
    static final YearMonth SEPTEMBER = YearMonth.of(2026, 9);

    @Test
    void aFiveDayLeaveIsDeductedPerWorkDay() {
        // Mon 7 – Fri 11 Sept 2026 = 5 calendar days: 5 work days × (30 000 × 12 / 260 = 1 384.615… → 1 384.62) = 6 923.10
        var d = absence.leave(LocalDate.of(2026, 9, 7), LocalDate.of(2026, 9, 11),
                PayCalculator.weekdays(LocalDate.of(2026, 9, 7), LocalDate.of(2026, 9, 11)), SEPTEMBER, SALARY);
        assertThat(d.perCalendarDay()).isFalse();
        assertThat(d.days()).isEqualTo(5);
        assertThat(d.amount()).isEqualByComparingTo("6923.10");
    }

    @Test
    void aLongerLeaveIsDeductedPerCalendarDayWeekendIncluded() {
        // Mon 7 – Sun 13 Sept = 7 calendar days × (30 000 × 12 / 365 = 986.3013… → 986.30) = 6 904.10
        var d = absence.leave(LocalDate.of(2026, 9, 7), LocalDate.of(2026, 9, 13),
                PayCalculator.weekdays(LocalDate.of(2026, 9, 7), LocalDate.of(2026, 9, 13)), SEPTEMBER, SALARY);
        assertThat(d.perCalendarDay()).isTrue();
        assertThat(d.days()).isEqualTo(7);
        assertThat(d.amount()).isEqualByComparingTo("6904.10");
    }

    @Test
    void aLeaveOverAMonthEndIsLongByItsWholeLengthAndSettledMonthByMonth() {
        // 28 Sept – 9 Oct 2026 = 12 days → long. September: 28–30 = 3 × 986.30 = 2 958.90; October: 1–9 = 9 × 986.30 = 8 876.70
        LocalDate from = LocalDate.of(2026, 9, 28);
        LocalDate to = LocalDate.of(2026, 10, 9);
        var september = absence.leave(from, to, PayCalculator.weekdays(from, to), SEPTEMBER, SALARY);
        var october = absence.leave(from, to, PayCalculator.weekdays(from, to), YearMonth.of(2026, 10), SALARY);
        assertThat(september.amount()).isEqualByComparingTo("2958.90");
        assertThat(october.amount()).isEqualByComparingTo("8876.70");
    }

    @Test
    void aLongLeaveInALeapFebruaryCounts29Days() {
        // all of February 2028 (29 days) at 30 000: 29 × 986.30 = 28 602.70 (365-day divisor also in a leap year)
        var d = absence.leave(LocalDate.of(2028, 2, 1), LocalDate.of(2028, 2, 29),
                PayCalculator.weekdays(LocalDate.of(2028, 2, 1), LocalDate.of(2028, 2, 29)), YearMonth.of(2028, 2), SALARY);
        assertThat(d.days()).isEqualTo(29);
        assertThat(d.amount()).isEqualByComparingTo("28602.70");
    }

    @Test
    void hoursAreDeductedAtTheHourlyPayRoundedOnce() {
        // 30 000 × 12 × 3.5 / (52 × 40) = 1 260 000 / 2 080 = 605.769… → 605.77
        assertThat(AbsenceDeduction.hours(SALARY, new BigDecimal("40"), new BigDecimal("3.5"))).isEqualByComparingTo("605.77");
        // an 8-hour day at 40 h/week equals the work-day pay: 30 000 × 12 × 8 / 2 080 = 1 384.615… → 1 384.62
        assertThat(AbsenceDeduction.hours(SALARY, new BigDecimal("40"), new BigDecimal("8"))).isEqualByComparingTo("1384.62");
    }
}
