package se.servicekontor.supplierinvoice.intake;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.item.ChunkOrientedStep;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import se.servicekontor.Application;
import se.servicekontor.platform.jobs.JobLaunches;

/**
 * The application in a JVM of its own, for {@link IntakeCrashTests}: starts, launches invoiceIntakeJob and
 * waits to be killed. Arguments are Spring properties ({@code --spring.datasource.url=…}, {@code --server.port=0});
 * system properties {@code intake.halt.marker} and {@code intake.halt.after-chunks} say where to write the marker
 * and after how many committed chunks the workers halt ({@link HaltAfterCommittedChunks}). Exits with status 2
 * when the run ends before that, so the test fails at once instead of waiting.
 */
public final class IntakeChildProcess {

    private IntakeChildProcess() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path marker = Path.of(System.getProperty("intake.halt.marker"));
        int chunks = Integer.getInteger("intake.halt.after-chunks", 2);
        ConfigurableApplicationContext context = start(args);
        HaltAfterCommittedChunks<InboxFile, IntakeResult> halt = new HaltAfterCommittedChunks<>(chunks, marker);
        processFileStep(context).registerChunkListener(halt);

        long id = context.getBean(JobLaunches.class).start(InvoiceIntakeJobConfiguration.JOB, Map.of(), "eko1");
        System.out.println("INTAKE-RUN " + id);
        System.out.flush();
        JobRepository jobs = context.getBean(JobRepository.class);
        while (true) { // until the test kills this JVM
            Thread.sleep(200);
            JobExecution run = jobs.getJobExecution(id);
            if (run != null && !run.getStatus().isRunning() && !halt.halted()) {
                System.out.println("INTAKE-RUN ENDED BEFORE THE HALT: " + run.getStatus() + " " + run.getAllFailureExceptions());
                System.out.flush();
                System.exit(2);
            }
        }
    }

    /**
     * Starts the application; retried a few times because the machine's PostgreSQL is shared with other builds
     * and may briefly refuse connections ("too many clients") while the child starts.
     */
    private static ConfigurableApplicationContext start(String[] args) throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                return new SpringApplicationBuilder(Application.class).run(args);
            } catch (RuntimeException e) {
                if (attempt == 5) {
                    throw e;
                }
                System.out.println("Start attempt " + attempt + " failed (" + e.getMessage() + "); trying again");
                Thread.sleep(3000L * attempt);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static ChunkOrientedStep<InboxFile, IntakeResult> processFileStep(ConfigurableApplicationContext context) {
        Object step = context.getBean("processFile");
        if (!(step instanceof ChunkOrientedStep<?, ?> chunkStep)) {
            throw new IllegalStateException("processFile is a " + step.getClass().getName() + ", not Spring Batch 6's "
                    + "ChunkOrientedStep: HaltAfterCommittedChunks cannot be registered on it");
        }
        return (ChunkOrientedStep<InboxFile, IntakeResult>) chunkStep;
    }
}
