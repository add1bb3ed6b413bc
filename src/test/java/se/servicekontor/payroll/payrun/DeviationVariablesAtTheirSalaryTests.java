package se.servicekontor.payroll.payrun;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.servicekontor.payroll.employment.EmploymentForm;
import se.servicekontor.payroll.employment.TaxKind;
import se.servicekontor.payroll.rules.PayCalculator.Variable;
import se.servicekontor.payroll.timereport.DeviationCode;

/**
 * Absences priced at the monthly salary in force on their own days (issue 5; AB § 28 as read here: a deduction is taken from
 * the monthly salary of the absence days). The month's variable pay is based on the monthly salary of the salary day (the end of
 * the earning month); an absence whose days had another monthly salary (full-time salary × employment rate) carries its own
 * ({@link Variable.AtSalary}). Leave and vacation are split where the monthly salary changes; a sick period is not, it takes the
 * monthly salary of its first day and is flagged. Mon–Fri are the work days (public holidays are the schedule's business).
 */
class DeviationVariablesAtTheirSalaryTests {

    static final LocalDate OCTOBER_31 = LocalDate.of(2026, 10, 31);

    @Test
    void leaveOverASalaryRiseIsSplitAndItsDaysBeforeTheRiseCarryTheOldSalary() {
        // 30 000 kr until Fri 15 May 2026, 33 000 kr from Sat 16 May; leave Fri 15 – Tue 19 May. The salary day 31 May has 33 000.
        //   Fri 15 May: 30 000 → a part of its own at 30 000.00; Mon 18 – Tue 19 May: 33 000, the salary day's, left as it is
        var e = employment(List.of(salary("2020-01-01", "30000"), salary("2026-05-16", "33000")), List.of());
        var result = DeviationVariables.map(e, List.of(absence(1, DeviationCode.LEAVE_OF_ABSENCE, "2026-05-15", "2026-05-19")),
                LocalDate.of(2026, 5, 31));
        assertThat(result.variables()).containsExactly(
                new DeviationVariables.Mapped(new Variable.AtSalary(new BigDecimal("30000.00"), leave("2026-05-15", "2026-05-15", "2026-05-15", "2026-05-19")), day("2026-05-15"),
                        day("2026-05-15"), 1),
                new DeviationVariables.Mapped(leave("2026-05-16", "2026-05-19", "2026-05-15", "2026-05-19"), day("2026-05-16"), day("2026-05-19"), 1));
        assertThat(result.problems()).isEmpty();
        assertThat(result.paidDeviations()).containsExactly(1L);
    }

