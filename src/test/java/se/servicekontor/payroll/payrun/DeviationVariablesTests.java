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
                v -> assertThat(v).isInstanceOfSatisfying(Variable.UnpaidLeave.class,
                        l -> assertThat(l.extentPercent()).isEqualByComparingTo("50")),
                v -> assertThat(v).isInstanceOfSatisfying(Variable.UnpaidLeave.class, l -> {
                    assertThat(l.extentPercent()).isEqualByComparingTo("25");
                    assertThat(l.workDays()).hasSize(5);
                }),
                v -> assertThat(v).isInstanceOfSatisfying(Variable.UnpaidLeave.class,
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
                absence(3, DeviationCode.SICK_LEAVE, MONDAY, MONDAY, "50")));
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
