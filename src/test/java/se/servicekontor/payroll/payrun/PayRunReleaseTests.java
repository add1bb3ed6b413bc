package se.servicekontor.payroll.payrun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import se.servicekontor.organization.OrganisationTestConfiguration;
import se.servicekontor.payroll.CostCentreTotal;
import se.servicekontor.payroll.PayRunId;
import se.servicekontor.payroll.PayRunReleased;
import se.servicekontor.payroll.employment.Employments;
import se.servicekontor.payroll.timereport.Deviation;
import se.servicekontor.payroll.timereport.DeviationCode;
import se.servicekontor.payroll.timereport.Deviations;
import se.servicekontor.payroll.timereport.SettledDeviationChange;
import se.servicekontor.shared.Amount;
import se.servicekontor.testing.PostgresTest;

/**
 * The wizard's rules around the final run, on a small data set of its own (three employees in two cost
 * centres): no final run while the preliminary has errors; four-eyes release; a released month is locked
 * and its paid deviations settled; a late deviation goes to the next month's run.
 */
@PostgresTest
@RecordApplicationEvents
@Import(OrganisationTestConfiguration.class)
// A database of its own: it releases (locks) November, and its set-up expects only its own three employees — sharing the
// default context, it met the employees another class had left there (seen in a full run after new test classes came in)
@TestPropertySource(properties = "servicekontor.test.context=release")
class PayRunReleaseTests {

    static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    @Autowired PayRuns payRuns;
    @Autowired JdbcClient jdbc;
    @Autowired JobRepository jobRepository;
    @Autowired Deviations deviations;
    @Autowired Employments employments;
    @Autowired ApplicationEvents events;

    long anna;
    long bertil;
    long cecilia;
    long sickLeave;

    @BeforeEach
    void threeEmployees() {
        if (jdbc.sql("SELECT count(*) FROM payroll_employee").query(Long.class).single() == 0) {
            employee("19800315123", "Anna", "Andersson", "1030", "35000.00");
            employee("19920704456", "Bertil", "Berg", "1030", "29500.00");
            employee("19650120789", "Cecilia", "Ceder", "2110", "41200.00");
            sickLeaveInOctober(employmentOf("Anna"));
        }
        anna = employmentOf("Anna");
        bertil = employmentOf("Bertil");
        cecilia = employmentOf("Cecilia");
        sickLeave = jdbc.sql("SELECT min(id) FROM deviation").query(Long.class).single();
    }

    @Test
    void theOfficerWhoStartedTheFinalRunCannotReleaseItAnotherOfficerCanAndTheMonthIsThenLocked() {
        PayRunId preliminary = calculated(payRuns.startPreliminary(NOVEMBER, "lon1"));
        assertThat(payRuns.errors(preliminary)).isEmpty();
        assertThatThrownBy(() -> payRuns.release(preliminary, "lon2")).isInstanceOf(PayRunRefused.class)
                .hasMessageContaining("preliminär");

        PayRunId finalRun = calculated(payRuns.startFinal(NOVEMBER, "lon1"));

        assertThatThrownBy(() -> payRuns.release(finalRun, "lon1")).isInstanceOf(FourEyesViolation.class)
                .hasMessage("Du (lon1) startade eller startade om den slutliga lönekörningen " + finalRun + " och får därför inte attestera"
                        + " den. En annan löneadministratör måste attestera den (fyraögonsprincipen).");
        // the same user name typed otherwise is the same person (FourEyes.samePerson), also the OS user of pay-run.sh
        assertThatThrownBy(() -> payRuns.release(finalRun, " LON1 ")).isInstanceOf(FourEyesViolation.class);
        // and the database itself refuses a release by the officer who started the run (issue 12, part 3; V62)
        assertThatThrownBy(() -> jdbc.sql("UPDATE pay_run SET released_by = ' Lon1' WHERE id = ?").param(finalRun.value()).update())
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        assertThat(payRuns.isLocked(NOVEMBER)).isFalse();
        assertThat(events.stream(PayRunReleased.class)).isEmpty();

        payRuns.release(finalRun, "lon2");

        PayRunView released = payRuns.run(finalRun).orElseThrow();
        assertThat(released.status()).isEqualTo(PayRunStatus.RELEASED);
        assertThat(released.releasedBy()).isEqualTo("lon2");
        assertThat(payRuns.isLocked(NOVEMBER)).isTrue();
        assertThat(payRuns.current(NOVEMBER).finalRun()).map(PayRunView::id).contains(finalRun);
        PayRunReleased event = events.stream(PayRunReleased.class).findFirst().orElseThrow();
        assertThat(event.payRun()).isEqualTo(finalRun);
        assertThat(event.period()).isEqualTo(NOVEMBER);
        assertThat(event.payday()).isEqualTo(LocalDate.of(2026, 11, 25)); // a Wednesday
        assertThat(event.releasedBy()).isEqualTo("lon2");
        assertThat(event.totals()).extracting(CostCentreTotal::costCentre).containsExactly("1030", "2110");
        assertThat(Amount.sum(event.totals().stream().map(CostCentreTotal::gross))).isEqualTo(released.totals().gross());
        assertThat(Amount.sum(event.totals().stream().map(CostCentreTotal::net))).isEqualTo(released.totals().net());
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'payroll.payrun.released' AND actor = 'lon2'")
                .query(Long.class).single()).isOne();
        assertThat(jdbc.sql("SELECT settled_by_pay_run_id FROM deviation WHERE id = ?").param(sickLeave).query(Long.class).single())
                .as("the sick leave paid in November is settled").isEqualTo(finalRun.value());

