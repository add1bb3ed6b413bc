package se.servicekontor.organization.importing;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

import se.servicekontor.platform.documents.ReceivedFiles.ReceivedFile;
import se.servicekontor.platform.jobs.CommandLineRuns;
import se.servicekontor.platform.jobs.SkippedItems.SkippedItem;

/**
 * {@code batch-jobs/run/organisation-import.sh FILE}: with {@code servicekontor.cli.organisation-import=FILE}
 * the application imports the workbook, waits for the run to end, prints its outcome and skipped rows,
 * and exits 0 if the run completed, 1 otherwise.
 */
@Component
@ConditionalOnProperty("servicekontor.cli.organisation-import")
class OrganisationImportCommand implements ApplicationRunner {

    private final OrganisationImports imports;
    private final CommandLineRuns runs;
    private final ConfigurableApplicationContext context;
    private final Path workbook;

    OrganisationImportCommand(OrganisationImports imports, CommandLineRuns runs,
                              ConfigurableApplicationContext context,
                              @Value("${servicekontor.cli.organisation-import}") Path workbook) {
        this.imports = imports;
        this.runs = runs;
        this.context = context;
        this.workbook = workbook;
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        int code = importWorkbook(workbook, System.out);
        System.exit(SpringApplication.exit(context, () -> code));
    }

    /** Imports the workbook and reports on {@code out}; returns the process exit code. */
    int importWorkbook(Path file, PrintStream out) throws InterruptedException {
        if (!Files.isRegularFile(file)) {
            out.println("Filen finns inte: " + file.toAbsolutePath());
            return 1;
        }
        String startedBy = CommandLineRuns.startedBy();
        ReceivedFile received = imports.receive(file, startedBy);
        long id = imports.start(received, startedBy);
        out.println("Organisationsimport av " + file.getFileName() + " startad (körning " + id + ")…");
        return runs.awaitAndReport(id, out, SkippedItem::reason);
    }
}
