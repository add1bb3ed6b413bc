package se.servicekontor.payroll.payrun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import se.servicekontor.organization.OrganisationTestConfiguration;
import se.servicekontor.payroll.PayRunId;
import se.servicekontor.payroll.employment.EmploymentEdit;
import se.servicekontor.payroll.employment.Employments;
import se.servicekontor.payroll.employment.LockedPayPeriodChange;
import se.servicekontor.payroll.employment.TaxKind;
import se.servicekontor.testing.PostgresTest;

/**
 * Dated changes of the employment rate (tjänstgöringsgrad) through the pay run job on PostgreSQL, each on an employee whose
 * employment covers only the test's months. Pro-rating by calendar days (DOMAIN.md §3, PayCalculator): full-time salary
 * × rate / 100 × days / days in the month, öre half up per part; retro pay = what is due under the history now less what
 * released runs paid, per month.
 */
@PostgresTest
@Import(OrganisationTestConfiguration.class)
@TestPropertySource(properties = "servicekontor.test.context=rate-changes") // a database of its own: it releases months
class PayRunRateChangeTests {

    @Autowired PayRuns payRuns;
    @Autowired JdbcClient jdbc;
    @Autowired JobRepository jobRepository;
    @Autowired Employments employments;

    @Test
    void aRateChangeBackdatedIntoAReleasedMonthIsPaidAsRetroactivePayInTheNextRun() {
        long gun = employment("19850412123", "Gun", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 4, 30), "50", "30000.00");
        released(YearMonth.of(2026, 2));
        released(YearMonth.of(2026, 3)); // March paid at 50 %: 15 000.00

        // Recorded in April: 80 % from 16 March, back in the released March — allowed and audited, like a salary change.
        employments.saveRate(gun, LocalDate.of(2026, 3, 16), new BigDecimal("80"), "lon1", "Gun");
        assertThat(jdbc.sql("SELECT before_value || ' → ' || after_value FROM audit_entry WHERE action = 'payroll.rate.created' AND actor = 'lon1' AND subject = ?")
                .param("Gun tjänstgöringsgrad från 2026-03-16").query(String.class).single()).isEqualTo("50 % → 80 %");

        // March (31 days) due: 1–15 at 50 % = 15 000 × 15 / 31 = 225 000 / 31 = 7 258.064… → 7 258.06;
        //   16–31 at 80 % = 24 000 × 16 / 31 = 384 000 / 31 = 12 387.096… → 12 387.10; due 19 645.16, paid 15 000.00 → 4 645.16.
        // February (before the change) unchanged. April itself: 30 000 × 80 % = 24 000.00 in one part.
        PayRunId april = released(YearMonth.of(2026, 4));
        assertThat(lines(april, gun, "RETRO")).containsExactly(
                tuple("Retroaktiv lön 2026-03", new BigDecimal("4645.16"), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)));
        assertThat(lines(april, gun, "MANADSLON")).extracting(t -> t.toList().get(1)).containsExactly(new BigDecimal("24000.00"));
        assertThat(jdbc.sql("SELECT message FROM pay_run_error WHERE pay_run_id = ? AND code = 'RETRO_PAY'").param(april.value())
                .query(String.class).single()).contains("tjänstgöringsgraden");

        // The rate from the start has been paid: the edit form may no longer change it (paid months would change without retro
        // pay); other fields still save.
        assertThatThrownBy(() -> employments.update(gun, edit("60"), "lon1")).isInstanceOf(LockedPayPeriodChange.class)
                .hasMessageContaining("Ändra tjänstgöringsgrad från datum");
        employments.update(gun, edit("50"), "lon1");
        assertThat(employments.employment(gun).orElseThrow().weeklyHours()).isEqualByComparingTo("38.25");
    }

    /** The edit form's values of Gun's employment, with 38.25 weekly hours and the rate from the start given. */
    private static EmploymentEdit edit(String rate) {
        return new EmploymentEdit("1030", LocalDate.of(2026, 4, 30), new BigDecimal(rate), new BigDecimal("38.25"), TaxKind.TABLE, 33, 1,
                null, "SKV 2026", "5000", "1234567", BigDecimal.ZERO);
    }

    @Test
    void aRateChangeWithinThePaymentMonthGivesTwoSalaryParts() {
        long hans = employment("19900923123", "Hans", LocalDate.of(2026, 6, 1), null, "100", "30000.00");
        employments.saveRate(hans, LocalDate.of(2026, 6, 16), new BigDecimal("50"), "lon1", "Hans");

        // June (30 days): 1–15 at 100 % = 30 000 × 15 / 30 = 15 000.00; 16–30 at 50 % = 15 000 × 15 / 30 = 7 500.00
        PayRunId june = calculated(payRuns.startPreliminary(YearMonth.of(2026, 6), "lon1"));
        assertThat(lines(june, hans, "MANADSLON")).containsExactly(
                tuple("Månadslön 2026-06-01–2026-06-15", new BigDecimal("15000.00"), LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 15)),
                tuple("Månadslön 2026-06-16–2026-06-30", new BigDecimal("7500.00"), LocalDate.of(2026, 6, 16), LocalDate.of(2026, 6, 30)));
    }

    private PayRunId released(YearMonth month) {
        return TestPayRuns.released(payRuns, jobRepository, month);
    }

    private PayRunId calculated(PayRunId id) {
        return TestPayRuns.calculated(payRuns, jobRepository, id);
    }

    /** text, amount, earned from, earned to of the employment's lines with the code, in payslip order. */
    private List<org.assertj.core.groups.Tuple> lines(PayRunId run, long employment, String code) {
        return TestPayRuns.lines(jdbc, run, employment, code);
    }

    /** An employee with one employment at the rate from its start, table 33 column 1, a bank account and a salary; returns the employment. */
    private long employment(String elevenDigits, String first, LocalDate start, LocalDate end, String rate, String salary) {
        String pin = elevenDigits + PayRunReleaseTests.luhn(elevenDigits.substring(2));
        long id = jdbc.sql("INSERT INTO payroll_employee (personal_identity_number, first_name, last_name) VALUES (?, ?, 'Test') RETURNING id")
                .params(pin, first).query(Long.class).single();
        long employment = jdbc.sql("""
                INSERT INTO employment (employee_id, cost_centre_code, start_date, end_date, form, employment_rate, weekly_hours, tax_kind,
                    tax_table, tax_column, tax_decision_ref, clearing_number, account_number)
                VALUES (?, '1030', ?, ?, 'PERMANENT', ?, 40, 'TABLE', 33, 1, 'SKV 2026', '5000', '1234567') RETURNING id""")
                .params(id, start, end, new BigDecimal(rate)).query(Long.class).single();
        jdbc.sql("INSERT INTO salary_change (employment_id, valid_from, amount, recorded_by, recorded_at) VALUES (?, ?, ?, 'test', ?)")
                .params(employment, start, new BigDecimal(salary), OffsetDateTime.now()).update();
        return employment;
    }
}