        // A locked month refuses changes …
        assertThatThrownBy(() -> deviations.remove(sickLeave, "lon1")).isInstanceOf(SettledDeviationChange.class)
                .hasMessageContaining("betald med lönen för 2026-11").hasMessageContaining("låst");
        // (a salary change dated in it is allowed: retroactive pay in the next run — PayRunRetroAndClaimTests)
        assertThatThrownBy(() -> payRuns.startFinal(NOVEMBER, "lon1")).isInstanceOf(PeriodLocked.class)
                .hasMessageContaining("2026-11 är låst");
        assertThatThrownBy(() -> payRuns.startPreliminary(NOVEMBER, "lon1")).isInstanceOf(PeriodLocked.class);
        assertThat(jdbc.sql("SELECT count(*) FROM deviation WHERE id = ?").param(sickLeave).query(Long.class).single()).isOne();

        // … and a deviation reported late for October is paid with December's pay, the settled one is not paid again.
        deviations.addManual(new Deviation(bertil, DeviationCode.OVERTIME_SIMPLE, LocalDate.of(2026, 10, 20),
                LocalDate.of(2026, 10, 20), new BigDecimal("3"), null, "sen rapport"), "lon1");
        long late = jdbc.sql("SELECT max(id) FROM deviation").query(Long.class).single();
        PayRunId december = calculated(payRuns.startPreliminary(NOVEMBER.plusMonths(1), "lon1"));
        assertThat(jdbc.sql("SELECT deviation_id FROM pay_run_deviation WHERE pay_run_id = ?").param(december.value())
                .query(Long.class).list()).containsExactly(late);
        assertThat(payRuns.lines(december, employeeOf(bertil))).extracting(PayLineView::code).contains("OT1");

