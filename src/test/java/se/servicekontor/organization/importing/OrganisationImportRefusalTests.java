package se.servicekontor.organization.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

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
import se.servicekontor.platform.documents.ReceivedFiles.ReceivedFile;
import se.servicekontor.platform.jobs.JobConventions;
import se.servicekontor.platform.jobs.JobLaunches;
import se.servicekontor.testing.PostgresTest;

/**
 * Files that must not be imported: the run fails with the reason as its exit description and outcome,
 * the file is kept as rejected with the reason, the refusal is audited and the register is untouched.
 */
@PostgresTest
@Import(OrganisationTestConfiguration.class)
class OrganisationImportRefusalTests {

    @Autowired ReceivedFiles receivedFiles;
    @Autowired JobLaunches jobLaunches;
    @Autowired JobRepository jobRepository;
    @Autowired JdbcClient jdbc;
    @Autowired AuditTrail audit;

    ImportJobRunner imports;

    @BeforeEach
    void emptyRegister() {
        imports = new ImportJobRunner(receivedFiles, jobLaunches, jobRepository, jdbc);
        imports.clearRegister();
    }

    @Test
    void zipBombIsRefused(@TempDir Path dir) throws Exception {
        assertRefused(imports.receive(TestWorkbooks.zipBomb(dir)), "(misstänkt zip-bomb)");
    }

    @Test
    void encryptedWorkbookIsRefused(@TempDir Path dir) throws Exception {
        assertRefused(imports.receive(TestWorkbooks.encrypted(dir)),
                "Arbetsboken är lösenordsskyddad (krypterad). Ta bort lösenordet i Excel och ladda upp den igen.");
    }

    @Test
    void somethingElseThanAWorkbookIsRefused(@TempDir Path dir) throws Exception {
        Path text = Files.writeString(dir.resolve("organisation.xlsx"), "Kod;Namn\nUTB;Utbildning\n");
        assertRefused(imports.receive(text), "Filen är ingen Excel-arbetsbok (.xlsx). Använd mallen och spara som .xlsx.");
    }

    @Test
    void sheetWithMoreRowsThanTheLimitIsRefused(@TempDir Path dir) throws Exception {
        assertRefused(imports.receive(TestWorkbooks.departments(dir, 50_001)),
                "Bladet Förvaltningar har fler än 50\u00a0000 rader, som är gränsen för en import. Dela upp arbetsboken.");
    }

    @Test
    void sheetWithoutARequiredColumnIsRefused(@TempDir Path dir) throws Exception {
        Path workbook = TestWorkbooks.demoWith(dir, "utan-kolumn.xlsx",
                wb -> wb.getSheet("Anställda").getRow(0).getCell(4).setCellValue("Kommentar"));
        assertRefused(imports.receive(workbook),
                "Bladet Anställda saknar kolumnen Skyddad identitet på rad 1. Använd rubrikerna från mallen.");
    }

    @Test
    void fileOverTheUploadLimitIsRefused() throws Exception {
        byte[] bytes = Files.readAllBytes(ImportJobRunner.DEMO);
        ReceivedFile tooLarge = receivedFiles.store("organisation", "stor.xlsx", new ByteArrayInputStream(bytes),
                bytes.length - 1, "testare");
        assertRefused(tooLarge, "Filen är större än gränsen");
    }

    private void assertRefused(ReceivedFile file, String reasonPart) {
        JobExecution run = imports.run(file);

        assertThat(run.getStatus()).isEqualTo(BatchStatus.FAILED);
        String reason = run.getExitStatus().getExitDescription();
        assertThat(reason).contains(reasonPart);
        assertThat(run.getExecutionContext().getString(JobConventions.OUTCOME)).isEqualTo("Filen avvisades: " + reason);
        ReceivedFile kept = receivedFiles.find(file.id()).orElseThrow();
        assertThat(kept.status()).isEqualTo(ReceivedFiles.Status.REJECTED);
        assertThat(kept.reason()).isEqualTo(reason);
        assertThat(kept.storedPath()).exists();
        assertThat(audit.latest("organisation.import", 1)).singleElement()
                .satisfies(entry -> assertThat(entry.after()).startsWith("avvisad: " + reason).contains(file.sha256()));
        assertThat(imports.count("department") + imports.count("app_user") + imports.count("attest_right")).isZero();
        assertThat(jdbc.sql("SELECT job_execution_id FROM organisation_import_run WHERE received_file_id = ?")
                .param(file.id()).query(Long.class).single()).isEqualTo(run.getId());
        System.out.println("Refused " + file.originalName() + ": " + new String(reason.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
    }
}
