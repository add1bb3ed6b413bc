package se.servicekontor.organization.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.servicekontor.organization.ImportJobRunner;
import se.servicekontor.organization.OrganisationTestConfiguration;
import se.servicekontor.organization.TestWorkbooks;
import se.servicekontor.platform.documents.ReceivedFiles;
import se.servicekontor.platform.jobs.JobLaunches;
import se.servicekontor.platform.jobs.SkippedItems;
import se.servicekontor.testing.PostgresTest;

/** What batch-jobs/run/organisation-import.sh prints and which exit code it gives. */
@PostgresTest
@Import(OrganisationTestConfiguration.class)
class OrganisationImportCommandTests {

    @Autowired OrganisationImports organisationImports;
    @Autowired JobRepository jobRepository;
    @Autowired SkippedItems skippedItems;
    @Autowired ConfigurableApplicationContext context;
    @Autowired ReceivedFiles receivedFiles;
    @Autowired JobLaunches jobLaunches;
    @Autowired JdbcClient jdbc;
    @Autowired se.servicekontor.platform.jobs.CommandLineRuns commandLineRuns;

    final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    @BeforeEach
    void emptyRegister() {
        new ImportJobRunner(receivedFiles, jobLaunches, jobRepository, jdbc).clearRegister();
    }

    int importWorkbook(Path file) throws Exception {
        var command = new OrganisationImportCommand(organisationImports, commandLineRuns, context, file);
        return command.importWorkbook(file, new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aGoodWorkbookPrintsTheOutcomeAndSkippedRowsAndExitsZero(@TempDir Path dir) throws Exception {
        Path workbook = TestWorkbooks.demoWith(dir, "ett-fel.xlsx",
                wb -> TestWorkbooks.append(wb.getSheet("Ansvar"), "9999", "Okänd enhet", "SKL"));

        assertThat(importWorkbook(workbook)).isZero();
        assertThat(printed()).contains("Organisationsimport av ett-fel.xlsx startad",
                "6 förvaltningar, 40 ansvar, 60 användare, 2\u00a0000 anställda och 171 attesträtter importerade",
                "1 rad överhoppad", "  Ansvar rad 42: okänd förvaltning 'SKL'.", "Status: COMPLETED");
    }

    @Test
    void aRefusedFileExitsOneWithTheReason(@TempDir Path dir) throws Exception {
        assertThat(importWorkbook(TestWorkbooks.zipBomb(dir))).isEqualTo(1);
        assertThat(printed()).contains("Filen avvisades: ", "zip-bomb", "Status: FAILED");
    }

    @Test
    void aMissingFileExitsOne(@TempDir Path dir) throws Exception {
        assertThat(importWorkbook(dir.resolve("finns-inte.xlsx"))).isEqualTo(1);
        assertThat(printed()).startsWith("Filen finns inte: ");
    }
}
