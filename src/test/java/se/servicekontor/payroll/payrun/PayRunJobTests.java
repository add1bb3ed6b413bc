package se.servicekontor.payroll.payrun;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
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
@Import(OrganisationTestConfiguration.class)
class PayRunJobTests {

    static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    @Autowired PayRuns payRuns;
    @Autowired JdbcClient jdbc;
    @Autowired ReceivedFiles receivedFiles;
    @Autowired JobLaunches jobLaunches;
    @Autowired JobRepository jobRepository;
    @Autowired EmploymentImports employmentImports;
    @Autowired TimeReportImports timeReports;

    PayRunTestData data;

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
    }
}
