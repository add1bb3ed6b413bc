package se.servicekontor.payroll.payrun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import se.servicekontor.organization.OrganisationTestConfiguration;
import se.servicekontor.payroll.PayRunId;
import se.servicekontor.payroll.employment.Employments;
import se.servicekontor.shared.Amount;
import se.servicekontor.testing.PostgresTest;

/**
 * Retroactive pay and negative net pay across released months, each on an employee of its own whose employment covers only
 * the test's months (so the two tests do not see each other's employee, whatever their order). Tax: Skatteverket's monthly
 * table 33, column 1, 2026 (allmanna-tabeller-manad-2026.txt): 29 801–30 000 kr → 5 878 kr.
 */
@PostgresTest
@Import(OrganisationTestConfiguration.class)
@TestPropertySource(properties = "servicekontor.payroll.claim-recovery-percent=25")
class PayRunRetroAndClaimTests {

    @Autowired PayRuns payRuns;
    @Autowired JdbcClient jdbc;
    @Autowired JobRepository jobRepository;
    @Autowired Employments employments;

    @Test
    void aSalaryRaisedBackIntoReleasedMonthsIsPaidAsRetroactivePayOnceInTheNextRun() {
        long dora = employment("19800315123", "Dora", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 7, 31), "30000.00");
        released(YearMonth.of(2026, 2));
        released(YearMonth.of(2026, 3));
        released(YearMonth.of(2026, 4));

