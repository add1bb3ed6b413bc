package se.servicekontor.organization.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.servicekontor.organization.ImportJobRunner;
import se.servicekontor.organization.OrganisationTestConfiguration;
import se.servicekontor.organization.importing.OrganisationImports;
import se.servicekontor.organization.register.Departments;
import se.servicekontor.platform.documents.ReceivedFiles;
import se.servicekontor.platform.jobs.JobLaunches;
import se.servicekontor.testing.PostgresTest;

/** The demo profile loads Exempelby kommun once, through the import job, and never again. */
@PostgresTest
@Import(OrganisationTestConfiguration.class)
class DemoOrganisationLoaderTests {

    @Autowired Departments departments;
    @Autowired OrganisationImports organisationImports;
    @Autowired ReceivedFiles receivedFiles;
    @Autowired JobLaunches jobLaunches;
    @Autowired JobRepository jobRepository;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationContext context;

    ImportJobRunner imports;

    @BeforeEach
    void emptyRegister() {
        imports = new ImportJobRunner(receivedFiles, jobLaunches, jobRepository, jdbc);
        imports.clearRegister();
        jdbc.sql("DELETE FROM received_file WHERE purpose = 'organisation'").update();
    }

    @Test
    void theDemoOrganisationIsImportedOnTheFirstStartOnly() {
        assertThat(context.getBeansOfType(DemoOrganisationLoader.class)).isEmpty(); // not outside the demo profile
        DemoOrganisationLoader loader = new DemoOrganisationLoader(departments, organisationImports, ImportJobRunner.DEMO);

        loader.loadOnce();
        await().atMost(Duration.ofMinutes(2)).until(() -> imports.count("attest_right") == 171);
        loader.loadOnce();

        assertThat(receivedFiles.latest("organisation", 10)).singleElement()
                .satisfies(file -> assertThat(file.receivedBy()).isEqualTo("system"));
        assertThat(imports.count("employee_placement")).isEqualTo(2_000);
    }

    @Test
    void aMissingWorkbookOnlyWarns(@TempDir Path dir) {
        new DemoOrganisationLoader(departments, organisationImports, dir.resolve("saknas.xlsx")).loadOnce();

        assertThat(receivedFiles.latest("organisation", 10)).isEmpty();
        assertThat(departments.count()).isZero();
    }
}
