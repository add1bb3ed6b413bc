package se.servicekontor.supplierinvoice.intake;

import java.io.PrintStream;
import java.util.Map;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

import se.servicekontor.platform.jobs.CommandLineRuns;
import se.servicekontor.platform.jobs.JobLaunches;

/**
 * {@code batch-jobs/run/invoice-intake.sh [FOLDER]}: with {@code servicekontor.cli.invoice-intake=true} the
 * application runs invoiceIntakeJob once on the inbox folder, waits for it, prints the outcome line and each
 * rejected file with its reason, and exits 0 when the run completed, 1 otherwise.
 */
@Component
@ConditionalOnBooleanProperty("servicekontor.cli.invoice-intake")
class InvoiceIntakeCommand implements ApplicationRunner {

    private final JobLaunches launches;
    private final CommandLineRuns runs;
    private final Inbox inbox;
    private final ConfigurableApplicationContext context;

    InvoiceIntakeCommand(JobLaunches launches, CommandLineRuns runs, Inbox inbox,
                         ConfigurableApplicationContext context) {
        this.launches = launches;
        this.runs = runs;
        this.inbox = inbox;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        int code = runOnce(System.out);
        System.exit(SpringApplication.exit(context, () -> code));
    }

    int runOnce(PrintStream out) throws InterruptedException {
        String startedBy = CommandLineRuns.startedBy();
        long id = launches.start(InvoiceIntakeJobConfiguration.JOB, Map.of(), startedBy);
        out.println("Fakturainläsning från " + inbox.folder() + " startad (körning " + id + ")…");
        return runs.awaitAndReport(id, out, item -> "AVVISAD " + item.itemRef() + ": " + item.reason());
    }
}
