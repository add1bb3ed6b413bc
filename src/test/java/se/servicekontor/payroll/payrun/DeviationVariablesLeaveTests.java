package se.servicekontor.payroll.payrun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import se.servicekontor.payroll.employment.EmploymentForm;
import se.servicekontor.payroll.employment.TaxKind;
import se.servicekontor.payroll.rules.PayCalculator.Variable;
import se.servicekontor.payroll.timereport.DeviationCode;

/**
 * Issues 5 and 12: the pay run deducts leave (TJL, VAB, FPL) by AB § 28 (UNCONFIRMED) — per scheduled work day, a whole
 * calendar month the whole salary — judged on the whole leave: a part priced at its own salary, and a row continuing a row of
 * the same code separated only by days off (in this run or settled by an earlier one), know the whole leave's first and last
 * day (DOMAIN.md decisions 2026-12-08: adjacent rows separated only by non-work days are one leave).
 */
class DeviationVariablesLeaveTests {

    @Test
    void leaveVabAndParentalLeaveAreAllDeductedByTheLeaveRuleWithTheirOwnName() {
        var result = DeviationVariables.map(employment(List.of(salary("2020-01-01", "30000"))), List.of(
                absence(1, DeviationCode.LEAVE_OF_ABSENCE, "2026-10-05", "2026-10-16", null),
                absence(2, DeviationCode.CARE_OF_SICK_CHILD, "2026-10-19", "2026-10-19", null),
                absence(3, DeviationCode.PARENTAL_LEAVE, "2026-10-21", "2026-10-31", "50")));
        assertThat(result.variables()).extracting(m -> (Variable.LeaveOfAbsence) m.variable())
                .extracting(Variable.LeaveOfAbsence::text, Variable.LeaveOfAbsence::leaveFrom, Variable.LeaveOfAbsence::leaveTo,
                        Variable.LeaveOfAbsence::extentPercent)
                .containsExactly(tuple("tjänstledighet", day("2026-10-05"), day("2026-10-16"), new BigDecimal("100")),
                        tuple("vård av barn", day("2026-10-19"), day("2026-10-19"), new BigDecimal("100")),
                        tuple("föräldraledighet", day("2026-10-21"), day("2026-10-31"), new BigDecimal("50")));
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void adjacentRowsOfTheSameCodeAreOneLeave() {
        // TJL Thu 1 – Sat 3 Oct and Sun 4 – Tue 6 Oct: 3 days each, one leave of 6 days → both judged long
        var result = DeviationVariables.map(employment(List.of(salary("2020-01-01", "30000"))), List.of(
                absence(1, DeviationCode.LEAVE_OF_ABSENCE, "2026-10-01", "2026-10-03", null),
                absence(2, DeviationCode.LEAVE_OF_ABSENCE, "2026-10-04", "2026-10-06", null)));
        assertThat(leaves(result)).containsExactly(
                tuple(day("2026-10-01"), day("2026-10-03"), day("2026-10-01"), day("2026-10-06")),
                tuple(day("2026-10-04"), day("2026-10-06"), day("2026-10-01"), day("2026-10-06")));
    }

    @Test
    void rowsSeparatedOnlyByDaysOffAreOneLeaveAnotherCodeIsNot() {
        // TJL Thu 1 – Fri 2 Oct, weekend not reported, TJL Mon 5 – Wed 7 Oct: only days off between → one leave 1–7 Oct.
        // FPL Thu 8 – Fri 9 Oct right after: another code, a leave of its own
        var result = DeviationVariables.map(employment(List.of(salary("2020-01-01", "30000"))), List.of(
                absence(1, DeviationCode.LEAVE_OF_ABSENCE, "2026-10-01", "2026-10-02", null),
                absence(2, DeviationCode.LEAVE_OF_ABSENCE, "2026-10-05", "2026-10-07", null),
                absence(3, DeviationCode.PARENTAL_LEAVE, "2026-10-08", "2026-10-09", null)));
        assertThat(leaves(result)).containsExactly(
                tuple(day("2026-10-01"), day("2026-10-02"), day("2026-10-01"), day("2026-10-07")),
                tuple(day("2026-10-05"), day("2026-10-07"), day("2026-10-01"), day("2026-10-07")),
                tuple(day("2026-10-08"), day("2026-10-09"), day("2026-10-08"), day("2026-10-09")));
    }

    @Test
    void aWorkDayBetweenRowsMakesTwoLeaves() {
        // TJL Thu 1 – Fri 2 Oct and Tue 6 – Wed 7 Oct: Mon 5 Oct is a work day between them → two leaves
        var result = DeviationVariables.map(employment(List.of(salary("2020-01-01", "30000"))), List.of(
                absence(1, DeviationCode.LEAVE_OF_ABSENCE, "2026-10-01", "2026-10-02", null),
                absence(2, DeviationCode.LEAVE_OF_ABSENCE, "2026-10-06", "2026-10-07", null)));
        assertThat(leaves(result)).containsExactly(
                tuple(day("2026-10-01"), day("2026-10-02"), day("2026-10-01"), day("2026-10-02")),
                tuple(day("2026-10-06"), day("2026-10-07"), day("2026-10-06"), day("2026-10-07")));
    }

    @Test
    void anEasterWeekOfVacationCountsItsScheduledWorkDays() {
        // Semester Mon 30 March – Tue 7 April 2026: weekdays 30, 31 Mar, 1, 2, 3, 6, 7 Apr = 7, less långfredagen (3 Apr) and
        // annandag påsk (6 Apr) = 5 vacation days (semesterdagstillägg for 5, not 7)
        var result = DeviationVariables.map(employment(List.of(salary("2020-01-01", "30000"))),
                List.of(absence(1, DeviationCode.VACATION, "2026-03-30", "2026-04-07", null)));
        assertThat(result.variables()).extracting(DeviationVariables.Mapped::variable).containsExactly(new Variable.Vacation(5));
    }

    @Test
    void aRowContinuingASettledRowBeginsTheLeaveOnThatRowsFirstDay() {
        // TJL Wed 28 – Sat 31 Oct was settled by the November run; TJL Sun 1 – Tue 3 Nov continues it: the leave is 28 Oct – 3 Nov
        var result = DeviationVariables.map(employment(List.of(salary("2020-01-01", "30000"))),
                List.of(absence(7, DeviationCode.LEAVE_OF_ABSENCE, "2026-11-01", "2026-11-03", null)), List.of(), Optional.empty(),
                day("2026-11-30"), Map.of(7L, day("2026-10-28")));
        assertThat(leaves(result)).containsExactly(tuple(day("2026-11-01"), day("2026-11-03"), day("2026-10-28"), day("2026-11-03")));
        // every day of a leave is deducted at the same AB § 28 day value whatever its length: nothing to re-price or flag
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void aRowContinuingALongSettledRowIsNotFlagged() {
        // TJL Tue 20 – Sat 31 Oct (12 days) was long on its own, deducted per calendar day: nothing to check
        var result = DeviationVariables.map(employment(List.of(salary("2020-01-01", "30000"))),
                List.of(absence(7, DeviationCode.LEAVE_OF_ABSENCE, "2026-11-01", "2026-11-03", null)), List.of(), Optional.empty(),
                day("2026-11-30"), Map.of(7L, day("2026-10-20")));
        assertThat(leaves(result)).containsExactly(tuple(day("2026-11-01"), day("2026-11-03"), day("2026-10-20"), day("2026-11-03")));
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void eachPartOfALongLeaveOverASalaryRiseKnowsTheWholeLeave() {
        // 30 000 kr until Sun 11 Oct, 33 000 kr from Mon 12 Oct; TJL Mon 5 – Fri 16 Oct: parts 5–11 Oct at 30 000.00 (not the
        // salary day's) and 12–16 Oct at 33 000 (the salary day's), both of the leave 5–16 Oct
        var result = DeviationVariables.map(employment(List.of(salary("2020-01-01", "30000"), salary("2026-10-12", "33000"))),
                List.of(absence(1, DeviationCode.LEAVE_OF_ABSENCE, "2026-10-05", "2026-10-16", null)), day("2026-10-31"));
        assertThat(result.variables()).extracting(DeviationVariables.Mapped::variable).containsExactly(
                new Variable.AtSalary(new BigDecimal("30000.00"), new Variable.LeaveOfAbsence(day("2026-10-05"), day("2026-10-11"),
                        List.of(day("2026-10-05"), day("2026-10-06"), day("2026-10-07"), day("2026-10-08"), day("2026-10-09")),
                        Variable.FULL_EXTENT, day("2026-10-05"), day("2026-10-16"), "tjänstledighet")),
                new Variable.LeaveOfAbsence(day("2026-10-12"), day("2026-10-16"),
                        List.of(day("2026-10-12"), day("2026-10-13"), day("2026-10-14"), day("2026-10-15"), day("2026-10-16")),
                        Variable.FULL_EXTENT, day("2026-10-05"), day("2026-10-16"), "tjänstledighet"));
    }

    /** from, to, leaveFrom, leaveTo of each leave variable. */
    private static List<org.assertj.core.groups.Tuple> leaves(DeviationVariables.Result result) {
        return result.variables().stream().map(m -> (Variable.LeaveOfAbsence) m.variable())
                .map(l -> tuple(l.from(), l.to(), l.leaveFrom(), l.leaveTo())).toList();
    }

    private static EmployeeInput.Employment employment(List<EmployeeInput.Salary> salaries) {
        return new EmployeeInput.Employment(1, "1030", LocalDate.of(2020, 1, 1), null, EmploymentForm.PERMANENT, new BigDecimal("100"),
                TaxKind.TABLE, 33, 1, null, null, "5000", "1234567", salaries, List.of());
    }

    private static EmployeeInput.Salary salary(String from, String amount) {
        return new EmployeeInput.Salary(day(from), new BigDecimal(amount));
    }

    private static EmployeeInput.Deviation absence(long id, DeviationCode code, String from, String to, String extent) {
        return new EmployeeInput.Deviation(id, 1, code, day(from), day(to), extent == null ? null : new BigDecimal(extent), null);
    }

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }
}
