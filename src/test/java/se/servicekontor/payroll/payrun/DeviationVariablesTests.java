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

/** How the pay run turns October's deviations into the calculator's variables, and what it lists instead. */
class DeviationVariablesTests {

    static final LocalDate MONDAY = LocalDate.of(2026, 10, 5);

    @Test
    void partTimeAbsencesCarryTheirExtentInsteadOfAnError() {
        var result = DeviationVariables.map(employment(EmploymentForm.PERMANENT, "33000"), List.of(
                absence(1, DeviationCode.SICK_LEAVE, MONDAY, MONDAY.plusDays(2), "50"),
                absence(2, DeviationCode.CARE_OF_SICK_CHILD, MONDAY.plusDays(7), MONDAY.plusDays(7), "50"),
                absence(3, DeviationCode.PARENTAL_LEAVE, MONDAY.plusDays(14), MONDAY.plusDays(18), "25"),
                absence(4, DeviationCode.LEAVE_OF_ABSENCE, MONDAY.plusDays(21), MONDAY.plusDays(21), null)));

        assertThat(result.problems()).isEmpty();
        assertThat(result.paidDeviations()).containsExactly(1L, 2L, 3L, 4L);
        assertThat(result.variables()).extracting(DeviationVariables.Mapped::variable).satisfiesExactly(
                v -> assertThat(v).isInstanceOfSatisfying(Variable.Sickness.class, s -> {
                    assertThat(s.extentPercent()).isEqualByComparingTo("50");
                    assertThat(s.workDays()).hasSize(3);
                    assertThat(s.karensApplies()).isTrue();
                }),
                v -> assertThat(v).isInstanceOfSatisfying(Variable.LeaveOfAbsence.class,
                        l -> assertThat(l.extentPercent()).isEqualByComparingTo("50")),
                v -> assertThat(v).isInstanceOfSatisfying(Variable.LeaveOfAbsence.class, l -> {
                    assertThat(l.extentPercent()).isEqualByComparingTo("25");
                    assertThat(l.workDays()).hasSize(5);
                }),
                v -> assertThat(v).isInstanceOfSatisfying(Variable.LeaveOfAbsence.class,
                        l -> assertThat(l.extentPercent()).isEqualByComparingTo("100")));
    }

