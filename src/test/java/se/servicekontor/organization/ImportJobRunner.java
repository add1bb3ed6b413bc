package se.servicekontor.organization;

import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.servicekontor.platform.documents.ReceivedFiles;
import se.servicekontor.platform.documents.ReceivedFiles.ReceivedFile;
import se.servicekontor.platform.jobs.JobLaunches;

/** Test helper: receive a workbook, run organisationImportJob on it, wait for the end. */
public record ImportJobRunner(ReceivedFiles receivedFiles, JobLaunches jobLaunches, JobRepository jobRepository, JdbcClient jdbc) {

    public static final Path DEMO = Path.of("batch-jobs/samples/demo-organisation.xlsx");

    public ReceivedFile receive(Path workbook) {
        return receivedFiles.store("organisation", workbook, 20L * 1024 * 1024, "testare");
    }

    public JobExecution run(Path workbook) {
        return run(receive(workbook));
    }

    public JobExecution run(ReceivedFile file) {
        long id = jobLaunches.start("organisationImportJob", Map.of("fileId", Long.toString(file.id())), "testare");
        return awaitEnd(id);
    }

    public JobExecution awaitEnd(long executionId) {
        return se.servicekontor.testing.JobEnd.await(jobRepository, executionId);
    }

    /** Empties the organisation register (the tests of one context share a database). */
    public void clearRegister() {
        for (String table : List.of("attest_right", "employee_placement", "user_role", "app_user", "cost_centre",
                "department", "organisation_import_run")) {
            jdbc.sql("DELETE FROM " + table).update();
        }
    }

    public long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    public long auditEntries(String actionPrefix) {
        return jdbc.sql("SELECT count(*) FROM audit_entry WHERE action LIKE ?").param(actionPrefix + "%").query(Long.class).single();
    }

    /** Every row of the register, in a fixed order, as text: equal dumps = identical register. */
    public String dump() {
        StringBuilder dump = new StringBuilder();
        for (String sql : List.of(
                "SELECT * FROM department ORDER BY id", "SELECT * FROM cost_centre ORDER BY id",
                "SELECT * FROM app_user ORDER BY id", "SELECT * FROM user_role ORDER BY user_id, role",
                "SELECT * FROM employee_placement ORDER BY id", "SELECT * FROM attest_right ORDER BY id")) {
            jdbc.sql(sql).query().listOfRows().forEach(row -> dump.append(row).append('\n'));
        }
        return dump.toString();
    }

    public Map<String, Long> countRows(Path workbook) throws java.io.IOException {
        return WorkbookCounts.of(workbook);
    }
}
