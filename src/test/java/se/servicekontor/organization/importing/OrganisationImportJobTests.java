package se.servicekontor.organization.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static se.servicekontor.organization.TestWorkbooks.append;
import static se.servicekontor.organization.TestWorkbooks.find;
import static se.servicekontor.organization.TestWorkbooks.set;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.servicekontor.organization.ImportJobRunner;
import se.servicekontor.organization.OrganisationTestConfiguration;
import se.servicekontor.organization.TestWorkbooks;
import se.servicekontor.platform.audit.AuditTrail;
import se.servicekontor.platform.documents.ReceivedFiles;
import se.servicekontor.platform.jobs.JobConventions;
import se.servicekontor.platform.jobs.JobLaunches;
import se.servicekontor.platform.jobs.SkippedItems;
import se.servicekontor.platform.jobs.SkippedItems.SkippedItem;
import se.servicekontor.testing.PostgresTest;

/** organisationImportJob end to end on the demo workbook and variants of it, on PostgreSQL. */
@PostgresTest
@Import(OrganisationTestConfiguration.class)
class OrganisationImportJobTests {

    @Autowired ReceivedFiles receivedFiles;
    @Autowired JobLaunches jobLaunches;
    @Autowired JobRepository jobRepository;
    @Autowired JdbcClient jdbc;
    @Autowired SkippedItems skippedItems;
    @Autowired AuditTrail audit;

    ImportJobRunner imports;

    @BeforeEach
    void emptyRegister() {
        imports = new ImportJobRunner(receivedFiles, jobLaunches, jobRepository, jdbc);
        imports.clearRegister();
    }

