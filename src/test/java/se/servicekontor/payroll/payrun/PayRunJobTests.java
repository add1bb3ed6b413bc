package se.servicekontor.payroll.payrun;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.servicekontor.organization.OrganisationTestConfiguration;
import se.servicekontor.payroll.PayRunId;
import se.servicekontor.payroll.employment.EmploymentImports;
import se.servicekontor.payroll.timereport.TimeReportImports;
import se.servicekontor.platform.documents.ReceivedFiles;
import se.servicekontor.platform.jobs.JobConventions;
import se.servicekontor.platform.jobs.JobLaunches;
import se.servicekontor.shared.Amount;
import se.servicekontor.testing.PostgresTest;

/** payRunJob end to end on PostgreSQL with the demo organisation, employments and October's time report (paid in November 2026). */
@PostgresTest
@AutoConfigureMockMvc
@Import({OrganisationTestConfiguration.class, GatedWriters.class})
@TestPropertySource(properties = "servicekontor.payroll.pay-run.chunk-size=25")
class PayRunJobTests {

    static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    static final RequestPostProcessor PAYROLL_OFFICER = user("lon2").roles("PAYROLL_OFFICER");

    @Autowired MockMvc mvc;
    @Autowired JobOperator jobOperator;

    @Value("${spring.datasource.url}")
    String databaseUrl;

    @Autowired PayRuns payRuns;
    @Autowired JdbcClient jdbc;
    @Autowired ReceivedFiles receivedFiles;
    @Autowired JobLaunches jobLaunches;
    @Autowired JobRepository jobRepository;
    @Autowired EmploymentImports employmentImports;
    @Autowired TimeReportImports timeReports;

    PayRunTestData data;

    @AfterEach
    void openTheGate() {
        WriteGate.GATE.open();
    }

    @BeforeEach
    void demoData() {
        data = new PayRunTestData(receivedFiles, jobLaunches, jobRepository, jdbc, employmentImports, timeReports);
        data.loadDemoOnce();
    }

