package se.servicekontor.supplierinvoice.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Each file picked up exactly once: a second run receives nothing twice, a run stopped from Körningar and
 * restarted finishes the rest, and a file moved into the claim folder by a run that died before recording
 * it is still received.
 */
class IntakeExactlyOnceTests extends IntakeTestSupport {

    static final RequestPostProcessor ECONOMY_OFFICER = user("eko1").roles("ECONOMY_OFFICER");

    @Autowired
    MockMvc mvc;

    @Test
    void aSecondRunReceivesNothingTwiceAndTheSameFilesAgainAreDuplicates() {
        List<String> names = IntStream.range(0, 10).mapToObj(i -> "rerun-" + i + ".xml").toList();
        for (int i = 0; i < names.size(); i++) {
            drop(names.get(i), GeneratedInvoices.invoice(100 + i, 1 + i, i));
        }
        JobExecution first = runIntake("eko1");
        assertThat(outcomes(first)).isEqualTo(Map.of(InboxFiles.RECEIVED, 10L));

        JobExecution second = runIntake("eko1");
        assertThat(second.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(outcomeLine(second)).isEqualTo("Inga filer att hämta.");
        assertThat(receivedUnder(names)).isEqualTo(10L);

        // The supplier's access point sends the same ten files again: kept and shown, but as duplicates.
        for (int i = 0; i < names.size(); i++) {
            drop("igen-" + names.get(i), GeneratedInvoices.invoice(100 + i, 1 + i, i));
        }
        JobExecution third = runIntake("eko1");
        assertThat(outcomes(third)).isEqualTo(Map.of(InboxFiles.DUPLICATE, 10L));
        assertThat(outcomeLine(third)).isEqualTo("10 filer hämtade: 0 mottagna, 10 dubbletter");
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM received_invoice WHERE status = 'RECEIVED' AND invoice_number LIKE 'GEN-10_'""")
                .query(Long.class).single()).isEqualTo(10L);
        assertThat(leftInFolders()).isEmpty();
    }

    @Test
    void aRunStoppedFromKorningarAndRestartedReceivesEveryFileExactlyOnce() throws Exception {
        int count = 200;
        List<String> names = IntStream.range(0, count).mapToObj(i -> "stopp-" + i + ".xml").toList();
        for (int i = 0; i < count; i++) {
            drop(names.get(i), GeneratedInvoices.invoice(20_000 + i, 1 + i % 30, i));
        }
        long id = startFromKorningar();
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(20))
                .until(() -> processedIn(id) > 0);
        mvc.perform(post("/korningar/" + id + "/stoppa").with(ECONOMY_OFFICER).with(csrf()))
                .andExpect(status().is3xxRedirection());
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(100))
                .until(() -> page("/korningar/" + id), html -> html.contains("Stoppad") && html.contains("Starta om"));
        assertThat(jobRepository.getJobExecution(id).getStatus()).isEqualTo(BatchStatus.STOPPED);
        long processedBeforeRestart = processedIn(id);
        assertThat(processedBeforeRestart).as("stopped mid-run").isBetween(1L, count - 1L);

        String location = mvc.perform(post("/korningar/" + id + "/starta-om").with(ECONOMY_OFFICER).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        JobExecution restarted = awaitEnd(idFrom(location));

        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertExactlyOnce(names, "GEN-2____");
        assertThat(outcomeLine(restarted)).isEqualTo("200 filer hämtade: 200 mottagna");
        assertThat(leftInFolders()).isEmpty();
    }

    @Test
    void aFileMovedByARunThatDiedBeforeRecordingItIsStillReceived() throws Exception {
        // What a JVM killed between the rename and the insert leaves: a file in the claim folder that no row records.
        Path claimFolder = Files.createDirectories(inbox.resolve(Inbox.CLAIM_FOLDER));
        Files.write(claimFolder.resolve(UUID.randomUUID() + "__forlorad.xml"), GeneratedInvoices.invoice(30_001, 3, 5));

        JobExecution run = runIntake("eko1");

        assertThat(outcomes(run)).isEqualTo(Map.of(InboxFiles.RECEIVED, 1L));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM received_invoice WHERE invoice_number = 'GEN-30001'").query(Long.class).single())
                .isEqualTo(1L);
        assertThat(leftInFolders()).isEmpty();
    }

    /** Every file one inbox row, one kept file and one invoice; nothing written twice. */
    void assertExactlyOnce(List<String> names, String invoiceNumberPattern) {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM inbox_file WHERE original_name IN (:names)").param("names", names)
                .query(Long.class).single()).as("picked up once each").isEqualTo((long) names.size());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM inbox_file WHERE original_name IN (:names) AND outcome = 'RECEIVED'")
                .param("names", names).query(Long.class).single()).isEqualTo((long) names.size());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM received_file WHERE original_name IN (:names)").param("names", names)
                .query(Long.class).single()).as("kept once each").isEqualTo((long) names.size());
        assertThat(receivedUnder(names)).as("received once each").isEqualTo((long) names.size());
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT invoice_number) FROM received_invoice WHERE invoice_number LIKE ?")
                .param(invoiceNumberPattern).query(Long.class).single()).isEqualTo((long) names.size());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM received_invoice WHERE invoice_number LIKE ?")
                .param(invoiceNumberPattern).query(Long.class).single()).isEqualTo((long) names.size());
    }

    long receivedUnder(List<String> names) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM received_invoice i JOIN received_file f ON f.id = i.received_file_id
                WHERE f.original_name IN (:names) AND i.status = 'RECEIVED'""").param("names", names).query(Long.class).single();
    }

    long processedIn(long executionId) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM inbox_file b JOIN batch_job_execution e ON e.job_instance_id = b.job_instance_id
                WHERE e.job_execution_id = ? AND b.outcome IS NOT NULL""").param(executionId).query(Long.class).single();
    }

    long startFromKorningar() throws Exception {
        String location = mvc.perform(post("/korningar/starta").with(ECONOMY_OFFICER).with(csrf())
                        .param("jobb", InvoiceIntakeJobConfiguration.JOB))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return idFrom(location);
    }

    String page(String url) throws Exception {
        return mvc.perform(get(url).with(ECONOMY_OFFICER)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    static long idFrom(String location) {
        Matcher m = Pattern.compile("/korningar/(\\d+)$").matcher(location);
        assertThat(m.find()).as("redirect to a run: " + location).isTrue();
        return Long.parseLong(m.group(1));
    }
}