    @Test
    void demoWorkbookImportsFully() throws Exception {
        Map<String, Long> expected = imports.countRows(ImportJobRunner.DEMO);

        long started = System.nanoTime();
        JobExecution run = imports.run(ImportJobRunner.DEMO);
        System.out.printf("Demo organisation imported in %d ms%n", (System.nanoTime() - started) / 1_000_000);

        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(skippedItems.forExecution(run.getId())).isEmpty();
        assertThat(imports.count("department")).isEqualTo(expected.get("Förvaltningar"));
        assertThat(imports.count("cost_centre")).isEqualTo(expected.get("Ansvar"));
        assertThat(imports.count("app_user")).isEqualTo(expected.get("Användare"));
        assertThat(imports.count("employee_placement")).isEqualTo(expected.get("Anställda"));
        assertThat(imports.count("attest_right")).isEqualTo(expected.get("Attesträtter"));
        assertThat(run.getExecutionContext().getString(JobConventions.OUTCOME))
                .isEqualTo("6 förvaltningar, 40 ansvar, 60 användare, 2\u00a0000 anställda och 171 attesträtter importerade "
                        + "(2\u00a0277 nya, 0 ändrade); 0 rader överhoppade");
        assertThat(receivedFiles.find(Long.parseLong(run.getJobParameters().getString("fileId"))).orElseThrow().status())
                .isEqualTo(ReceivedFiles.Status.PROCESSED);
        assertThat(jdbc.sql("SELECT string_agg(role, ',' ORDER BY role) FROM user_role r JOIN app_user u ON u.id = r.user_id "
                + "WHERE u.username = 'chef.skola'").query(String.class).single()).isEqualTo("APPROVER,MANAGER");
        assertThat(run.getStepExecutions()).filteredOn(step -> step.getStepName().equals("employees")).singleElement()
                .satisfies(step -> assertThat(step.getExecutionContext().getLong(JobConventions.EXPECTED_ITEMS)).isEqualTo(2_000));
        assertThat(audit.latest("organisation.import", 1)).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("testare");
            assertThat(entry.after()).contains("demo-organisation.xlsx", "sha256 ", "2\u00a0000 anställda");
        });
    }

    @Test
    void sameWorkbookTwiceChangesNothingAndAuditsOnlyTheImport() {
        assertThat(imports.run(ImportJobRunner.DEMO).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        String register = imports.dump();
        long auditEntries = imports.auditEntries("organisation.");

        JobExecution again = imports.run(ImportJobRunner.DEMO);

        assertThat(again.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(imports.dump()).isEqualTo(register);
        assertThat(imports.auditEntries("organisation.")).isEqualTo(auditEntries + 1);
        assertThat(audit.latest("organisation.", 1).get(0).action()).isEqualTo("organisation.import");
        assertThat(again.getExecutionContext().getString(JobConventions.OUTCOME)).contains("(0 nya, 0 ändrade)");
    }

    @Test
    void badRowsAreSkippedWithReasonsAndEverythingElseImported(@TempDir Path dir) throws Exception {
        int[] rows = new int[5];
        int[] overlapped = new int[1];
        Path workbook = TestWorkbooks.demoWith(dir, "fem-fel.xlsx", wb -> {
            rows[0] = append(wb.getSheet("Ansvar"), "9999", "Okänd enhet", "SKL");
            rows[1] = append(wb.getSheet("Användare"), "ny.person", "Ny Person", "ny.person@exempelby.se", "AGENT, SUPERADMIN", "KSF");
            rows[2] = append(wb.getSheet("Anställda"), "19800101-1235", "Test", "Testsson", "2110", "Nej", null);
            rows[3] = append(wb.getSheet("Attesträtter"), "ekonom.utb", "2120", "beslut", "femtio tusen", "2026-01-01", null, null);
            rows[4] = append(wb.getSheet("Attesträtter"), "chef.skola", "2110", "beslut", "2000000", "2026-06-01", null, null);
            overlapped[0] = find(wb.getSheet("Attesträtter"), 0, "chef.skola", 1, "2110").getRowNum() + 1;
        });

        JobExecution run = imports.run(workbook);

        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        List<SkippedItem> skipped = skippedItems.forExecution(run.getId());
        assertThat(skipped).extracting(SkippedItem::itemRef).containsExactly(
                "Ansvar rad " + rows[0], "Användare rad " + rows[1], "Anställda rad " + rows[2],
                "Attesträtter rad " + rows[3], "Attesträtter rad " + rows[4]);
        assertThat(skipped).extracting(SkippedItem::reason).containsExactly(
                "Ansvar rad " + rows[0] + ": okänd förvaltning 'SKL'. Lägg till den på bladet Förvaltningar eller rätta koden.",
                "Användare rad " + rows[1] + ": okänd roll 'SUPERADMIN'. Använd någon av AGENT, PAYROLL_OFFICER, ECONOMY_OFFICER, "
                        + "APPROVER, MANAGER, ADMIN, AUDITOR (eller KUNDCENTER, LÖN, EKONOMI, ATTESTANT, CHEF, ADMINISTRATÖR, "
                        + "REVISOR), åtskilda med komma.",
                "Anställda rad " + rows[2] + ": personnumret har fel kontrollsiffra. Kontrollera numret.",
                "Attesträtter rad " + rows[3] + ": Beloppsgräns 'femtio tusen' är inte ett belopp. Skriv beloppet i kronor, "
                        + "t.ex. 50000 eller 50 000,00, eller lämna cellen tom för ingen beloppsgräns.",
                "Attesträtter rad " + rows[4] + ": perioden 2026-06-01–tills vidare överlappar rad " + overlapped[0]
                        + " (2026-01-01–tills vidare) för samma användare, ansvar och typ. Avsluta den ena perioden innan den "
                        + "andra börjar.");
        assertThat(skipped.get(2).itemText()).doesNotContain("19800101").doesNotContain("Testsson");
        assertThat(imports.count("department")).isEqualTo(6);
        assertThat(imports.count("cost_centre")).isEqualTo(40);
        assertThat(imports.count("app_user")).isEqualTo(60);
        assertThat(imports.count("employee_placement")).isEqualTo(2_000);
        assertThat(imports.count("attest_right")).isEqualTo(171);
        assertThat(run.getExecutionContext().getString(JobConventions.OUTCOME)).endsWith("; 5 rader överhoppade");
    }

    @Test
    void changedWorkbookUpdatesTheRegisterWithAuditBeforeAndAfter(@TempDir Path dir) throws Exception {
        imports.run(ImportJobRunner.DEMO);
        long auditEntries = imports.auditEntries("organisation.");
        Path changed = TestWorkbooks.demoWith(dir, "andrad.xlsx", wb -> {
            set(find(wb.getSheet("Förvaltningar"), 0, "UTB", 0, null), 1, "Barn- och utbildningsförvaltningen");
            set(find(wb.getSheet("Attesträtter"), 0, "chef.skola", 1, "2110"), 3, 1_500_000);
        });

        JobExecution run = imports.run(changed);

        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(jdbc.sql("SELECT name FROM department WHERE code = 'UTB'").query(String.class).single())
                .isEqualTo("Barn- och utbildningsförvaltningen");
        assertThat(jdbc.sql("""
                SELECT a.amount_limit FROM attest_right a JOIN app_user u ON u.id = a.user_id
                JOIN cost_centre c ON c.id = a.cost_centre_id
                WHERE u.username = 'chef.skola' AND c.code = '2110' AND a.kind = 'DECISION'""").query(BigDecimal.class).single())
                .isEqualByComparingTo("1500000.00");
        assertThat(imports.auditEntries("organisation.")).isEqualTo(auditEntries + 3);
        assertThat(audit.latest("organisation.department", 1)).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("organisation.department.updated");
            assertThat(entry.before()).isEqualTo("Utbildningsförvaltningen");
            assertThat(entry.after()).isEqualTo("Barn- och utbildningsförvaltningen");
            assertThat(entry.actor()).isEqualTo("testare");
        });
        assertThat(audit.latest("organisation.attest", 1)).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("organisation.attest.updated");
            assertThat(entry.subject()).isEqualTo("attesträtt chef.skola 2110 beslut från 2026-01-01");
            assertThat(entry.before()).isEqualTo("beslut på 2110 upp till 1 000 000,00 kr, 2026-01-01–tills vidare, ersättare bitr.chef.skola");
            assertThat(entry.after()).isEqualTo("beslut på 2110 upp till 1 500 000,00 kr, 2026-01-01–tills vidare, ersättare bitr.chef.skola");
        });
        assertThat(run.getExecutionContext().getString(JobConventions.OUTCOME)).contains("(0 nya, 2 ändrade)");
    }
}