    @Test
    void aPreliminaryRunPaysEveryEmployeeOnceAndItsTotalsReconcile() {
        PayRunId id = payRuns.startPreliminary(NOVEMBER, "lon1");
        JobExecution execution = data.awaitRun(id);

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        PayRunView run = payRuns.run(id).orElseThrow();
        assertThat(run.status()).isEqualTo(PayRunStatus.CALCULATED);

        // Who should be paid, counted independently: an employment in force in November, or an October deviation.
        List<Long> expected = jdbc.sql("""
                SELECT id FROM payroll_employee p WHERE EXISTS (SELECT 1 FROM employment m WHERE m.employee_id = p.id
                    AND m.start_date <= DATE '2026-11-30' AND (m.end_date IS NULL OR m.end_date >= DATE '2026-11-01'))
                 OR EXISTS (SELECT 1 FROM deviation d JOIN employment m ON m.id = d.employment_id WHERE m.employee_id = p.id
                    AND d.to_date <= DATE '2026-10-31')
                ORDER BY id""").query(Long.class).list();
        List<Long> paid = jdbc.sql("SELECT employee_id FROM pay_run_employee WHERE pay_run_id = ? ORDER BY employee_id")
                .param(id.value()).query(Long.class).list();
        assertThat(expected).hasSizeGreaterThan(1_900);
        assertThat(paid).as("every employee exactly once").isEqualTo(expected);

        // Lines → gross per employee; gross − tax − net deductions = net
        assertThat(data.count("""
                pay_run_employee e WHERE e.pay_run_id = %d AND e.gross <> (SELECT coalesce(sum(l.amount), 0) FROM pay_line l
                    WHERE l.pay_run_id = e.pay_run_id AND l.employee_id = e.employee_id AND l.taxable)""".formatted(id.value())))
                .as("employees whose taxable lines do not add up to gross").isZero();
        assertThat(data.count("""
                pay_run_employee e WHERE e.pay_run_id = %d AND e.net_deductions <> -(SELECT coalesce(sum(l.amount), 0) FROM pay_line l
                    WHERE l.pay_run_id = e.pay_run_id AND l.employee_id = e.employee_id AND NOT l.taxable)""".formatted(id.value())))
                .as("employees whose net deduction lines do not add up").isZero();
        assertThat(data.count("pay_run_employee WHERE pay_run_id = %d AND net <> gross - tax - net_deductions".formatted(id.value())))
                .isZero();

        // Cost centres → departments → run
        List<DepartmentTotals> departments = payRuns.totals(id);
        Totals sumOfCostCentres = departments.stream().flatMap(d -> d.costCentres().stream()).map(CostCentreTotals::totals)
                .reduce(Totals.ZERO, Totals::plus);
        Totals sumOfDepartments = departments.stream().map(DepartmentTotals::totals).reduce(Totals.ZERO, Totals::plus);
        assertThat(sumOfCostCentres).isEqualTo(run.totals()).isEqualTo(sumOfDepartments);
        assertThat(departments).extracting(DepartmentTotals::department).containsExactly("KFF", "KSF", "SBF", "SOC", "UTB", "VOF");
        Amount linesTotal = new Amount(jdbc.sql("SELECT sum(amount) FROM pay_line WHERE pay_run_id = ? AND taxable")
                .param(id.value()).query(BigDecimal.class).single());
        assertThat(run.totals().gross()).isEqualTo(linesTotal);
        assertThat(run.totals().gross().isPositive()).isTrue();
        assertThat(run.employeesDone()).isEqualTo(expected.size());
        assertThat(run.employeesExpected()).isEqualTo(expected.size());

        String outcome = execution.getExecutionContext().getString(JobConventions.OUTCOME);
        assertThat(outcome).isEqualTo(PayRunSummary.number(expected.size()) + " anställda beräknade, "
                + PayRunSummary.number(run.errors()) + " fel, " + PayRunSummary.number(run.warnings()) + " varningar");
        System.out.println("Preliminary run: " + outcome + "; totals " + run.totals());
        Map<String, Long> codes = new java.util.TreeMap<>();
        payRuns.errors(id).forEach(e -> codes.merge(e.code(), 1L, Long::sum));
        System.out.println("Error list by code: " + codes);
        // The demo's part-time absences (SJK/VAB/SEM/TJL at 50 %) are paid by the rules, not listed as missing (were 90 errors)
        assertThat(codes.keySet()).as("no deviation left to a missing rule").noneMatch(code -> code.startsWith("RULE_MISSING"));
    }

    @Test
    void aSecondPreliminaryRunReplacesTheFirst() {
        PayRunId first = calculated();
        PayRunId second = calculated();

        assertThat(payRuns.run(first).orElseThrow().status()).isEqualTo(PayRunStatus.SUPERSEDED);
        assertThat(payRuns.run(second).orElseThrow().status()).isEqualTo(PayRunStatus.CALCULATED);
        assertThat(payRuns.current(NOVEMBER).preliminary()).map(PayRunView::id).contains(second);
        assertThat(data.count("pay_run WHERE period = '2026-11' AND kind = 'PRELIMINARY' AND status = 'CALCULATED'"))
                .as("only one current preliminary result").isOne();
        assertThat(data.rows(second)).as("the same data gives the same result").isEqualTo(data.rows(first));
    }

