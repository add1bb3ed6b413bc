package se.servicekontor.payroll.payrun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.servicekontor.organization.ImportJobRunner;
import se.servicekontor.payroll.PayRunId;
import se.servicekontor.payroll.employment.EmploymentImports;
import se.servicekontor.payroll.timereport.TimeReportImports;
import se.servicekontor.platform.documents.ReceivedFiles;
import se.servicekontor.platform.jobs.JobLaunches;

/**
 * The demo data set for pay run tests: the demo organisation, its ~2 000 employments and the demo time
 * report of October 2026 (paid with November's pay), loaded through the real import jobs.
 */
record PayRunTestData(ReceivedFiles receivedFiles, JobLaunches jobLaunches, JobRepository jobRepository, JdbcClient jdbc,
                      EmploymentImports employmentImports, TimeReportImports timeReports) {

    static final Path EMPLOYMENTS = Path.of("batch-jobs/samples/demo-employments.xlsx");
    static final Path TIME_REPORT = Path.of("batch-jobs/samples/demo-time-report-2026-10.csv");

    /** Loads the demo data once per database. */
    void loadDemoOnce() {
        if (count("employment") > 0)
            return;
        ImportJobRunner organisation = new ImportJobRunner(receivedFiles, jobLaunches, jobRepository, jdbc);
        assertThat(organisation.run(ImportJobRunner.DEMO).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(awaitJob(employmentImports.start(employmentImports.receive(EMPLOYMENTS, "testare"), "testare")).getStatus())
                .isEqualTo(BatchStatus.COMPLETED);
        assertThat(awaitJob(timeReports.start(timeReports.receive(TIME_REPORT, "testare"), "testare")).getStatus())
                .isEqualTo(BatchStatus.COMPLETED);
    }

    JobExecution awaitJob(long executionId) {
        return se.servicekontor.testing.JobEnd.await(jobRepository, executionId, Duration.ofMinutes(5));
    }

    /** Waits until the run's job has ended; returns its last execution. */
    JobExecution awaitRun(PayRunId run) {
        Long execution = await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(50))
                .until(() -> jdbc.sql("SELECT job_execution_id FROM pay_run WHERE id = ?").param(run.value())
                        .query(Long.class).optional().orElse(null), id -> id != null);
        return awaitJob(execution);
    }

    long count(String tableAndWhere) {
        return jdbc.sql("SELECT count(*) FROM " + tableAndWhere).query(Long.class).single();
    }

    /** A run's pay lines, results and errors as sorted text rows: equal lists = identical results. */
    List<String> rows(PayRunId run) {
        List<String> rows = new java.util.ArrayList<>();
        jdbc.sql("""
                SELECT employee_id, seq, employment_id, cost_centre_code, code, text, amount, taxable, earned_from, earned_to
                FROM pay_line WHERE pay_run_id = ? ORDER BY employee_id, seq""").param(run.value())
                .query().listOfRows().forEach(r -> rows.add("line " + r));
        jdbc.sql("""
                SELECT employee_id, cost_centre_code, gross, tax, net_deductions, net, employer_contributions, pension, payday, errors, warnings
                FROM pay_run_employee WHERE pay_run_id = ? ORDER BY employee_id""").param(run.value())
                .query().listOfRows().forEach(r -> rows.add("employee " + r));
        jdbc.sql("SELECT employee_id, seq, employment_id, code, severity, message FROM pay_run_error WHERE pay_run_id = ? ORDER BY employee_id, seq")
                .param(run.value()).query().listOfRows().forEach(r -> rows.add("error " + r));
        jdbc.sql("SELECT deviation_id, employee_id FROM pay_run_deviation WHERE pay_run_id = ? ORDER BY deviation_id")
                .param(run.value()).query().listOfRows().forEach(r -> rows.add("deviation " + r));
        return rows;
    }

    Map<String, Object> run(PayRunId run) {
        return jdbc.sql("SELECT * FROM pay_run WHERE id = ?").param(run.value()).query().singleRow();
    }
}