    @Test
    void vacationOverASalaryRiseIsSplitSoEachPartGetsTheSupplementOfItsOwnSalary() {
        // 30 000 kr until Wed 14 October 2026, 33 000 kr from Thu 15 October; vacation Mon 12 – Fri 23 October (10 work days):
        // 12–14 October (3 days) at 30 000.00, 15–23 October (7 days: 15, 16, 19–23) at 33 000, the salary day's
        var e = employment(List.of(salary("2020-01-01", "30000"), salary("2026-10-15", "33000")), List.of());
        var result = DeviationVariables.map(e, List.of(absence(1, DeviationCode.VACATION, "2026-10-12", "2026-10-23")), OCTOBER_31);
        assertThat(result.variables()).containsExactly(
                new DeviationVariables.Mapped(new Variable.AtSalary(new BigDecimal("30000.00"), new Variable.Vacation(3)), day("2026-10-12"),
                        day("2026-10-14"), 1),
                new DeviationVariables.Mapped(new Variable.Vacation(7), day("2026-10-15"), day("2026-10-23"), 1));
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void aSickPeriodOverASalaryRiseIsPricedAtItsFirstDaysSalaryAndFlagged() {
        // 36 400 kr until Wed 14 October, 39 000 kr from Thu 15; sick Tue 13 – Fri 16 October: one period, one karensavdrag,
        // all four days at 36 400.00 (its first day's), and a warning naming the day of the rise
        var e = employment(List.of(salary("2020-01-01", "36400"), salary("2026-10-15", "39000")), List.of());
        var result = DeviationVariables.map(e, List.of(absence(1, DeviationCode.SICK_LEAVE, "2026-10-13", "2026-10-16")), OCTOBER_31);
        assertThat(result.variables()).containsExactly(new DeviationVariables.Mapped(new Variable.AtSalary(new BigDecimal("36400.00"),
                Variable.Sickness.row(day("2026-10-13"), day("2026-10-13"), day("2026-10-16"),
                        workDays("2026-10-13", "2026-10-16"), true, Variable.FULL_EXTENT, null)),
                day("2026-10-13"), day("2026-10-16"), 2));
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("SALARY_CHANGE_IN_SICK_PERIOD");
            assertThat(p.severity()).isEqualTo(Severity.WARNING);
            assertThat(p.message()).contains("Lönen ändras under sjukperioden 2026-10-13–2026-10-16", "36\u00a0400,00\u00a0kr",
                    "dagarna från 2026-10-15");
        });
    }

    @Test
    void aSickPeriodOverARateChangeAloneKeepsItsOwnWarningAndOverBothGetsBoth() {
        var rateOnly = employment(List.of(salary("2020-01-01", "36400")), List.of(rate("2026-10-15", "50")));
        assertThat(DeviationVariables.map(rateOnly, List.of(absence(1, DeviationCode.SICK_LEAVE, "2026-10-13", "2026-10-16")), OCTOBER_31)
                .problems()).extracting(Problem::code).containsExactly("RATE_CHANGE_IN_SICK_PERIOD");
        var both = employment(List.of(salary("2020-01-01", "36400"), salary("2026-10-14", "39000")), List.of(rate("2026-10-15", "50")));
        assertThat(DeviationVariables.map(both, List.of(absence(1, DeviationCode.SICK_LEAVE, "2026-10-13", "2026-10-16")), OCTOBER_31)
                .problems()).extracting(Problem::code).containsExactly("RATE_CHANGE_IN_SICK_PERIOD", "SALARY_CHANGE_IN_SICK_PERIOD");
    }

    @Test
    void aSalaryAndARateChangeInOneLeaveGiveThreeParts() {
        // 30 000 kr at 100 % until Tue 13 October; 31 250 kr from Wed 14; 80 % from Fri 16. Leave Tue 13 – Fri 16 October:
        //   13 October: 30 000 × 100 % = 30 000.00; 14–15 October: 31 250 × 100 % = 31 250.00;
        //   16 October: 31 250 × 80 % = 25 000.00, as on the salary day 31 October — no salary of its own
        var e = employment(List.of(salary("2020-01-01", "30000"), salary("2026-10-14", "31250")), List.of(rate("2026-10-16", "80")));
        var result = DeviationVariables.map(e, List.of(absence(1, DeviationCode.LEAVE_OF_ABSENCE, "2026-10-13", "2026-10-16")), OCTOBER_31);
        assertThat(result.variables()).containsExactly(
                new DeviationVariables.Mapped(new Variable.AtSalary(new BigDecimal("30000.00"), leave("2026-10-13", "2026-10-13", "2026-10-13", "2026-10-16")), day("2026-10-13"),
                        day("2026-10-13"), 1),
                new DeviationVariables.Mapped(new Variable.AtSalary(new BigDecimal("31250.00"), leave("2026-10-14", "2026-10-15", "2026-10-13", "2026-10-16")),
                        day("2026-10-14"), day("2026-10-15"), 1),
                new DeviationVariables.Mapped(leave("2026-10-16", "2026-10-16", "2026-10-13", "2026-10-16"), day("2026-10-16"), day("2026-10-16"), 1));
    }

    @Test
    void aChangeOnTheAbsencesFirstDayPricesAllOfItAtTheNewSalary() {
        // 30 000 kr until 14 October, 33 000 kr from Thu 15 October, 34 000 kr from 27 October (the salary day's). Leave and,
        // for another employee, sickness Thu 15 – Fri 16 October: one part at 33 000.00 — neither the day before's nor the
        // salary day's — and no warning (the sick period has one salary)
        var e = employment(List.of(salary("2020-01-01", "30000"), salary("2026-10-15", "33000"), salary("2026-10-27", "34000")), List.of());
        assertThat(DeviationVariables.map(e, List.of(absence(1, DeviationCode.LEAVE_OF_ABSENCE, "2026-10-15", "2026-10-16")), OCTOBER_31)
                .variables()).containsExactly(new DeviationVariables.Mapped(new Variable.AtSalary(new BigDecimal("33000.00"),
                        leave("2026-10-15", "2026-10-16")), day("2026-10-15"), day("2026-10-16"), 1));
        var sick = DeviationVariables.map(e, List.of(absence(2, DeviationCode.SICK_LEAVE, "2026-10-15", "2026-10-16")), OCTOBER_31);
        assertThat(sick.variables()).extracting(DeviationVariables.Mapped::variable).containsExactly(new Variable.AtSalary(
                new BigDecimal("33000.00"), Variable.Sickness.row(day("2026-10-15"), day("2026-10-15"), day("2026-10-16"),
                        workDays("2026-10-15", "2026-10-16"), true, Variable.FULL_EXTENT, null)));
        assertThat(sick.problems()).isEmpty();
    }

    @Test
    void aRiseOnTheLeapDayIsSplitInFebruary2028() {
        // 30 000 kr until Mon 28 February 2028, 33 000 kr from Tue 29 February (the salary day, the end of February, has 33 000).
        // Leave Fri 25 – Tue 29 February: 25 and 28 February at 30 000.00; 29 February as it is
        var e = employment(List.of(salary("2020-01-01", "30000"), salary("2028-02-29", "33000")), List.of());
        var result = DeviationVariables.map(e, List.of(absence(1, DeviationCode.LEAVE_OF_ABSENCE, "2028-02-25", "2028-02-29")),
                LocalDate.of(2028, 2, 29));
        assertThat(result.variables()).containsExactly(
                new DeviationVariables.Mapped(new Variable.AtSalary(new BigDecimal("30000.00"), leave("2028-02-25", "2028-02-28", "2028-02-25", "2028-02-29")),
                        day("2028-02-25"), day("2028-02-28"), 1),
                new DeviationVariables.Mapped(leave("2028-02-29", "2028-02-29", "2028-02-25", "2028-02-29"), day("2028-02-29"), day("2028-02-29"), 1));
    }

    @Test
    void aChangeThatLeavesTheMonthlySalaryAsItWasSplitsNothing() {
        // From Wed 14 October 37 500 kr at 80 % = 30 000.00, as 30 000 kr at 100 % before: one part, no salary of its own
        // (the salary day's is 30 000.00 too), and a sick period over it is not flagged
        var e = employment(List.of(salary("2020-01-01", "30000"), salary("2026-10-14", "37500")), List.of(rate("2026-10-14", "80")));
        assertThat(DeviationVariables.map(e, List.of(absence(1, DeviationCode.LEAVE_OF_ABSENCE, "2026-10-13", "2026-10-16")), OCTOBER_31)
                .variables()).containsExactly(new DeviationVariables.Mapped(leave("2026-10-13", "2026-10-16"), day("2026-10-13"),
                        day("2026-10-16"), 1));
        assertThat(DeviationVariables.map(e, List.of(absence(2, DeviationCode.SICK_LEAVE, "2026-10-13", "2026-10-16")), OCTOBER_31)
                .problems()).isEmpty();
    }

    @Test
    void hourlyPaidStaffHaveNoDeductionAndTheirOvertimeTakesTheHourlyRateOfItsDay() {
        // 180.00 kr an hour until 14 October, 190.00 kr from 15 October: VAB over the change deducts nothing; overtime on
        // Tue 13 October is paid at 180.00, on Fri 16 October at 190.00
        var e = new EmployeeInput.Employment(1, "4110", LocalDate.of(2020, 1, 1), null, EmploymentForm.HOURLY, new BigDecimal("100"),
                TaxKind.TABLE, 33, 1, null, null, "5000", "1234567", List.of(salary("2020-01-01", "180.00"), salary("2026-10-15", "190.00")),
                List.of(), new BigDecimal("20"));
        var result = DeviationVariables.map(e, List.of(
                absence(1, DeviationCode.CARE_OF_SICK_CHILD, "2026-10-13", "2026-10-16"),
                new EmployeeInput.Deviation(2, 1, DeviationCode.OVERTIME_SIMPLE, day("2026-10-13"), day("2026-10-13"), new BigDecimal("2"), null),
                new EmployeeInput.Deviation(3, 1, DeviationCode.OVERTIME_SIMPLE, day("2026-10-16"), day("2026-10-16"), new BigDecimal("1"), null)),
                OCTOBER_31);
        assertThat(result.variables()).extracting(DeviationVariables.Mapped::variable).containsExactly(
                new Variable.HourlyOvertime(new BigDecimal("2"), new BigDecimal("180.00"), false),
                new Variable.HourlyOvertime(new BigDecimal("1"), new BigDecimal("190.00"), false));
        assertThat(result.paidDeviations()).containsExactly(1L, 2L, 3L);
        assertThat(result.problems()).isEmpty();
    }

    private static EmployeeInput.Employment employment(List<EmployeeInput.Salary> salaries, List<EmployeeInput.Rate> rates) {
        return new EmployeeInput.Employment(1, "1030", LocalDate.of(2020, 1, 1), null, EmploymentForm.PERMANENT, new BigDecimal("100"),
                TaxKind.TABLE, 33, 1, null, null, "5000", "1234567", salaries, rates);
    }

    private static EmployeeInput.Salary salary(String from, String amount) {
        return new EmployeeInput.Salary(day(from), new BigDecimal(amount));
    }

    private static EmployeeInput.Rate rate(String from, String percent) {
        return new EmployeeInput.Rate(day(from), new BigDecimal(percent));
    }

    private static EmployeeInput.Deviation absence(long id, DeviationCode code, String from, String to) {
        return new EmployeeInput.Deviation(id, 1, code, day(from), day(to), null, null);
    }

    /** Tjänstledighet from–to, all day, a whole leave. */
    private static Variable.LeaveOfAbsence leave(String from, String to) {
        return leave(from, to, from, to);
    }

    /** The part from–to, all day, of the tjänstledighet leaveFrom–leaveTo (judged short or long on the whole). */
    private static Variable.LeaveOfAbsence leave(String from, String to, String leaveFrom, String leaveTo) {
        return new Variable.LeaveOfAbsence(day(from), day(to), workDays(from, to), Variable.FULL_EXTENT, day(leaveFrom), day(leaveTo),
                "tjänstledighet");
    }

    /** Mon–Fri from–to, written out by the caller's comment. */
    private static List<LocalDate> workDays(String from, String to) {
        List<LocalDate> days = new java.util.ArrayList<>();
        for (LocalDate d = day(from); !d.isAfter(day(to)); d = d.plusDays(1))
            if (d.getDayOfWeek().getValue() <= 5)
                days.add(d);
        return days;
    }

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }
}
