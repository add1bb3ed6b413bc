package se.servicekontor.payroll.claims;


import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.UUID;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.servicekontor.payroll.PayRunId;
import se.servicekontor.payroll.payrun.PayRuns;
import se.servicekontor.payroll.payrun.TestPayRuns;

/**
 * Employees with a claim made the way production makes one: a one-off deduction larger than a month's net pay, paid by a
 * released final run. Tax: Skatteverket's monthly table 33, column 1, 2026 (allmanna-tabeller-manad-2026.txt): 29 801–30 000 kr
 * → 5 878 kr, so a salary of 30 000 nets 24 122 kr.
 */
record ClaimTestRuns(PayRuns payRuns, JdbcClient jdbc, JobRepository jobRepository) {

    /**
     * An employee employed for exactly {@code from}…{@code to} (so other tests' runs do not see them), 30 000 kr a month,
     * with a deduction in {@code from}'s month that the next month pays; returns the employee id.
     */
    long employeeWithDeduction(String elevenDigits, String first, boolean protectedIdentity, YearMonth from, YearMonth to,
                               String deduction) {
        String pin = elevenDigits + luhn(elevenDigits.substring(2));
        long id = jdbc.sql("""
                INSERT INTO payroll_employee (personal_identity_number, first_name, last_name, protected_identity)
                VALUES (?, ?, 'Skuldsson', ?) RETURNING id""")
                .params(pin, first, protectedIdentity).query(Long.class).single();
        long employment = jdbc.sql("""
                INSERT INTO employment (employee_id, cost_centre_code, start_date, end_date, form, employment_rate, weekly_hours, tax_kind,
                    tax_table, tax_column, tax_decision_ref, clearing_number, account_number)
                VALUES (?, '1030', ?, ?, 'PERMANENT', 100, 40, 'TABLE', 33, 1, 'SKV 2026', '5000', '1234567') RETURNING id""")
                .params(id, from.atDay(1), to.atEndOfMonth()).query(Long.class).single();
        jdbc.sql("INSERT INTO salary_change (employment_id, valid_from, amount, recorded_by, recorded_at) VALUES (?, ?, 30000, 'test', ?)")
                .params(employment, from.atDay(1), OffsetDateTime.now()).update();
        jdbc.sql("""
                INSERT INTO deviation (employment_id, code, from_date, to_date, amount, source, natural_key, recorded_by, recorded_at)
                VALUES (?, 'DEDUCTION', ?, ?, ?, 'MANUAL', ?, 'test', ?)""")
                .params(employment, from.atDay(20), from.atDay(20), new BigDecimal(deduction), "test-" + UUID.randomUUID(),
                        OffsetDateTime.now()).update();
        return id;
    }

    PayRunId released(YearMonth month) {
        PayRunId finalRun = calculatedFinal(month);
        payRuns.release(finalRun, "lon2");
        return finalRun;
    }

    /** A preliminary and a final run of the month, calculated and not released. */
    PayRunId calculatedFinal(YearMonth month) {
        calculated(payRuns.startPreliminary(month, "lon1"));
        return calculated(payRuns.startFinal(month, "lon1"));
    }

    PayRunId calculated(PayRunId id) {
        return TestPayRuns.calculated(payRuns, jobRepository, id);
    }

    /** The open claim, null when nothing is owed. */
    BigDecimal claim(long employee) {
        return jdbc.sql("SELECT amount FROM payroll_claim WHERE employee_id = ?").param(employee).query(BigDecimal.class).optional().orElse(null);
    }

    /** What the run recovered from the employee's claim and paid out. */
    BigDecimal[] recoveredAndNet(PayRunId run, long employee) {
        return jdbc.sql("SELECT claim_recovered, net FROM pay_run_employee WHERE pay_run_id = ? AND employee_id = ?")
                .params(run.value(), employee).query((rs, n) -> new BigDecimal[] {rs.getBigDecimal(1), rs.getBigDecimal(2)}).single();
    }

    long audits(String action, long employee) {
        return jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = ? AND subject = ?")
                .params(action, "anställd " + employee + " löneskuld").query(Long.class).single();
    }

    static int luhn(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < nineDigits.length(); i++) {
            int d = nineDigits.charAt(i) - '0';
            if (i % 2 == 0) {
                d *= 2;
                if (d > 9)
                    d -= 9;
            }
            sum += d;
        }
        return (10 - sum % 10) % 10;
    }

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }
}
