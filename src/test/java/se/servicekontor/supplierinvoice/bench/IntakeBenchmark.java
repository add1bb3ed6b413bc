package se.servicekontor.supplierinvoice.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.servicekontor.platform.jobs.JobLaunches;
import se.servicekontor.supplierinvoice.intake.GeneratedInvoices;
import se.servicekontor.supplierinvoice.intake.IntakeProperties;
import se.servicekontor.supplierinvoice.intake.validation.InvoiceValidator;
import se.servicekontor.supplierinvoice.intake.validation.ValidationReport;
import se.servicekontor.testing.PostgresTest;

/**
 * Benchmark, not a test (excluded from the build; runs only with {@code -Dbench=true}):
 * <pre>./mvnw -o -B test -Dtest=IntakeBenchmark -Dbench=true [-Dbench.invoices=10000]</pre>
 * Generates N valid Peppol BIS 3 UBL invoices with 1–50 lines into a folder and measures, in one JVM on the
 * real PostgreSQL: (a) phive validation alone of those files (read + secure parse + XSD/EN 16931/Peppol),
 * warm, on as many threads as the job's partitions; (b) the whole invoiceIntakeJob (claim, validate, read,
 * supplier register, duplicate check, invoice and VAT rows, file kept with SHA-256) from start to COMPLETED.
 * Prints both and b/a; the target is b ≤ 1.15 × a. Numbers on a 2-core machine are noisy (±20–30 %).
 */
@PostgresTest
@EnabledIfSystemProperty(named = "bench", matches = "true")
class IntakeBenchmark {

    static final int INVOICES = Integer.getInteger("bench.invoices", 10_000);

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) throws IOException {
        Path root = Files.createTempDirectory(Files.createDirectories(Path.of("target", "bench")), "intake-");
        registry.add("servicekontor.invoice.inbox", () -> root.resolve("inbox").toString());
        registry.add("servicekontor.storage.directory", () -> root.resolve("files").toString());
        registry.add("bench.root", root::toString);
    }

    @Autowired
    InvoiceValidator validator;

    @Autowired
    IntakeProperties properties;

    @Autowired
    JobLaunches launches;

    @Autowired
    JobRepository jobRepository;

    @Autowired
    JdbcClient jdbc;

    @org.springframework.beans.factory.annotation.Value("${bench.root}")
    Path root;

    @Test
    void validationAloneAgainstTheWholeJob() throws Exception {
        int threads = properties.intake().effectiveThreads();
        Path generated = Files.createDirectories(root.resolve("generated"));
        Random random = new Random(2026);
        long lines = 0;
        for (int i = 0; i < INVOICES; i++) {
            int n = 1 + random.nextInt(50);
            lines += n;
            Files.write(generated.resolve("faktura-" + i + ".xml"), GeneratedInvoices.invoice(1_000_000 + i, n, i));
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(generated)) {
            files = list.sorted().toList();
        }

        // warm up: load the rule sets and let the JIT compile the hot paths
        for (int i = 0; i < Math.min(300, files.size()); i++) {
            assertThat(validator.validate(files.get(i)).passed()).isTrue();
        }

        // (a) validation alone, warm, on the job's number of threads
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long cpuStart = processCpuNanos();
        long start = System.nanoTime();
        List<Future<ValidationReport>> reports = new ArrayList<>();
        for (Path file : files) {
            reports.add(pool.submit(() -> validator.validate(file)));
        }
        for (Future<ValidationReport> report : reports) {
            assertThat(report.get().passed()).isTrue();
        }
        double validation = (System.nanoTime() - start) / 1e9;
        double validationCpu = (processCpuNanos() - cpuStart) / 1e9;
        pool.shutdown();

        // (b) the whole job: the same files in the inbox, one run to PostgreSQL
        Path inbox = Files.createDirectories(Path.of(properties.inbox().toString()));
        for (Path file : files) {
            Files.copy(file, inbox.resolve(file.getFileName()));
        }
        long jobCpuStart = processCpuNanos();
        long jobStart = System.nanoTime();
        long id = launches.start("invoiceIntakeJob", Map.of(), "benchmark");
        await().atMost(Duration.ofHours(2)).pollInterval(Duration.ofMillis(100))
                .until(() -> jobRepository.getJobExecution(id).getStatus(), s -> !s.isRunning());
        double job = (System.nanoTime() - jobStart) / 1e9;
        double jobCpu = (processCpuNanos() - jobCpuStart) / 1e9;
        JobExecution execution = jobRepository.getJobExecution(id);
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM received_invoice WHERE status = 'RECEIVED'").query(Long.class).single())
                .isEqualTo((long) INVOICES);

        System.out.printf("""

                === Invoice intake benchmark: %d Peppol UBL invoices, %d lines (1–50 each), %d threads ===
                (a) phive validation alone, warm:  %8.1f s  (%.1f ms per invoice and thread)
                (b) invoiceIntakeJob to PostgreSQL: %8.1f s  (%s)
                b / a = %.3f   (target ≤ 1.15)   %.0f invoices/s through the job
                CPU time of this JVM: (a) %.1f s, (b) %.1f s, b / a = %.3f (PostgreSQL's own CPU is not in (b);
                wall time on a machine shared with other builds moves with their load, CPU time much less)
                load average at the end: %.2f on %d processors

                """, INVOICES, lines, threads, validation, validation * 1000 * threads / INVOICES, job,
                execution.getExecutionContext().getString("servicekontor.outcome", ""), job / validation, INVOICES / job,
                validationCpu, jobCpu, jobCpu / validationCpu,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
        se.servicekontor.testing.BenchResults.record("P2 invoice intake vs phive validation alone", INVOICES, job, validation,
                "ratio<=1.15", job / validation <= 1.15);
    }

    /** CPU time of the whole JVM so far (every thread, GC and JIT included). */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
