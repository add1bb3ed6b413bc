package se.servicekontor.payroll.payrun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.servicekontor.payroll.employment.EmploymentForm;
import se.servicekontor.payroll.employment.TaxKind;
import se.servicekontor.payroll.rules.NetClaims;
import se.servicekontor.payroll.timereport.DeviationCode;

/**
 * Dated changes of the employment rate (tjänstgöringsgrad) in one employee's pay, plain Java. DOMAIN.md §3 and
 * PayCalculator: the fixed salary is pro-rated by calendar days — each stretch of unchanged salary and rate is
 * full-time salary × rate / 100 × days / days in the month, rounded to the öre (half up) per stretch.
 */
class EmploymentRateChangeTests {

    static final LocalDate BORN_1980 = LocalDate.of(1980, 3, 14);

    @Test
    void aRateCutOnThe16thOfAThirtyDayMonthPaysTwoParts() {
        // June 2026 has 30 days; 30 000 kr full time. 1–15 June at 100 %: 30 000 × 15 / 30 = 15 000.00;
        // 16–30 June at 50 %: 30 000 × 50 % = 15 000 × 15 / 30 = 7 500.00. Total 22 500.00.
        var e = employment(1, "2020-01-01", "100", List.of(salary("2020-01-01", "30000")), List.of(rate("2026-06-16", "50")));
        EmployeePay pay = calculate(YearMonth.of(2026, 6), List.of(e), List.of());
        assertThat(fixed(pay)).containsExactly(
                tuple(new BigDecimal("15000.00"), LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 15)),
                tuple(new BigDecimal("7500.00"), LocalDate.of(2026, 6, 16), LocalDate.of(2026, 6, 30)));
        assertThat(pay.gross()).isEqualByComparingTo("22500.00");
    }

    @Test
    void aSalaryChangeAndARateChangeInTheSameMonthSplitItInThree() {
        // October 2026 has 31 days. Salary 30 000 until 9 Oct, 31 250 from 10 Oct; rate 100 % until 19 Oct, 80 % from 20 Oct.
        //   1–9 Oct (9 days):   30 000 × 9 / 31 = 270 000 / 31 = 8 709.677… → 8 709.68
        //   10–19 Oct (10 days): 31 250 × 10 / 31 = 312 500 / 31 = 10 080.645… → 10 080.65
        //   20–31 Oct (12 days): 31 250 × 80 % = 25 000 × 12 / 31 = 300 000 / 31 = 9 677.419… → 9 677.42
        //   Total 8 709.68 + 10 080.65 + 9 677.42 = 28 467.75
        var e = employment(1, "2020-01-01", "100", List.of(salary("2020-01-01", "30000"), salary("2026-10-10", "31250")),
                List.of(rate("2026-10-20", "80")));
        EmployeePay pay = calculate(YearMonth.of(2026, 10), List.of(e), List.of());
        assertThat(fixed(pay)).containsExactly(
                tuple(new BigDecimal("8709.68"), LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 9)),
                tuple(new BigDecimal("10080.65"), LocalDate.of(2026, 10, 10), LocalDate.of(2026, 10, 19)),
                tuple(new BigDecimal("9677.42"), LocalDate.of(2026, 10, 20), LocalDate.of(2026, 10, 31)));
        assertThat(pay.gross()).isEqualByComparingTo("28467.75");
    }

    @Test
    void aRateChangeOnTheSameDayAsASalaryChangeGivesOneSplit() {
        // November 2026 (30 days): 30 000 at 100 % on 1–14 = 30 000 × 14 / 30 = 14 000.00;
        // from 15 Nov 36 000 at 75 % = 27 000 × 16 / 30 = 14 400.00
        var e = employment(1, "2020-01-01", "100", List.of(salary("2020-01-01", "30000"), salary("2026-11-15", "36000")),
                List.of(rate("2026-11-15", "75")));
        assertThat(fixed(calculate(YearMonth.of(2026, 11), List.of(e), List.of()))).extracting(t -> t.toList().get(0))
                .containsExactly(new BigDecimal("14000.00"), new BigDecimal("14400.00"));
    }

    @Test
    void aRateChangeInAnEarlierMonthIsTheRateOfTheWholeMonth() {
        // 40 % from 1 March 2026: April (30 days) is one part, 32 000 × 40 % = 12 800.00
        var e = employment(1, "2020-01-01", "100", List.of(salary("2020-01-01", "32000")), List.of(rate("2026-03-01", "40")));
        assertThat(fixed(calculate(YearMonth.of(2026, 4), List.of(e), List.of()))).containsExactly(
                tuple(new BigDecimal("12800.00"), LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30)));
    }

    @Test
    void aRateChangeBackdatedIntoALeapFebruaryGivesRetroactivePayOver29Days() {
        // February 2024 (leap year, 29 days) was paid 30 000.00 at 100 %. A rate of 62.5 % from 10 Feb 2024, recorded later:
        //   1–9 Feb (9 days) at 100 %:    30 000 × 9 / 29 = 270 000 / 29 = 9 310.344… → 9 310.34
        //   10–29 Feb (20 days) at 62.5 %: 30 000 × 62.5 % = 18 750 × 20 / 29 = 375 000 / 29 = 12 931.034… → 12 931.03
        //   due 22 241.37, paid 30 000.00 → −7 758.63, paid back in May 2026 as "Retroaktiv lön 2024-02"
        var e = employment(1, "2020-01-01", "100", List.of(salary("2020-01-01", "30000")), List.of(rate("2024-02-10", "62.5")));
        var input = new EmployeeInput(1, BORN_1980, List.of(e), List.of(), null,
                List.of(new EmployeeInput.PaidSalary(1, YearMonth.of(2024, 2), new BigDecimal("30000.00"))), null);
        EmployeePay pay = processor(YearMonth.of(2026, 5)).process(input);
        assertThat(pay.lines()).filteredOn(l -> l.code().equals("RETRO"))
                .extracting(EmployeePay.Line::text, EmployeePay.Line::amount, EmployeePay.Line::earnedFrom, EmployeePay.Line::earnedTo)
                .containsExactly(tuple("Retroaktiv lön 2024-02", new BigDecimal("-7758.63"), LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29)));
        // May 2026 itself: 30 000 × 62.5 % = 18 750.00, one part
        assertThat(fixed(pay)).extracting(t -> t.toList().get(0)).containsExactly(new BigDecimal("18750.00"));
    }

    @Test
    void theMainEmploymentIsChosenByTheRateInForceAtTheEndOfTheMonth() {
        // Employment 1: 30 000 at 100 %, 40 % from 1 Oct 2026 → 12 000.00 a month in October.
        // Employment 2: 25 000 at 60 % → 15 000.00. With the rate from the start employment 1 would win (30 000); the rate on
        // the day makes employment 2 the main one, so its cost centre (and tax decision) is the employee's.
        var one = employment(1, "2020-01-01", "100", List.of(salary("2020-01-01", "30000")), List.of(rate("2026-10-01", "40")));
        var two = new EmployeeInput.Employment(2, "2200", LocalDate.of(2021, 1, 1), null, EmploymentForm.PERMANENT,
                new BigDecimal("60"), TaxKind.TABLE, 33, 1, null, "SKV 2026", "5000", "1234567",
                List.of(salary("2021-01-01", "25000")));
        assertThat(calculate(YearMonth.of(2026, 10), List.of(one, two), List.of()).costCentre()).isEqualTo("2200");
    }

    @Test
    void leaveIsDeductedAtTheRateInForceOnItsDays() {
        // Paid with October 2026 (eftersläp): leave Mon 14 – Thu 17 September; 30 000 kr at 100 % until 15 Sept, 50 % from 16.
        // AB § 28 per work day: monthly salary / the month's calendar days × 7/5 (September: 30 days).
        //   14–15 Sept at 100 %: 30 000 × 7 / 150 = 1 400.00 a day × 2 = 2 800.00
        //   16–17 Sept at 50 %:  15 000 × 7 / 150 = 700.00 a day × 2 = 1 400.00
        // October's salary at 50 %: 15 000.00
        var e = employment(1, "2020-01-01", "100", List.of(salary("2020-01-01", "30000")), List.of(rate("2026-09-16", "50")));
        var leave = new EmployeeInput.Deviation(7, 1, DeviationCode.LEAVE_OF_ABSENCE, LocalDate.of(2026, 9, 14), LocalDate.of(2026, 9, 17),
                null, null);
        EmployeePay pay = calculate(YearMonth.of(2026, 10), List.of(e), List.of(leave));
        assertThat(pay.lines()).filteredOn(l -> l.code().equals("LEDIGHET"))
                .extracting(EmployeePay.Line::amount, EmployeePay.Line::earnedFrom, EmployeePay.Line::earnedTo)
                .containsExactly(tuple(new BigDecimal("-2800.00"), LocalDate.of(2026, 9, 14), LocalDate.of(2026, 9, 15)),
                        tuple(new BigDecimal("-1400.00"), LocalDate.of(2026, 9, 16), LocalDate.of(2026, 9, 17)));
        assertThat(fixed(pay)).extracting(t -> t.toList().get(0)).containsExactly(new BigDecimal("15000.00"));
        assertThat(pay.gross()).isEqualByComparingTo("10800.00"); // 15 000 − 2 800.00 − 1 400.00
        assertThat(pay.paidDeviations()).containsExactly(7L);
    }

    @Test
    void sickDaysBeforeARateCutAreDeductedAndPaidAtTheOldRate() {
        // Sick Tue 8 – Wed 9 September 2026 (days 1–2 of a new period), paid with October; 36 400 kr at 100 % until 15 Sept,
        // 50 % from 16 Sept. Sjuklönelagen 6 §: 80 % of the lost pay less a karensavdrag of 20 % of an average week's sick pay.
        //   Lost pay a work day (AB § 28 day value, September 30 days): 36 400 × 7 / 150 = 1 698.666… → 1 698.67; 2 days →
        //   SJUKAVDRAG −3 397.34
        //   Sick pay 80 %: 1 358.936 → 1 358.94 a day = 2 717.88; average week's sick pay 36 400 × 12 × 80 % / 52 = 6 720.00,
        //   karensavdrag 20 % = 1 344.00 → SJUKLON 2 717.88 − 1 344.00 = 1 373.88
        // (At the month-end rate of 50 % it would have been half the lost pay: −1 698.68.)
        var e = employment(1, "2020-01-01", "100", List.of(salary("2020-01-01", "36400")), List.of(rate("2026-09-16", "50")));
        var sick = new EmployeeInput.Deviation(8, 1, DeviationCode.SICK_LEAVE, LocalDate.of(2026, 9, 8), LocalDate.of(2026, 9, 9), null, null);
        EmployeePay pay = calculate(YearMonth.of(2026, 10), List.of(e), List.of(sick));
        assertThat(pay.lines()).filteredOn(l -> l.code().startsWith("SJUK")).extracting(EmployeePay.Line::code, EmployeePay.Line::amount)
                .containsExactly(tuple("SJUKAVDRAG", new BigDecimal("-3397.34")), tuple("SJUKLON", new BigDecimal("1373.88")));
        assertThat(pay.problems()).extracting(Problem::code).doesNotContain("RATE_CHANGE_IN_SICK_PERIOD");
    }

    @Test
    void aSickPeriodOverARateChangeIsFlagged() {
        var e = employment(1, "2020-01-01", "100", List.of(salary("2020-01-01", "36400")), List.of(rate("2026-09-16", "50")));
        var sick = new EmployeeInput.Deviation(9, 1, DeviationCode.SICK_LEAVE, LocalDate.of(2026, 9, 14), LocalDate.of(2026, 9, 17), null, null);
        assertThat(calculate(YearMonth.of(2026, 10), List.of(e), List.of(sick)).problems()).extracting(Problem::code)
                .contains("RATE_CHANGE_IN_SICK_PERIOD");
    }

    private static EmployeePay calculate(YearMonth month, List<EmployeeInput.Employment> employments, List<EmployeeInput.Deviation> deviations) {
        return processor(month).process(new EmployeeInput(1, BORN_1980, employments, deviations, null));
    }

    private static EmployeePayCalculation processor(YearMonth month) {
        return new EmployeePayCalculation(month, new PayRules(se.servicekontor.payroll.referencedata.PayReferenceData::bundled), new PayRunChecks(new BigDecimal("20")),
                new NetClaims.RecoveryLimit.PercentOfNet(new BigDecimal("25")));
    }

    /** amount, earned from, earned to of the MANADSLON lines. */
    private static List<org.assertj.core.groups.Tuple> fixed(EmployeePay pay) {
        return pay.lines().stream().filter(l -> l.code().equals("MANADSLON"))
                .map(l -> tuple(l.amount(), l.earnedFrom(), l.earnedTo())).toList();
    }

    static EmployeeInput.Employment employment(long id, String start, String rate, List<EmployeeInput.Salary> salaries,
                                               List<EmployeeInput.Rate> rates) {
        return new EmployeeInput.Employment(id, "1030", LocalDate.parse(start), null, EmploymentForm.PERMANENT, new BigDecimal(rate),
                TaxKind.TABLE, 33, 1, null, "SKV 2026", "5000", "1234567", salaries, rates);
    }

    static EmployeeInput.Salary salary(String from, String amount) {
        return new EmployeeInput.Salary(LocalDate.parse(from), new BigDecimal(amount));
    }

    static EmployeeInput.Rate rate(String from, String percent) {
        return new EmployeeInput.Rate(LocalDate.parse(from), new BigDecimal(percent));
    }
}
