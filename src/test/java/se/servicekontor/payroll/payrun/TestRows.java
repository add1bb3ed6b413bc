package se.servicekontor.payroll.payrun;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import se.servicekontor.payroll.PayRunId;

/**
 * Rows for the pay run tests that set up their own employees: inserted directly, each employment in cost centre 1030 with tax
 * table 33 column 1 (decision "SKV 2026"), a bank account and its salary (or hourly rate) from its start, each deviation
 * entered manually. Dates are ISO strings, amounts decimal strings.
 */
record TestRows(JdbcClient jdbc) {

    /** An employee with a valid personnummer from its first eleven digits (the check digit added); returns the id. */
    long employee(String elevenDigits, String first, String last) {
        String pin = elevenDigits + PayRunReleaseTests.luhn(elevenDigits.substring(2));
        return jdbc.sql("INSERT INTO payroll_employee (personal_identity_number, first_name, last_name) VALUES (?, ?, ?) RETURNING id")
                .params(pin, first, last).query(Long.class).single();
    }

    /** Monthly-paid from start, 100 %, 40 hours a week, salary (full time) from start; returns the employment. */
    long monthly(long employee, String start, String salary) {
        return employment(employee, "PERMANENT", start, null, 40, salary);
    }

    /** Hourly-paid from start (to end, or until further notice when null), 20 hours a week, the hourly rate from start. */
    long hourly(long employee, String start, String end, String hourlyRate) {
        return employment(employee, "HOURLY", start, end, 20, hourlyRate);
    }

    private long employment(long employee, String form, String start, String end, int weeklyHours, String salary) {
        long employment = jdbc.sql("""
                INSERT INTO employment (employee_id, cost_centre_code, start_date, end_date, form, employment_rate, weekly_hours, tax_kind,
                    tax_table, tax_column, tax_decision_ref, clearing_number, account_number)
                VALUES (?, '1030', ?, ?, ?, 100, ?, 'TABLE', 33, 1, 'SKV 2026', '5000', '1234567') RETURNING id""")
                .params(employee, LocalDate.parse(start), end == null ? null : LocalDate.parse(end), form, weeklyHours)
                .query(Long.class).single();
        jdbc.sql("INSERT INTO salary_change (employment_id, valid_from, amount, recorded_by, recorded_at) VALUES (?, ?, ?, 'test', ?)")
                .params(employment, LocalDate.parse(start), new BigDecimal(salary), OffsetDateTime.now()).update();
        return employment;
    }

    /** A deviation entered manually (quantity: hours, or an absence's extent in percent; null = none / all day); returns its id. */
    long deviation(long employment, String code, String from, String to, String quantity) {
        return jdbc.sql("""
                INSERT INTO deviation (employment_id, code, from_date, to_date, quantity, source, natural_key, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, 'MANUAL', ?, 'test', ?) RETURNING id""")
                .params(employment, code, LocalDate.parse(from), LocalDate.parse(to), quantity == null ? null : new BigDecimal(quantity),
                        "test-" + UUID.randomUUID(), OffsetDateTime.now())
                .query(Long.class).single();
    }

    /** The gross pay of the employment's employee in the run. */
    BigDecimal gross(PayRunId run, long employment) {
        return jdbc.sql("SELECT r.gross FROM pay_run_employee r JOIN employment m ON m.employee_id = r.employee_id WHERE r.pay_run_id = ? AND m.id = ?")
                .params(run.value(), employment).query(BigDecimal.class).single();
    }
}