    @Test
    void halfDayVacationIsPaidWithAWarningToCheckIt() {
        var result = DeviationVariables.map(employment(EmploymentForm.PERMANENT, "33000"),
                List.of(absence(1, DeviationCode.VACATION, MONDAY, MONDAY.plusDays(1), "50")));
        assertThat(result.variables()).extracting(DeviationVariables.Mapped::variable)
                .containsExactly(new Variable.Vacation(2, new BigDecimal("50")));
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("PART_DAY_VACATION");
            assertThat(p.severity()).isEqualTo(Severity.WARNING);
        });
    }

    @Test
    void overtimeOfAnHourlyPaidEmployeeIsPaidOnTheHourlyRate() {
        var result = DeviationVariables.map(employment(EmploymentForm.HOURLY, "182.40"), List.of(
                hours(1, DeviationCode.OVERTIME_SIMPLE, "3.5"), hours(2, DeviationCode.OVERTIME_QUALIFIED, "2"),
                absence(3, DeviationCode.CARE_OF_SICK_CHILD, MONDAY, MONDAY, "50")));
        assertThat(result.problems()).isEmpty();
        assertThat(result.variables()).extracting(DeviationVariables.Mapped::variable).containsExactly(
                new Variable.HourlyOvertime(new BigDecimal("3.5"), new BigDecimal("182.40"), false),
                new Variable.HourlyOvertime(new BigDecimal("2"), new BigDecimal("182.40"), true));
        assertThat(result.paidDeviations()).containsExactly(1L, 2L, 3L); // the hourly employee's absence has nothing to deduct
    }

    @Test
    void hourlyOvertimeWithoutAnHourlyRateIsAnError() {
        var result = DeviationVariables.map(employment(EmploymentForm.HOURLY, null),
                List.of(hours(1, DeviationCode.OVERTIME_SIMPLE, "3.5")));
        assertThat(result.variables()).isEmpty();
        assertThat(result.paidDeviations()).isEmpty();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("HOURLY_RATE_MISSING_FOR_HOURS");
            assertThat(p.severity()).isEqualTo(Severity.ERROR);
        });
    }

    @Test
    void anExtentOutsideZeroToOneHundredIsAnError() {
        var result = DeviationVariables.map(employment(EmploymentForm.PERMANENT, "33000"),
                List.of(absence(1, DeviationCode.SICK_LEAVE, MONDAY, MONDAY, "0"), absence(2, DeviationCode.SICK_LEAVE, MONDAY, MONDAY, "150")));
        assertThat(result.variables()).isEmpty();
        assertThat(result.problems()).extracting(Problem::code).containsExactly("ABSENCE_EXTENT_INVALID", "ABSENCE_EXTENT_INVALID");
    }

    @Test
    void sickHoursOfAnHourlyEmployeeArePaidAsSickPayWithOneKarensPerPeriod() {
        // SJT 8 h on Monday 5 October and 6 h on Tuesday 6 October: one sick period from Monday, the karensavdrag on Monday only
        var result = DeviationVariables.map(hourly("182.50", "20"), List.of(
                sickHours(1, MONDAY, "8"), sickHours(2, MONDAY.plusDays(1), "6")));
        assertThat(result.problems()).isEmpty();
        assertThat(result.paidDeviations()).containsExactly(1L, 2L);
        assertThat(result.variables()).extracting(DeviationVariables.Mapped::variable).containsExactly(
                new Variable.HourlySickPay(MONDAY, MONDAY, new BigDecimal("8"), new BigDecimal("182.50"), new BigDecimal("20"), true),
                new Variable.HourlySickPay(MONDAY, MONDAY.plusDays(1), new BigDecimal("6"), new BigDecimal("182.50"), new BigDecimal("20"),
                        false));
    }

    @Test
    void sickHoursAfterMoreThanFiveDaysStartANewPeriod() {
        // Monday 5 and Monday 12 October: 7 days apart (> 5, Sjuklönelagen 7 §) → a new period with its own karensavdrag
        var result = DeviationVariables.map(hourly("182.50", "20"), List.of(sickHours(1, MONDAY, "8"), sickHours(2, MONDAY.plusDays(7), "8")));
        assertThat(result.variables()).extracting(DeviationVariables.Mapped::variable).extracting(v -> (Variable.HourlySickPay) v)
                .extracting(Variable.HourlySickPay::firstDay, Variable.HourlySickPay::karensApplies)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(MONDAY, true), org.assertj.core.groups.Tuple.tuple(MONDAY.plusDays(7), true));
    }

    @Test
    void sickHoursOnAMonthlyEmploymentAreAnErrorThatPointsToSjk() {
        var result = DeviationVariables.map(employment(EmploymentForm.PERMANENT, "33000"), List.of(sickHours(1, MONDAY, "8")));
        assertThat(result.variables()).isEmpty();
        assertThat(result.paidDeviations()).isEmpty();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("SICK_HOURS_NOT_HOURLY");
            assertThat(p.severity()).isEqualTo(Severity.ERROR);
            assertThat(p.message()).contains("SJT gäller bara timavlönade", "med koden SJK");
        });
    }

    @Test
    void sickLeaveOnAnHourlyEmploymentIsAnErrorThatPointsToSjt() {
        var result = DeviationVariables.map(hourly("182.50", "20"), List.of(absence(1, DeviationCode.SICK_LEAVE, MONDAY, MONDAY, null)));
        assertThat(result.variables()).isEmpty();
        assertThat(result.paidDeviations()).isEmpty(); // left for the payroll officer to correct, not settled with nothing paid
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("SICK_LEAVE_ON_HOURLY");
            assertThat(p.severity()).isEqualTo(Severity.ERROR);
            assertThat(p.message()).contains("SJK gäller månadsavlönade", "SJT (sjuktimmar)");
        });
    }

    @Test
    void sickHoursWithoutWeeklyHoursOrOverSeveralDaysAreErrors() {
        var result = DeviationVariables.map(hourly("182.50", null), List.of(sickHours(1, MONDAY, "8"),
                new EmployeeInput.Deviation(2, 1, DeviationCode.SICK_HOURS, MONDAY, MONDAY.plusDays(1), new BigDecimal("14"), null)));
        assertThat(result.variables()).isEmpty();
        assertThat(result.problems()).extracting(Problem::code).containsExactly("WEEKLY_HOURS_MISSING", "SICK_HOURS_ONE_SHIFT");
    }

    @Test
    void noSickPayBeforeAShortEmploymentHasLasted14Days() {
        // Hourly employment 1–20 October (shorter than a month): sick pay from 15 October (Sjuklönelagen 3 §).
        // SJT on Monday 5 October → no sick pay, a warning, the row settled; SJT on Friday 16 October → paid, a new period.
        var shortEmployment = new EmployeeInput.Employment(1, "4110", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 20),
                EmploymentForm.HOURLY, new BigDecimal("100"), TaxKind.TABLE, 33, 1, null, null, "5000", "1234567",
                List.of(new EmployeeInput.Salary(LocalDate.of(2026, 10, 1), new BigDecimal("182.50"))), new BigDecimal("20"));
        LocalDate friday = LocalDate.of(2026, 10, 16);
        var result = DeviationVariables.map(shortEmployment, List.of(sickHours(1, MONDAY, "8"), sickHours(2, friday, "6")));
        assertThat(result.paidDeviations()).containsExactly(1L, 2L);
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("SICK_PAY_NOT_QUALIFIED");
            assertThat(p.severity()).isEqualTo(Severity.WARNING);
            assertThat(p.message()).contains("2026-10-15", "3 §");
        });
        assertThat(result.variables()).extracting(DeviationVariables.Mapped::variable).containsExactly(
                new Variable.HourlySickPay(friday, friday, new BigDecimal("6"), new BigDecimal("182.50"), new BigDecimal("20"), true));
    }

    @Test
    void aSickPeriodContinuedFromTheMonthBeforeTakesTheRestOfItsKarensNotANewOne() {
        // Sick from Friday 30 January (settled by February's run, 480.00 of the karensavdrag left), again from Monday 2 February
        LocalDate friday = LocalDate.of(2026, 1, 30);
        LocalDate monday = LocalDate.of(2026, 2, 2);
        var earlier = new DeviationVariables.EarlierSickPeriod(friday, LocalDate.of(2026, 1, 31), new BigDecimal("480.00"));
        var result = DeviationVariables.map(employment(EmploymentForm.PERMANENT, "26000"),
                List.of(absence(1, DeviationCode.SICK_LEAVE, monday, monday.plusDays(2), "50")), List.of(), java.util.Optional.of(earlier));
        assertThat(result.variables()).extracting(DeviationVariables.Mapped::variable).containsExactly(Variable.Sickness.row(friday,
                monday, monday.plusDays(2), List.of(monday, monday.plusDays(1), monday.plusDays(2)), false, new BigDecimal("50"),
                new BigDecimal("480.00")));

        // Without an earlier period (none settled, or none loaded): February's part starts a new period and a new karensavdrag
        var today = DeviationVariables.map(employment(EmploymentForm.PERMANENT, "26000"),
                List.of(absence(1, DeviationCode.SICK_LEAVE, monday, monday.plusDays(2), "50")));
        assertThat(today.variables()).extracting(DeviationVariables.Mapped::variable).extracting(v -> (Variable.Sickness) v)
                .extracting(Variable.Sickness::firstDay, Variable.Sickness::karensApplies)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(monday, true));
    }

    @Test
    void aSickShiftContinuedFromTheMonthBeforeTakesTheRestOfItsKarens() {
        // Hourly: sick on Friday 30 October (settled in November, 146.00 left), the next shift Monday 2 November (3 days later)
        LocalDate friday = LocalDate.of(2026, 10, 30);
        LocalDate monday = LocalDate.of(2026, 11, 2);
        var result = DeviationVariables.map(hourly("182.50", "20"), List.of(sickHours(1, monday, "6")), List.of(),
                java.util.Optional.of(new DeviationVariables.EarlierSickPeriod(friday, friday, new BigDecimal("146.00"))));
        assertThat(result.variables()).extracting(DeviationVariables.Mapped::variable).containsExactly(new Variable.HourlySickPay(friday,
                monday, new BigDecimal("6"), new BigDecimal("182.50"), new BigDecimal("20"), false, new BigDecimal("146.00")));
    }

    @Test
    void aRowWithinFiveDaysOfTheEarlierPeriodsLastDayContinuesItAndSixDaysLaterStartsANewOne() {
        // Earlier period Wednesday 28 – Saturday 31 October 2026 (day 1 28 October, nothing of its karensavdrag left).
        // Sjuklönelagen 7 §: 31 October + 5 days = Thursday 5 November continues it; Friday 6 November (6 days) is a new period.
        var earlier = java.util.Optional.of(new DeviationVariables.EarlierSickPeriod(LocalDate.of(2026, 10, 28),
                LocalDate.of(2026, 10, 31), new BigDecimal("0.00")));
        LocalDate thursday = LocalDate.of(2026, 11, 5);
        var continued = DeviationVariables.map(employment(EmploymentForm.PERMANENT, "31200"),
                List.of(absence(7, DeviationCode.SICK_LEAVE, thursday, thursday, null)), List.of(), earlier);
        assertThat(continued.variables()).extracting(DeviationVariables.Mapped::variable).extracting(v -> (Variable.Sickness) v)
                .extracting(Variable.Sickness::firstDay, Variable.Sickness::karensApplies)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 10, 28), false));
        assertThat(continued.sickFirstDays()).containsExactly(java.util.Map.entry(7L, LocalDate.of(2026, 10, 28)));

        var anew = DeviationVariables.map(employment(EmploymentForm.PERMANENT, "31200"),
                List.of(absence(8, DeviationCode.SICK_LEAVE, thursday.plusDays(1), thursday.plusDays(1), null)), List.of(), earlier);
        assertThat(anew.variables()).extracting(DeviationVariables.Mapped::variable).extracting(v -> (Variable.Sickness) v)
                .extracting(Variable.Sickness::firstDay, Variable.Sickness::karensApplies)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(thursday.plusDays(1), true));
        assertThat(anew.sickFirstDays()).containsExactly(java.util.Map.entry(8L, thursday.plusDays(1)));
    }

    @Test
    void aRowReportedLateForDaysBeforeTheEarlierPeriodIsItsOwnPeriodAndDoesNotUseItUp() {
        // Settled earlier: sick 28–31 October, 576.00 of its karensavdrag left. December's run pays a row reported late for
        // Monday 14 – Tuesday 15 September (its own period, a new karensavdrag) and the continuation Sunday 1 – Friday 6 November.
        var earlier = java.util.Optional.of(new DeviationVariables.EarlierSickPeriod(LocalDate.of(2026, 10, 28),
                LocalDate.of(2026, 10, 31), new BigDecimal("576.00")));
        var result = DeviationVariables.map(employment(EmploymentForm.PERMANENT, "31200"), List.of(
                absence(1, DeviationCode.SICK_LEAVE, LocalDate.of(2026, 9, 14), LocalDate.of(2026, 9, 15), null),
                absence(2, DeviationCode.SICK_LEAVE, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 6), null)), List.of(), earlier);
        assertThat(result.problems()).isEmpty();
        assertThat(result.variables()).extracting(DeviationVariables.Mapped::variable).extracting(v -> (Variable.Sickness) v)
                .extracting(Variable.Sickness::firstDay, Variable.Sickness::karensApplies, Variable.Sickness::karensCarried)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 9, 14), true, new BigDecimal("0.00")),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 10, 28), false, new BigDecimal("576.00")));
        assertThat(result.sickFirstDays()).containsOnly(java.util.Map.entry(1L, LocalDate.of(2026, 9, 14)),
                java.util.Map.entry(2L, LocalDate.of(2026, 10, 28)));
    }

    static EmployeeInput.Employment hourly(String rate, String weeklyHours) {
        return new EmployeeInput.Employment(1, "4110", LocalDate.of(2020, 1, 1), null, EmploymentForm.HOURLY, new BigDecimal("100"),
                TaxKind.TABLE, 33, 1, null, null, "5000", "1234567",
                List.of(new EmployeeInput.Salary(LocalDate.of(2020, 1, 1), new BigDecimal(rate))),
                weeklyHours == null ? null : new BigDecimal(weeklyHours));
    }

    static EmployeeInput.Deviation sickHours(long id, LocalDate day, String hours) {
        return new EmployeeInput.Deviation(id, 1, DeviationCode.SICK_HOURS, day, day, new BigDecimal(hours), null);
    }

    @Test
    void day15BetweenTheRowsOfARelapseIsReportedWithTheLaterRow() {
        // Sick Thu 1 – Mon 12 October and Fri 16 – Tue 20 October: 12 → 16 October is 4 days (at most 5), one period from
        // 1 October; its day 15, Thursday 15 October, lies between the rows, in neither row's own days
        LocalDate october1 = LocalDate.of(2026, 10, 1);
        var result = DeviationVariables.map(employment(EmploymentForm.PERMANENT, "31200"), List.of(
                absence(1, DeviationCode.SICK_LEAVE, october1, LocalDate.of(2026, 10, 12), null),
                absence(2, DeviationCode.SICK_LEAVE, LocalDate.of(2026, 10, 16), LocalDate.of(2026, 10, 20), null)));
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("ANMALAN_DAG15");
            assertThat(p.severity()).isEqualTo(Severity.WARNING);
            assertThat(p.message()).contains("2026-10-01", "2026-10-15");
        });
        assertThat(result.variables()).extracting(DeviationVariables.Mapped::variable).extracting(v -> (Variable.Sickness) v)
                .extracting(Variable.Sickness::firstDay, Variable.Sickness::from, Variable.Sickness::to).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(october1, october1, LocalDate.of(2026, 10, 12)),
                        org.assertj.core.groups.Tuple.tuple(october1, LocalDate.of(2026, 10, 16), LocalDate.of(2026, 10, 20)));

        // Day 15 in a row (1–15 October, then 19–20 October): the calculator reports it with that row, the mapping does not
        assertThat(DeviationVariables.map(employment(EmploymentForm.PERMANENT, "31200"), List.of(
                absence(1, DeviationCode.SICK_LEAVE, october1, LocalDate.of(2026, 10, 15), null),
                absence(2, DeviationCode.SICK_LEAVE, LocalDate.of(2026, 10, 19), LocalDate.of(2026, 10, 20), null))).problems()).isEmpty();
    }

    static EmployeeInput.Employment employment(EmploymentForm form, String salary) {
        return new EmployeeInput.Employment(1, "1030", LocalDate.of(2020, 1, 1), null, form, new BigDecimal("100"), TaxKind.TABLE, 33, 1,
                null, null, "5000", "1234567",
                salary == null ? List.of() : List.of(new EmployeeInput.Salary(LocalDate.of(2020, 1, 1), new BigDecimal(salary))));
    }

    static EmployeeInput.Deviation absence(long id, DeviationCode code, LocalDate from, LocalDate to, String extent) {
        return new EmployeeInput.Deviation(id, 1, code, from, to, extent == null ? null : new BigDecimal(extent), null);
    }

    static EmployeeInput.Deviation hours(long id, DeviationCode code, String hours) {
        return new EmployeeInput.Deviation(id, 1, code, MONDAY, MONDAY, new BigDecimal(hours), null);
    }
}
