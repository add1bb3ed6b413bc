package se.servicekontor.supplierinvoice.intake;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import se.servicekontor.platform.jobs.JobLaunches;
import se.servicekontor.testing.PostgresTest;

/**
 * One application context for the intake job tests (shared by every class extending this): its own
 * PostgreSQL database, a fresh inbox folder, at most 60 lines before quarantine, chunks of 5 files.
 */
@PostgresTest
@AutoConfigureMockMvc
@TestPropertySource(properties = {"servicekontor.invoice.intake.max-lines=60", "servicekontor.invoice.intake.chunk-size=5"})
public abstract class IntakeTestSupport {

    public static final Path SHARED_DATA = Path.of("../shared/data");

    @DynamicPropertySource
    static void inboxFolder(DynamicPropertyRegistry registry) throws IOException {
        Path folder = Files.createTempDirectory(Files.createDirectories(Path.of("target", "intake-tests")), "inbox-");
        registry.add("servicekontor.invoice.inbox", folder::toString);
    }

    @Autowired
    protected JobLaunches launches;

    @Autowired
    protected JobRepository jobRepository;

    @Autowired
    protected JdbcClient jdbc;

    @Value("${servicekontor.invoice.inbox}")
    protected Path inbox;

    @Autowired
    protected JobOperator jobOperator;

    /**
     * Every test starts from what a new installation has: no intake run going, an empty inbox folder (claim
     * folder included) and an empty invoice register. The classes share one application context, so one
     * database and one inbox folder: files or a run a failed test left behind would otherwise land in the
     * next test's run, and an invoice one class received would make the same document a duplicate in the next.
     */
    @BeforeEach
    void startFromAnEmptyInboxAndRegister() throws IOException {
        settleLeftoverRuns();
        emptyFolder(inbox);
        jdbc.sql("DELETE FROM intake_finding").update();
        jdbc.sql("DELETE FROM received_invoice_vat").update();
        jdbc.sql("DELETE FROM rejected_file").update();
        jdbc.sql("DELETE FROM invoice_coding_line").update();
        jdbc.sql("DELETE FROM invoice_case").update();
        jdbc.sql("UPDATE received_invoice SET duplicate_of = NULL").update();
        jdbc.sql("DELETE FROM received_invoice").update();
        jdbc.sql("DELETE FROM inbox_file").update();
        jdbc.sql("DELETE FROM received_file WHERE purpose = ?").param(IntakeWriter.PURPOSE).update();
        jdbc.sql("DELETE FROM supplier").update();
    }

    /**
     * Waits for an intake run a previous test left going in this JVM to end; one still marked running after
     * that belongs to a JVM that died (the crash test's child) and is recovered, as at start-up.
     */
    private void settleLeftoverRuns() {
        try {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                    .until(() -> jobRepository.findRunningJobExecutions(InvoiceIntakeJobConfiguration.JOB).isEmpty());
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            jobRepository.findRunningJobExecutions(InvoiceIntakeJobConfiguration.JOB).forEach(jobOperator::recover);
        }
    }

    private static void emptyFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder);
            return;
        }
        try (Stream<Path> entries = Files.walk(folder)) {
            for (Path entry : entries.sorted(java.util.Comparator.reverseOrder()).toList()) {
                if (!entry.equals(folder)) {
                    Files.delete(entry);
                }
            }
        }
    }

    /** Puts a file into the inbox the way an access point does: written under a temporary name, then renamed. */
    protected void drop(String name, byte[] content) {
        try {
            Path temporary = inbox.resolve("." + name + ".tmp");
            Files.write(temporary, content);
            Files.move(temporary, inbox.resolve(name), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected void dropShared(String name, String pathInSharedData) {
        try {
            drop(name, Files.readAllBytes(SHARED_DATA.resolve(pathInSharedData)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts invoiceIntakeJob as the user would from Körningar and waits until it has ended. */
    protected JobExecution runIntake(String user) {
        long id = launches.start(InvoiceIntakeJobConfiguration.JOB, Map.of(), user);
        return awaitEnd(id);
    }

    protected JobExecution awaitEnd(long executionId) {
        return se.servicekontor.testing.JobEnd.await(jobRepository, executionId, Duration.ofMinutes(5));
    }

    /** Files per outcome of the run's job instance (what its outcome line counts). */
    protected Map<String, Long> outcomes(JobExecution execution) {
        return new java.util.TreeMap<>(jdbc.sql("""
                        SELECT COALESCE(outcome, 'PENDING') AS outcome, COUNT(*) AS n FROM inbox_file WHERE job_instance_id = ? GROUP BY outcome""")
                .param(execution.getJobInstance().getInstanceId())
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    protected String outcomeLine(JobExecution execution) {
        return jobRepository.getJobExecution(execution.getId()).getExecutionContext()
                .getString(se.servicekontor.platform.jobs.JobConventions.OUTCOME, null);
    }

    /** What is left in the inbox folder and its claim folder (both should be empty after a run). */
    protected List<Path> leftInFolders() {
        try (Stream<Path> files = Files.walk(inbox)) {
            return files.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