        // The pay review, decided in May: 32 000 kr from 16 March — two released months back; allowed and audited.
        employments.saveSalary(dora, LocalDate.of(2026, 3, 16), Amount.ofKronor("32000"), "lon1", "Dora");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'payroll.salary.created' AND actor = 'lon1'")
                .query(Long.class).single()).isOne();

        // March (31 days): 1–15 at 30 000 = 30 000 × 15 / 31 = 14 516.13; 16–31 at 32 000 = 32 000 × 16 / 31 = 16 516.13;
        // due 31 032.26, paid 30 000.00 → 1 032.26. April: due 32 000.00, paid 30 000.00 → 2 000.00. February: unchanged.
        PayRunId may = released(YearMonth.of(2026, 5));
        assertThat(lines(may, dora, "RETRO")).containsExactly(
                tuple("Retroaktiv lön 2026-03", new BigDecimal("1032.26"), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)),
                tuple("Retroaktiv lön 2026-04", new BigDecimal("2000.00"), LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30)));
        assertThat(lines(may, dora, "MANADSLON")).extracting(t -> t.toList().get(1)).containsExactly(new BigDecimal("32000.00"));
        assertThat(codes(may)).contains("RETRO_PAY");

        // A second decision after May's release: 33 000 kr from 1 April. What was paid for each month so far, retro included:
        // March 30 000 + 1 032.26 = 31 032.26 = due → nothing; April 30 000 + 2 000 = 32 000, due 33 000 → 1 000.00;
        // May 32 000, due 33 000 → 1 000.00.
        employments.saveSalary(dora, LocalDate.of(2026, 4, 1), Amount.ofKronor("33000"), "lon1", "Dora");
        PayRunId june = released(YearMonth.of(2026, 6));
        assertThat(lines(june, dora, "RETRO")).containsExactly(
                tuple("Retroaktiv lön 2026-04", new BigDecimal("1000.00"), LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30)),
                tuple("Retroaktiv lön 2026-05", new BigDecimal("1000.00"), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31)));

        // Everything owed has been paid: July pays no retroactive pay again, and a preliminary run says the same.
        PayRunId july = released(YearMonth.of(2026, 7));
        assertThat(lines(july, dora, "RETRO")).isEmpty();
        assertThat(lines(july, dora, "MANADSLON")).extracting(t -> t.toList().get(1)).containsExactly(new BigDecimal("33000.00"));
    }

    @Test
    void aNegativeMonthPaysNothingTheClaimIsRecordedOnReleaseAndRecoveredWithinTheLimit() {
        long erik = employment("19920704456", "Erik", LocalDate.of(2026, 8, 1), null, "30000.00");
        long employee = jdbc.sql("SELECT employee_id FROM employment WHERE id = ?").param(erik).query(Long.class).single();
        released(YearMonth.of(2026, 8));
        // A one-off deduction of 40 000 kr in August, paid (eftersläp) with September's pay.
        jdbc.sql("""
                INSERT INTO deviation (employment_id, code, from_date, to_date, amount, source, natural_key, recorded_by, recorded_at)
                VALUES (?, 'DEDUCTION', DATE '2026-08-20', DATE '2026-08-20', 40000, 'MANUAL', ?, 'test', ?)""")
                .params(erik, "test-" + UUID.randomUUID(), OffsetDateTime.now()).update();

        // September: gross 30 000, tax 5 878 (table 33 col 1), net 30 000 − 5 878 − 40 000 = −15 878 → paid 0, claim 15 878.
        YearMonth september = YearMonth.of(2026, 9);
        PayRunId preliminary = calculated(payRuns.startPreliminary(september, "lon1"));
        Map<String, Object> result = result(preliminary, employee);
        assertThat(result.get("net")).isEqualTo(new BigDecimal("0.00"));
        assertThat(result.get("claim_raised")).isEqualTo(new BigDecimal("15878.00"));
        assertThat(lines(preliminary, erik, "LONESKULD")).extracting(t -> t.toList().get(1)).containsExactly(new BigDecimal("15878.00"));
        assertThat(payRuns.errors(preliminary)).extracting(RunError::code, RunError::severity)
                .contains(tuple("NET_NEGATIVE", Severity.WARNING));
        calculated(payRuns.startPreliminary(september, "lon1"));
        assertThat(claim(employee)).as("preliminary runs never change the claim").isNull();

        PayRunId finalSeptember = calculated(payRuns.startFinal(september, "lon1"));
        assertThat(claim(employee)).isNull();
        payRuns.release(finalSeptember, "lon2");
        assertThat(claim(employee)).isEqualTo(new BigDecimal("15878.00"));
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'payroll.claim.changed' AND actor = 'lon2'")
                .query(Long.class).single()).isOne();

        // October: net 30 000 − 5 878 = 24 122; at most 25 % = 6 030.50 recovered; paid 18 091.50; left 15 878 − 6 030.50 = 9 847.50.
        YearMonth october = YearMonth.of(2026, 10);
        PayRunId octoberPreliminary = calculated(payRuns.startPreliminary(october, "lon1"));
        assertThat(result(octoberPreliminary, employee).get("net")).isEqualTo(new BigDecimal("18091.50"));
        assertThat(lines(octoberPreliminary, erik, "AVRSKULD")).extracting(t -> t.toList().get(1))
                .containsExactly(new BigDecimal("-6030.50"));
        assertThat(claim(employee)).as("preliminary runs never change the claim").isEqualTo(new BigDecimal("15878.00"));
        PayRunId finalOctober = calculated(payRuns.startFinal(october, "lon1"));
        payRuns.release(finalOctober, "lon2");
        assertThat(claim(employee)).isEqualTo(new BigDecimal("9847.50"));
        Map<String, Object> octoberResult = result(finalOctober, employee);
        assertThat(octoberResult.get("claim_recovered")).isEqualTo(new BigDecimal("6030.50"));
        assertThat(octoberResult.get("net")).isEqualTo(new BigDecimal("18091.50"));
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

    private List<String> codes(PayRunId run) {
        return jdbc.sql("SELECT code FROM pay_run_error WHERE pay_run_id = ?").param(run.value()).query(String.class).list();
    }

    private Map<String, Object> result(PayRunId run, long employee) {
        return jdbc.sql("SELECT net, claim_raised, claim_recovered, claim_after FROM pay_run_employee WHERE pay_run_id = ? AND employee_id = ?")
                .params(run.value(), employee).query().singleRow();
    }

    private BigDecimal claim(long employee) {
        return jdbc.sql("SELECT amount FROM payroll_claim WHERE employee_id = ?").param(employee).query(BigDecimal.class).optional().orElse(null);
    }

    /** An employee with one full-time employment, table 33 column 1, a bank account and a salary from the start; returns the employment. */
    private long employment(String elevenDigits, String first, LocalDate start, LocalDate end, String salary) {
        String pin = elevenDigits + PayRunReleaseTests.luhn(elevenDigits.substring(2));
        long id = jdbc.sql("INSERT INTO payroll_employee (personal_identity_number, first_name, last_name) VALUES (?, ?, 'Test') RETURNING id")
                .params(pin, first).query(Long.class).single();
        long employment = jdbc.sql("""
                INSERT INTO employment (employee_id, cost_centre_code, start_date, end_date, form, employment_rate, weekly_hours, tax_kind,
                    tax_table, tax_column, tax_decision_ref, clearing_number, account_number)
                VALUES (?, '1030', ?, ?, 'PERMANENT', 100, 40, 'TABLE', 33, 1, 'SKV 2026', '5000', '1234567') RETURNING id""")
                .params(id, start, end).query(Long.class).single();
        jdbc.sql("INSERT INTO salary_change (employment_id, valid_from, amount, recorded_by, recorded_at) VALUES (?, ?, ?, 'test', ?)")
                .params(employment, start, new BigDecimal(salary), OffsetDateTime.now()).update();
        return employment;
    }
}