    @Test
    void aRunStoppedFromKorningarAndRestartedGivesTheSameLinesAsAnUninterruptedRun() throws Exception {
        PayRunId reference = calculated();
        List<String> expected = data.rows(reference);

        WriteGate.GATE.closeAfter(12, () -> {
        });
        PayRunId id = payRuns.startPreliminary(NOVEMBER, "lon1");
        assertThat(WriteGate.GATE.awaitHeld(Duration.ofMinutes(3))).as("the run reached its 13th chunk").isTrue();
        long execution = executionOf(id);
        mvc.perform(post("/korningar/" + execution + "/stoppa").with(PAYROLL_OFFICER).with(csrf()))
                .andExpect(status().is3xxRedirection());
        WriteGate.GATE.open();
        JobExecution stopped = data.awaitJob(execution);

        assertThat(stopped.getStatus()).isEqualTo(BatchStatus.STOPPED);
        assertThat(payRuns.run(id).orElseThrow().status()).isEqualTo(PayRunStatus.FAILED);
        long done = data.count("pay_run_employee WHERE pay_run_id = " + id.value());
        // chunks in flight when the stop was seen roll back with their reader positions; the rest committed
        assertThat(done).as("stopped mid-run").isBetween(1L, expected.stream().filter(r -> r.startsWith("employee")).count() - 1);

        String location = mvc.perform(post("/korningar/" + execution + "/starta-om").with(PAYROLL_OFFICER).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        JobExecution restarted = data.awaitJob(Long.parseLong(location.substring(location.lastIndexOf('/') + 1)));

        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(payRuns.run(id).orElseThrow().status()).isEqualTo(PayRunStatus.CALCULATED);
        assertThat(payRuns.run(id).orElseThrow().jobExecutionId()).isEqualTo(restarted.getId());
        assertThat(data.rows(id)).isEqualTo(expected);
    }

    @Test
    void aRunKilledMidwayIsRecoveredAndRestartedWithTheSameLinesAsAnUninterruptedRun() throws Exception {
        PayRunId reference = calculated();
        List<String> expected = data.rows(reference);
        long employees = expected.stream().filter(r -> r.startsWith("employee")).count();

        Path dir = Files.createDirectories(Path.of("target", "payrun-tests"));
        Path marker = dir.resolve("held-" + System.nanoTime());
        Path log = dir.resolve("child-" + System.nanoTime() + ".log");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m",
                "-Dpayrun.marker=" + marker.toAbsolutePath(), "-Dpayrun.blockAfter=20", "-Dpayrun.period=" + NOVEMBER,
                "-cp", System.getProperty("java.class.path"), PayRunChildProcess.class.getName(),
                "--spring.datasource.url=" + databaseUrl, "--spring.datasource.username=postgres",
                "--servicekontor.payroll.pay-run.chunk-size=25", "--servicekontor.jobs.recover-at-startup=false",
                "--servicekontor.invoice.intake.schedule=-", "--servicekontor.storage.directory=target/test-files",
                "--server.port=0", "--logging.level.root=WARN");
        Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(50))
                    .failFast("the child JVM ended by itself (see " + log + ")", () -> !child.isAlive())
                    .until(() -> Files.exists(marker));
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        PayRunId id = new PayRunId(jdbc.sql("SELECT id FROM pay_run WHERE status = 'RUNNING'").query(Long.class).single());
        long done = data.count("pay_run_employee WHERE pay_run_id = " + id.value());
        assertThat(done).as("killed mid-run (see " + log + ")").isBetween(1L, employees - 1);
        JobExecution left = jobRepository.getJobExecution(executionOf(id));
        assertThat(left.getStatus()).as("a killed JVM leaves its run STARTED").isEqualTo(BatchStatus.STARTED);
        assertThat(payRuns.run(id).orElseThrow().status()).isEqualTo(PayRunStatus.RUNNING);

        jobOperator.recover(left); // as JobRecovery does at start-up
        assertThat(payRuns.run(id).orElseThrow().status()).as("shown as failed once its job is").isEqualTo(PayRunStatus.FAILED);
        JobExecution restarted = data.awaitJob(jobOperator.restart(jobRepository.getJobExecution(left.getId())).getId());

        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(payRuns.run(id).orElseThrow().status()).isEqualTo(PayRunStatus.CALCULATED);
        assertThat(data.rows(id)).as("no employee twice, none missing, the same lines").isEqualTo(expected);
        // the restart is recorded with the run's officers, none of whom may release it (issue 12, part 3)
        assertThat(jdbc.sql("SELECT action FROM pay_run_officer WHERE pay_run_id = ? ORDER BY at").param(id.value()).query(String.class)
                .list()).containsExactly("STARTED", "RESTARTED");
    }

    private PayRunId calculated() {
        PayRunId id = payRuns.startPreliminary(NOVEMBER, "lon1");
        assertThat(data.awaitRun(id).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        return id;
    }

    private long executionOf(PayRunId id) {
        return await().atMost(Duration.ofMinutes(1)).until(() -> payRuns.run(id).orElseThrow().jobExecutionId(), e -> e != null);
    }
}
