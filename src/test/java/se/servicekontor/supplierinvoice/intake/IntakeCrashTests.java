package se.servicekontor.supplierinvoice.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The machine dies mid-run: the application runs invoiceIntakeJob in a JVM of its own on this test's
 * database and inbox, and is killed ({@code destroyForcibly}) once part of the files is received. The run
 * is then recovered (as at start-up) and restarted from Körningar: every file is received exactly once.
 * <p>
 * Deterministic on any machine: in the child, {@link HaltAfterCommittedChunks} holds the worker threads once
 * two chunks (10 files) have committed and writes a marker file; the test kills the JVM when the marker is
 * there, so the kill always lands mid-run, with at most one more chunk per other partition committed.
 */
class IntakeCrashTests extends IntakeTestSupport {

    @Autowired
    MockMvc mvc;

    @Value("${spring.datasource.url}")
    String databaseUrl;

    @Value("${servicekontor.storage.directory}")
    String storage;

    static final int CHUNK_SIZE = 5, THREADS = 2, HALT_AFTER_CHUNKS = 2;

    @Test
    void aRunKilledMidwayIsRecoveredAndRestartedAndEveryFileIsReceivedOnce() throws Exception {
        int count = 150;
        List<String> names = IntStream.range(0, count).mapToObj(i -> "krasch-" + i + ".xml").toList();
        for (int i = 0; i < count; i++) {
            drop(names.get(i), GeneratedInvoices.invoice(40_000 + i, 1 + i % 40, i));
        }
        Path folder = Files.createDirectories(Path.of("target", "intake-tests"));
        String stamp = "child-" + System.nanoTime();
        Path log = folder.resolve(stamp + ".log");
        Path marker = folder.resolve(stamp + ".halted");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-Dintake.halt.marker=" + marker.toAbsolutePath(), "-Dintake.halt.after-chunks=" + HALT_AFTER_CHUNKS,
                "-cp", System.getProperty("java.class.path"), IntakeChildProcess.class.getName(),
                "--spring.datasource.url=" + databaseUrl, "--spring.datasource.username=postgres",
                "--spring.datasource.hikari.maximum-pool-size=5", "--spring.datasource.hikari.minimum-idle=1",
                "--servicekontor.invoice.inbox=" + inbox.toAbsolutePath(),
                "--servicekontor.storage.directory=" + Path.of(storage).toAbsolutePath(),
                "--servicekontor.invoice.intake.chunk-size=" + CHUNK_SIZE,
                "--servicekontor.invoice.intake.threads=" + THREADS, "--servicekontor.jobs.recover-at-startup=false",
                "--server.port=0", "--logging.level.root=WARN"));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(50))
                    .failFast("the child JVM ended by itself (see " + log + ")", () -> !child.isAlive())
                    .until(() -> Files.exists(marker));
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        long processedBeforeCrash = processed(names);
        // The marker comes after the second commit; each other partition may commit the chunk it was in before it halts.
        assertThat(processedBeforeCrash).as("killed mid-run (see " + log + ")")
                .isBetween((long) HALT_AFTER_CHUNKS * CHUNK_SIZE, (long) (HALT_AFTER_CHUNKS + THREADS - 1) * CHUNK_SIZE);

        // A claimed copy goes only after its file's outcome committed: every file still unprocessed keeps its copy.
        List<Map<String, Object>> rows = jdbc.sql("SELECT claimed_path, outcome FROM inbox_file WHERE original_name IN (:names)")
                .param("names", names).query().listOfRows();
        assertThat(rows).hasSize(count);
        assertThat(rows).filteredOn(row -> row.get("outcome") == null).allSatisfy(row ->
                assertThat(Path.of((String) row.get("claimed_path"))).as("copy of an unprocessed file").exists());
        assertThat(rows).filteredOn(row -> row.get("claimed_path") == null)
                .allSatisfy(row -> assertThat(row.get("outcome")).as("copy removed only once processed").isNotNull());

        JobExecution left = leftRunning();
        assertThat(left.getStatus()).as("a killed JVM leaves its run STARTED").isEqualTo(BatchStatus.STARTED);
        jobOperator.recover(left);
        assertThat(jobRepository.getJobExecution(left.getId()).getStatus()).isEqualTo(BatchStatus.FAILED);

        String location = mvc.perform(post("/korningar/" + left.getId() + "/starta-om")
                        .with(IntakeExactlyOnceTests.ECONOMY_OFFICER).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        JobExecution restarted = awaitEnd(IntakeExactlyOnceTests.idFrom(location));

        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM inbox_file WHERE original_name IN (:names)").param("names", names)
                .query(Long.class).single()).as("picked up once each").isEqualTo((long) count);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM inbox_file WHERE original_name IN (:names) AND outcome = 'RECEIVED'")
                .param("names", names).query(Long.class).single()).isEqualTo((long) count);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM received_file WHERE original_name IN (:names)").param("names", names)
                .query(Long.class).single()).as("kept once each").isEqualTo((long) count);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM received_invoice WHERE invoice_number LIKE 'GEN-4____'")
                .query(Long.class).single()).as("received once each").isEqualTo((long) count);
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT invoice_number) FROM received_invoice WHERE invoice_number LIKE 'GEN-4____'")
                .query(Long.class).single()).isEqualTo((long) count);
        assertThat(outcomeLine(restarted)).isEqualTo("150 filer hämtade: 150 mottagna");
        assertThat(leftInFolders()).isEmpty();
    }

    private long processed(List<String> names) {
        return jdbc.sql("SELECT COUNT(*) FROM inbox_file WHERE original_name IN (:names) AND outcome IS NOT NULL")
                .param("names", names).query(Long.class).single();
    }

    private JobExecution leftRunning() {
        return jobRepository.findRunningJobExecutions(InvoiceIntakeJobConfiguration.JOB).stream().findFirst()
                .orElseThrow(() -> new AssertionError("no intake run left running"));
    }
}
