package se.servicekontor.payroll.timereport;

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

/**
 * {@code batch-jobs/run/time-report-import.sh FILE}: with {@code servicekontor.cli.time-report-import=FILE}
 * the application imports the time report (xlsx or csv), waits for the run to end, prints its outcome
 * and skipped rows, and exits 0 if the run completed, 1 otherwise.
 */
@Component
@ConditionalOnProperty("servicekontor.cli.time-report-import")
class TimeReportImportCommand implements ApplicationRunner {

    private final TimeReportImports imports;
    private final CommandLineRuns runs;
    private final ConfigurableApplicationContext context;
    private final Path file;

    TimeReportImportCommand(TimeReportImports imports, CommandLineRuns runs,
                            ConfigurableApplicationContext context, @Value("${servicekontor.cli.time-report-import}") Path file) {
        this.imports = imports;
        this.runs = runs;
        this.context = context;
        this.file = file;
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        int code = importFile(file, System.out);
        System.exit(SpringApplication.exit(context, () -> code));
    }

    /** Imports the file and reports on {@code out}; returns the process exit code. */
    int importFile(Path report, PrintStream out) throws InterruptedException {
        if (!Files.isRegularFile(report)) {
            out.println("Filen finns inte: " + report.toAbsolutePath());
            return 1;
        }
        String startedBy = CommandLineRuns.startedBy();
        ReceivedFile received = imports.receive(report, startedBy);
        long id = imports.start(received, startedBy);
        out.println("Import av tidrapporten " + report.getFileName() + " startad (körning " + id + ")…");
        return runs.awaitAndReport(id, out, item -> item.itemRef() + ": " + item.reason());
    }
}
