package se.servicekontor.payroll.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Issue 12, part 2 item 2 — AB § 28 as municipal payroll applies it (Kommunal's ombudsman KA 2016; Hultsfred
 * "tjänstledighetsfaktor 1,4"; FAR "kalenderdagsfaktor 7/5 = 1,40"; the agreement text itself UNCONFIRMED): per absent
 * scheduled work day, monthly salary ÷ the month's calendar days × 7/5; a whole calendar month deducts the whole salary; hours
 * at monthly salary × 12 ÷ (52 × weekly hours). It replaces the 12/260 and 12/365 model of private-sector tjänstemän.
 */
class AbsenceDeductionTests {

    final AbsenceDeduction absence = new AbsenceDeduction();
    static final BigDecimal SALARY = new BigDecimal("35000.00");
    static final BigDecimal FULL = BigDecimal.valueOf(100);

    @Test
    void aDayOfLeaveIsTheMonthsCalendarDayPayTimesOnePointFour() {
        // April 2026 has 30 days: 35 000 / 30 × 7/5 = 35 000 × 7 / 150 = 1 633.333… → 1 633.33
        assertThat(AbsenceDeduction.dayValue(SALARY, YearMonth.of(2026, 4), WorkSchedule.STANDARD)).isEqualByComparingTo("1633.33");
        // May 2026 has 31 days: 35 000 × 7 / 155 = 1 580.645… → 1 580.65
        assertThat(AbsenceDeduction.dayValue(SALARY, YearMonth.of(2026, 5), WorkSchedule.STANDARD)).isEqualByComparingTo("1580.65");
        // four days a week, factor 7/4: 35 000 × 7 / (30 × 4) = 2 041.666… → 2 041.67
        assertThat(AbsenceDeduction.dayValue(SALARY, YearMonth.of(2026, 4), WorkSchedule.daysPerWeek(4))).isEqualByComparingTo("2041.67");
    }

    @Test
    void aWeekOfLeaveDeductsItsScheduledWorkDays() {
        // TJL Wed 8 – Tue 14 April 2026: work days 8, 9, 10, 13, 14 = 5 × 1 633.33 = 8 166.65 (weekend not deducted)
        var d = only(absence.part(day("2026-04-08"), day("2026-04-14"), day("2026-04-08"), day("2026-04-14"), WorkSchedule.STANDARD,
                SALARY, FULL));
        assertThat(d.days()).isEqualTo(5);
        assertThat(d.wholeMonth()).isFalse();
        assertThat(d.amount()).isEqualByComparingTo("8166.65");
    }

    @Test
    void anEasterWeekOfLeaveDeductsThreeDays() {
        // TJL 1–7 April 2026: work days 1, 2, 7 (långfredagen and annandag påsk are holidays) = 3 × 1 633.33 = 4 899.99
        var d = only(absence.part(day("2026-04-01"), day("2026-04-07"), day("2026-04-01"), day("2026-04-07"), WorkSchedule.STANDARD,
                SALARY, FULL));
        assertThat(d.days()).isEqualTo(3);
        assertThat(d.amount()).isEqualByComparingTo("4899.99");
    }

    @Test
    void aWholeCalendarMonthDeductsTheWholeSalary() {
        // all of April 2026: 35 000.00, not 20 work days × 1 633.33 = 32 666.60
        var d = only(absence.part(day("2026-04-01"), day("2026-04-30"), day("2026-04-01"), day("2026-04-30"), WorkSchedule.STANDARD,
                SALARY, FULL));
        assertThat(d.wholeMonth()).isTrue();
        assertThat(d.amount()).isEqualByComparingTo("35000.00");
    }

    @Test
    void aLeaveOverThreeMonthsIsDeductedMonthByMonth() {
        // TJL 15 Oct – 31 Dec 2026 as one row: October 15–31 = 12 work days (15, 16, 19–23, 26–30; Sat 31 Oct is alla helgons dag) × (35 000 × 7 / 155 = 1 580.65) = 18 967.80;
        // November and December whole months = 35 000.00 each
        var months = absence.part(day("2026-10-15"), day("2026-12-31"), day("2026-10-15"), day("2026-12-31"), WorkSchedule.STANDARD,
                SALARY, FULL);
        assertThat(months).extracting(AbsenceDeduction.Deduction::month)
                .containsExactly(YearMonth.of(2026, 10), YearMonth.of(2026, 11), YearMonth.of(2026, 12));
        assertThat(months).extracting(AbsenceDeduction.Deduction::amount).usingComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .containsExactly(new BigDecimal("18967.80"), new BigDecimal("35000.00"), new BigDecimal("35000.00"));
    }

    @Test
    void twoRowsOfOneWholeMonthAddUpToTheSalary() {
        // the leave is all of April 2026 (20 work days), paid as 1–15 and 16–30 April: 1–15 has 9 work days (1, 2, 7–10, 13–15),
        // 16–30 has 11. 35 000 × 9 / 20 = 15 750.00 and 35 000 × 11 / 20 = 19 250.00 → 35 000.00 together
        var first = only(absence.part(day("2026-04-01"), day("2026-04-30"), day("2026-04-01"), day("2026-04-15"), WorkSchedule.STANDARD,
                SALARY, FULL));
        var second = only(absence.part(day("2026-04-01"), day("2026-04-30"), day("2026-04-16"), day("2026-04-30"), WorkSchedule.STANDARD,
                SALARY, FULL));
        assertThat(first.amount()).isEqualByComparingTo("15750.00");
        assertThat(second.amount()).isEqualByComparingTo("19250.00");
    }

    @Test
    void halfDaysOfParentalLeaveDeductHalfTheDayValue() {
        // FPL 50 % Mon 13 – Fri 17 April 2026: 5 × (1 633.33 × 50 % = 816.665 → 816.67) = 4 083.35
        var d = only(absence.part(day("2026-04-13"), day("2026-04-17"), day("2026-04-13"), day("2026-04-17"), WorkSchedule.STANDARD,
                SALARY, new BigDecimal("50")));
        assertThat(d.amount()).isEqualByComparingTo("4083.35");
    }

    @Test
    void hoursAreDeductedAtTheHourlyPayRoundedOnce() {
        // 35 000 × 12 × 3.5 / (52 × 40) = 1 470 000 / 2 080 = 706.730… → 706.73
        assertThat(AbsenceDeduction.hours(SALARY, new BigDecimal("40"), new BigDecimal("3.5"))).isEqualByComparingTo("706.73");
    }

    private static AbsenceDeduction.Deduction only(List<AbsenceDeduction.Deduction> deductions) {
        assertThat(deductions).hasSize(1);
        return deductions.get(0);
    }

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }
}
