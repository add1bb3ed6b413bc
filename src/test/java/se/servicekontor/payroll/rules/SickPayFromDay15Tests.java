package se.servicekontor.payroll.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * DOMAIN.md §3 Sick pay: from day 15 calendar days; AB adds 10 % of pay on days 15–90 (UNCONFIRMED);
 * the employer reports day 15. Calendar-day pay = monthly salary × 12 / 365 (AB § 28 as briefed, UNCONFIRMED).
 */
class SickPayFromDay15Tests {

    final SickPayFromDay15 rule = new SickPayFromDay15(ReferenceValues.bundled());

    static final BigDecimal SALARY = new BigDecimal("36500.00"); // 36 500 × 12 / 365 = 1 200.00 a calendar day

    @Test
    void calendarDayPayIsTwelveMonthsOver365Days() {
        assertThat(AbsenceDeduction.calendarDayPay(SALARY)).isEqualByComparingTo("1200.00");
        // 30 000 × 12 / 365 = 360 000 / 365 = 986.3013… → 986.30
        assertThat(AbsenceDeduction.calendarDayPay(new BigDecimal("30000.00"))).isEqualByComparingTo("986.30");
    }

    @Test
    void dayFifteenFallsInTheMonthReportedAndIsNoticed() {
        // sick from Monday 14 September 2026: day 14 = Sunday 27 Sept, day 15 = Monday 28 Sept.
        // September: days 15–17 = 28, 29, 30 Sept = 3 calendar days → deduction 3 × 1 200 = 3 600.00, addition 10 % = 360.00
        var september = rule.calculate(LocalDate.of(2026, 9, 14), LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30), SALARY);
        assertThat(september.additionDays()).isEqualTo(3);
        assertThat(september.deduction()).isEqualByComparingTo("3600.00");
        assertThat(september.addition()).isEqualByComparingTo("360.00");
        assertThat(september.notice()).hasValueSatisfying(n -> {
            assertThat(n.code()).isEqualTo(Notice.SICK_DAY_15);
            assertThat(n.date()).isEqualTo(LocalDate.of(2026, 9, 28));
        });
        // October: 1–31 Oct = days 18–48, 31 calendar days → 37 200.00 deducted, 3 720.00 added, no second notice
        var october = rule.calculate(LocalDate.of(2026, 9, 14), LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31), SALARY);
        assertThat(october.additionDays()).isEqualTo(31);
        assertThat(october.deduction()).isEqualByComparingTo("37200.00");
        assertThat(october.addition()).isEqualByComparingTo("3720.00");
        assertThat(october.notice()).isEmpty();
    }

    @Test
    void theAdditionStopsAfterDay90ButTheDeductionGoesOn() {
        // sick from Wednesday 1 July 2026: day 90 = 28 September. September 1–30 = days 63–92:
        // 1–28 Sept = 28 days with the addition, 29–30 Sept = 2 days without.
        // deduction 30 × 1 200 = 36 000.00; addition 28 × 1 200 × 10 % = 3 360.00
        var result = rule.calculate(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30), SALARY);
        assertThat(result.additionDays()).isEqualTo(28);
        assertThat(result.laterDays()).isEqualTo(2);
        assertThat(result.deduction()).isEqualByComparingTo("36000.00");
        assertThat(result.addition()).isEqualByComparingTo("3360.00");
    }

    @Test
    void theLeapDayIsACalendarDayLikeAnyOther() {
        // sick from Tuesday 1 February 2028 (leap year): day 15 = 15 Feb; 15–29 Feb = 15 calendar days incl. 29 Feb
        // deduction 15 × 1 200 = 18 000.00; addition 1 800.00
        var result = rule.calculate(LocalDate.of(2028, 2, 1), LocalDate.of(2028, 2, 1), LocalDate.of(2028, 2, 29), SALARY);
        assertThat(result.additionDays()).isEqualTo(15);
        assertThat(result.deduction()).isEqualByComparingTo("18000.00");
        assertThat(result.addition()).isEqualByComparingTo("1800.00");
        assertThat(result.notice()).map(Notice::date).contains(LocalDate.of(2028, 2, 15));
    }

    @Test
    void aPeriodWithinFourteenDaysHasNothingFromDay15() {
        var result = rule.calculate(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 14), SALARY);
        assertThat(result.additionDays() + result.laterDays()).isZero();
        assertThat(result.deduction()).isEqualByComparingTo("0.00");
        assertThat(result.notice()).isEmpty();
    }

    @Test
    void unevenDayPayIsRoundedPerDayFirst() {
        // 30 000: 986.30 a calendar day; 27 days = 26 630.10 deducted; 10 % = 2 663.01
        var result = rule.calculate(LocalDate.of(2026, 9, 21), LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31),
                new BigDecimal("30000.00"));
        assertThat(result.additionDays()).isEqualTo(27); // day 15 = 5 Oct; 5–31 Oct
        assertThat(result.deduction()).isEqualByComparingTo("26630.10");
        assertThat(result.addition()).isEqualByComparingTo("2663.01");
    }
}
