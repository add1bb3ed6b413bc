package se.servicekontor.organization.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static se.servicekontor.organization.TestWorkbooks.set;

import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.servicekontor.organization.ImportJobRunner;
import se.servicekontor.organization.OrganisationTestConfiguration;
import se.servicekontor.organization.TestWorkbooks;
import se.servicekontor.platform.documents.ReceivedFiles;
import se.servicekontor.platform.jobs.JobConventions;
import se.servicekontor.platform.jobs.JobLaunches;
import se.servicekontor.testing.PostgresTest;

/**
 * A run that fails in the middle of a step (the database refuses one employee row, as a crash or a
 * lost connection would) keeps its committed chunks; restarted, it continues after them and the
 * register ends exactly as after an uninterrupted import — no duplicates, no repeated audit entries.
 */
@PostgresTest
@Import(OrganisationTestConfiguration.class)
class OrganisationImportRestartTests {

    @Autowired ReceivedFiles receivedFiles;
    @Autowired JobLaunches jobLaunches;
    @Autowired JobRepository jobRepository;
    @Autowired JobOperator jobOperator;
    @Autowired JdbcClient jdbc;

    ImportJobRunner imports;

    @BeforeEach
    void emptyRegisterAndAnOutage() {
        imports = new ImportJobRunner(receivedFiles, jobLaunches, jobRepository, jdbc);
        imports.clearRegister();
        jdbc.sql("""
                CREATE OR REPLACE FUNCTION test_outage() RETURNS trigger AS $$
                BEGIN
                  IF NEW.last_name = 'Avbrott' THEN RAISE EXCEPTION 'Databasen svarar inte (simulerat avbrott)'; END IF;
                  RETURN NEW;
                END $$ LANGUAGE plpgsql""").update();
        jdbc.sql("CREATE TRIGGER test_outage BEFORE INSERT ON employee_placement FOR EACH ROW EXECUTE FUNCTION test_outage()")
                .update();
    }

    @AfterEach
    void endOutage() {
        jdbc.sql("DROP TRIGGER IF EXISTS test_outage ON employee_placement").update();
    }

    @Test
    void restartAfterAFailureMidStepContinuesWithoutDuplicates(@TempDir Path dir) throws Exception {
        // the 1 201st employee breaks the third chunk of 500
        Path workbook = TestWorkbooks.demoWith(dir, "avbrott.xlsx", wb -> {
            Sheet employees = wb.getSheet("Anställda");
            set(employees.getRow(1_201), 2, "Avbrott");
        });

        long usersCreatedBefore = imports.auditEntries("organisation.user.created");
        JobExecution failed = imports.run(workbook);

        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(failed.getExecutionContext().getString(JobConventions.OUTCOME))
                .startsWith("Importen avbröts: ").contains("simulerat avbrott").endsWith("starta om körningen när felet är åtgärdat.");
        assertThat(imports.count("employee_placement")).isEqualTo(1_000);
        assertThat(imports.count("attest_right")).isZero();
        long auditAfterFailure = imports.auditEntries("organisation.");

        endOutage();
        long restartId = jobOperator.restart(failed.getId());
        JobExecution restarted = imports.awaitEnd(restartId);

        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        StepExecution employeesStep = restarted.getStepExecutions().stream()
                .filter(step -> step.getStepName().equals("employees")).findFirst().orElseThrow();
        assertThat(employeesStep.getReadCount()).isEqualTo(1_000);
        assertThat(restarted.getStepExecutions()).extracting(StepExecution::getStepName)
                .containsExactly("checkFile", "employees", "attestRights", "summary");
        assertThat(imports.count("employee_placement")).isEqualTo(2_000);
        assertThat(jdbc.sql("SELECT count(DISTINCT personal_identity_number) FROM employee_placement").query(Long.class).single())
                .isEqualTo(2_000);
        assertThat(imports.count("attest_right")).isEqualTo(171);
        assertThat(imports.auditEntries("organisation.")).isEqualTo(auditAfterFailure + 171 + 1); // attest lines + the import
        assertThat(imports.auditEntries("organisation.user.created")).isEqualTo(usersCreatedBefore + 60);
        assertThat(restarted.getExecutionContext().getString(JobConventions.OUTCOME))
                .isEqualTo("6 förvaltningar, 40 ansvar, 60 användare, 2\u00a0000 anställda och 171 attesträtter importerade "
                        + "(2\u00a0277 nya, 0 ändrade); 0 rader överhoppade");
    }
}