        // The review page compares with the released month before.
        EmployeePage page = payRuns.employees(december, "", true, 0, 10);
        assertThat(page.total()).isEqualTo(3);
        EmployeeResult bertilsRow = page.items().stream().filter(e -> e.name().startsWith("Bertil")).findFirst().orElseThrow();
        assertThat(bertilsRow.previousNet()).isNotNull();
        assertThat(bertilsRow.netChange()).isEqualTo(bertilsRow.totals().net().minus(bertilsRow.previousNet()));
        assertThat(bertilsRow.netChange().isPositive()).as("overtime added").isTrue();
        assertThat(payRuns.employees(december, "Ceder", true, 0, 10).items()).extracting(EmployeeResult::name)
                .containsExactly("Cecilia Ceder");
        assertThat(payRuns.employees(december, "19920704", true, 0, 10).items()).extracting(EmployeeResult::name)
                .containsExactly("Bertil Berg");
    }

    @Test
    void aFinalRunIsRefusedWithoutAPreliminaryAndWhileThePreliminaryHasErrors() {
        YearMonth september = YearMonth.of(2026, 9);
        assertThatThrownBy(() -> payRuns.startFinal(september, "lon1")).isInstanceOf(PayRunRefused.class)
                .hasMessageContaining("Gör en preliminär lönekörning för 2026-09 först");
        jdbc.sql("UPDATE employment SET clearing_number = NULL, account_number = NULL WHERE id = ?").param(cecilia).update();
        try {
            PayRunId preliminary = calculated(payRuns.startPreliminary(september, "lon1"));
            List<RunError> errors = payRuns.errors(preliminary);
            assertThat(errors).singleElement().satisfies(e -> {
                assertThat(e.code()).isEqualTo("BANK_ACCOUNT_MISSING");
                assertThat(e.severity()).isEqualTo(Severity.ERROR);
                assertThat(e.employeeId()).isEqualTo(employeeOf(cecilia));
                assertThat(e.employmentId()).isEqualTo(cecilia);
                assertThat(e.employeeName()).isEqualTo("Cecilia Ceder");
                assertThat(e.message()).isEqualTo("Bankkonto saknas; lönen kan inte betalas ut.");
            });
            assertThatThrownBy(() -> payRuns.startFinal(september, "lon1")).isInstanceOf(PayRunRefused.class)
                    .hasMessageContaining("har 1 fel i fellistan");
        } finally {
            jdbc.sql("UPDATE employment SET clearing_number = '5000', account_number = '1234567' WHERE id = ?").param(cecilia).update();
        }
        calculated(payRuns.startPreliminary(september, "lon1"));
        PayRunId finalRun = calculated(payRuns.startFinal(september, "lon1"));
        assertThat(payRuns.current(september).finalRun()).map(PayRunView::status).contains(PayRunStatus.CALCULATED);
        assertThat(payRuns.run(finalRun).orElseThrow().errors()).isZero();
    }

    @Test
    void theCommandLineStartsAPreliminaryRunAndPrintsItsOutcome(@Autowired se.servicekontor.platform.jobs.CommandLineRuns runs,
            @Autowired org.springframework.context.ConfigurableApplicationContext context) throws Exception {
        var out = new java.io.ByteArrayOutputStream();
        var print = new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8);
        PayRunCommand command = new PayRunCommand(payRuns, runs, context, "2026-08", "preliminär");

        assertThat(command.payRun("2026-08", "preliminär", print)).isZero();
        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("Preliminär lönekörning", "för 2026-08 startad", "3 anställda beräknade, 0 fel, 0 varningar", "Status: COMPLETED");
        assertThat(command.payRun("augusti", "preliminär", print)).isEqualTo(2);
        assertThat(command.payRun("2026-08", "slutlig", print)).as("a clean preliminary exists: the final run may start").isZero();
    }

    private PayRunId calculated(PayRunId id) {
        return TestPayRuns.calculated(payRuns, jobRepository, id);
    }

    private void employee(String elevenDigits, String first, String last, String costCentre, String salary) {
        String pin = elevenDigits + luhn(elevenDigits.substring(2));
        long id = jdbc.sql("INSERT INTO payroll_employee (personal_identity_number, first_name, last_name) VALUES (?, ?, ?) RETURNING id")
                .params(pin, first, last).query(Long.class).single();
        long employment = jdbc.sql("""
                INSERT INTO employment (employee_id, cost_centre_code, start_date, form, employment_rate, weekly_hours, tax_kind,
                    tax_table, tax_column, tax_decision_ref, clearing_number, account_number)
                VALUES (?, ?, DATE '2020-01-01', 'PERMANENT', 100, 40, 'TABLE', 33, 1, 'SKV 2026', '5000', '1234567') RETURNING id""")
                .params(id, costCentre).query(Long.class).single();
        jdbc.sql("INSERT INTO salary_change (employment_id, valid_from, amount, recorded_by, recorded_at) VALUES (?, DATE '2020-01-01', ?, 'test', ?)")
                .params(employment, new BigDecimal(salary), OffsetDateTime.now()).update();
    }

    private void sickLeaveInOctober(long employment) {
        jdbc.sql("""
                INSERT INTO deviation (employment_id, code, from_date, to_date, quantity, source, natural_key, recorded_by, recorded_at)
                VALUES (?, 'SICK_LEAVE', DATE '2026-10-05', DATE '2026-10-07', 100, 'MANUAL', ?, 'test', ?)""")
                .params(employment, "test-" + UUID.randomUUID(), OffsetDateTime.now()).update();
    }

    private long employmentOf(String firstName) {
        return jdbc.sql("SELECT m.id FROM employment m JOIN payroll_employee e ON e.id = m.employee_id WHERE e.first_name = ?")
                .param(firstName).query(Long.class).single();
    }

    private long employeeOf(long employment) {
        return jdbc.sql("SELECT employee_id FROM employment WHERE id = ?").param(employment).query(Long.class).single();
    }

    /** Luhn check digit over YYMMDDNNN. */
    static int luhn(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < nineDigits.length(); i++) {
            int d = (nineDigits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += d > 9 ? d - 9 : d;
        }
        return (10 - sum % 10) % 10;
    }
}
