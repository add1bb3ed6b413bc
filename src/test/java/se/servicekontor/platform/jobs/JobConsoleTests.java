package se.servicekontor.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import se.servicekontor.platform.audit.AuditTrail;
import se.servicekontor.testing.PostgresTest;

/** Körningar end to end on PostgreSQL: start from the page, follow, stop, restart, skipped items, access. */
@PostgresTest
@AutoConfigureMockMvc
@Import(ConsoleTestJobs.class)
@TestPropertySource(properties = "spring.messages.basename=i18n/messages,i18n/organization,i18n/test-jobs")
class JobConsoleTests {

    static final RequestPostProcessor PAYROLL_OFFICER = user("lon1").roles("PAYROLL_OFFICER");
    static final RequestPostProcessor ECONOMY_OFFICER = user("eko1").roles("ECONOMY_OFFICER");
    static final RequestPostProcessor AUDITOR = user("revisor").roles("AUDITOR");

    @Autowired
    MockMvc mvc;

    @Autowired
    JobRepository jobRepository;

    @Autowired
    AuditTrail auditTrail;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JobRecovery recovery;

    @Test
    void runStartedFromTheConsoleShowsCountsOutcomeAndSkippedItems() throws Exception {
        long id = start("consoleTestJob", "p.period", "2026-11");
        awaitStatus(id, BatchStatus.COMPLETED);

        String list = page("/korningar", PAYROLL_OFFICER);
        assertThat(list).contains("href=\"/korningar/" + id + "\"", "Konsoltestjobb", "Klar",
                "Period", "2026-11", "lon1", "18 poster skrivna, 2 avvisade");
        assertThat(list).doesNotContain("run.at");

        String detail = page("/korningar/" + id, PAYROLL_OFFICER);
        // lasPoster: 20 read, 18 written, 0 filtered, 2 skipped (by rejection in the processor)
        assertThat(detail).containsPattern("lasPoster(</span>)?\\s*</th>\\s*<td>Klar</td>\\s*<td>20</td>\\s*<td>18</td>\\s*<td>0</td>\\s*<td>2</td>");
        assertThat(detail).contains("20 av 20 poster (100 %)", "<progress", "Överhoppade poster (2)", "Rad 7",
                "Okänt ansvar &#39;X13&#39;; lägg till det i ansvarslistan.", "/korningar/" + id + "/overhoppade.csv");
        assertThat(detail).as("a finished run is not polled").doesNotContain("hx-trigger");

        byte[] csv = mvc.perform(get("/korningar/" + id + "/overhoppade.csv").with(PAYROLL_OFFICER))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"overhoppade-" + id + ".csv\""))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(Arrays.copyOf(csv, 3)).as("UTF-8 byte order mark for Excel")
                .containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        List<String> lines = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).containsExactly(
                "Steg;Post;Orsak;Innehåll",
                "lasPoster;Rad 7;\"Okänt ansvar 'X7'; lägg till det i ansvarslistan.\";\"'=SUM(A1;A2) post-7\"",
                "lasPoster;Rad 13;\"Okänt ansvar 'X13'; lägg till det i ansvarslistan.\";\"'=SUM(A1;A2) post-13\"");

        assertThat(auditTrail.latest("job.start", 10)).anySatisfy(entry -> {
            assertThat(entry.actor()).isEqualTo("lon1");
            assertThat(entry.subject()).isEqualTo("consoleTestJob körning " + id);
            assertThat(entry.after()).isEqualTo("period=2026-11");
        });
    }

    @Test
    void progressFragmentIsServedToHtmxAndReloadsThePageWhenTheRunHasFinished() throws Exception {
        long id = start("consoleTestJob", "p.period", "2026-12");
        awaitStatus(id, BatchStatus.COMPLETED);
        String fragment = mvc.perform(get("/korningar/" + id).header("HX-Request", "true").with(PAYROLL_OFFICER))
                .andExpect(status().isOk())
                .andExpect(header().string("HX-Refresh", "true"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(fragment).startsWith("<section id=\"progress\"").contains("<progress").doesNotContain("<html", "<footer");
    }

    @Test
    void aRunningJobCanBeStoppedAndRestartedFromWhereItStopped() throws Exception {
        long id = start("slowTestJob");
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            JobExecution e = jobRepository.getJobExecution(id);
            return e.getStatus() == BatchStatus.STARTED && e.getStepExecutions().stream().anyMatch(s -> s.getReadCount() > 0);
        });
        String running = page("/korningar/" + id, PAYROLL_OFFICER);
        assertThat(running).contains("hx-get=\"/korningar/" + id + "\"", "hx-trigger=\"every 2s\"", "Pågår", "Stoppa");

        mvc.perform(post("/korningar/" + id + "/stoppa").with(PAYROLL_OFFICER).with(csrf()))
                .andExpect(status().is3xxRedirection());
        // Batch 6 writes STOPPED at once; the console shows "Stoppas" until the job's thread has really ended.
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> page("/korningar/" + id, PAYROLL_OFFICER), html -> html.contains("Stoppad") && html.contains("Starta om"));
        assertThat(jobRepository.getJobExecution(id).getStatus()).isEqualTo(BatchStatus.STOPPED);
        assertThat(written(id)).hasSizeLessThan(60);

        String restartedAt = mvc.perform(post("/korningar/" + id + "/starta-om").with(PAYROLL_OFFICER).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        long restartedId = idFrom(restartedAt);
        assertThat(restartedId).isNotEqualTo(id);
        awaitStatus(restartedId, BatchStatus.COMPLETED);

        assertThat(written(id)).as("every item written exactly once across stop and restart")
                .hasSize(60).doesNotHaveDuplicates();
        assertThat(page("/korningar/" + restartedId, PAYROLL_OFFICER)).as("progress counts the stopped attempt's work")
                .contains("60 av 60 poster (100 %)");
        assertThat(page("/korningar/" + id, PAYROLL_OFFICER)).contains("Stoppad", "/korningar/" + restartedId);
        assertThat(auditTrail.latest("job.", 20)).extracting(AuditTrail.AuditEntry::action)
                .contains("job.stop", "job.restart");
    }

    @Test
    void onlyTheJobsRolesMayStartOrSeeItsRunsAndTheAuditorOnlyReads() throws Exception {
        mvc.perform(post("/korningar/starta").with(ECONOMY_OFFICER).with(csrf())
                        .param("jobb", "consoleTestJob").param("p.period", "2026-11"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/korningar/starta").with(AUDITOR).with(csrf())
                        .param("jobb", "consoleTestJob").param("p.period", "2026-11"))
                .andExpect(status().isForbidden());

        long id = start("consoleTestJob", "p.period", "2027-01");
        awaitStatus(id, BatchStatus.COMPLETED);
        mvc.perform(get("/korningar/" + id).with(ECONOMY_OFFICER)).andExpect(status().isForbidden());
        mvc.perform(get("/korningar/" + id + "/overhoppade.csv").with(ECONOMY_OFFICER)).andExpect(status().isForbidden());
        assertThat(page("/korningar", ECONOMY_OFFICER)).doesNotContain("/korningar/" + id + "\"");

        String asAuditor = page("/korningar/" + id, AUDITOR);
        assertThat(asAuditor).contains("Konsoltestjobb").doesNotContain("starta-om", "Starta en körning");
        mvc.perform(post("/korningar/" + id + "/starta-om").with(AUDITOR).with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    void aRunLeftStartedByADeadApplicationIsRecoveredAtStartUpAndCanBeRestarted() throws Exception {
        // What a JVM killed mid-job leaves behind: an execution STARTED for ever, created before this start-up.
        JobParameters parameters = new JobParametersBuilder().addString("period", "2027-02")
                .addString(JobConventions.STARTED_BY, "lon1", false).addLong("run.at", 42L).toJobParameters();
        JobInstance instance = jobRepository.createJobInstance("consoleTestJob", parameters);
        JobExecution left = jobRepository.createJobExecution(instance, parameters, new ExecutionContext());
        left.setStatus(BatchStatus.STARTED);
        left.setStartTime(LocalDateTime.now().minusHours(2));
        jobRepository.update(left);
        jdbc.sql("UPDATE batch_job_execution SET create_time = ? WHERE job_execution_id = ?")
                .params(LocalDateTime.now().minusHours(2), left.getId()).update();
        mvc.perform(post("/korningar/" + left.getId() + "/starta-om").with(PAYROLL_OFFICER).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jobRepository.getJobExecution(left.getId()).getStatus()).as("a STARTED run cannot be restarted")
                .isEqualTo(BatchStatus.STARTED);

        recovery.recoverAtStartup();

        assertThat(jobRepository.getJobExecution(left.getId()).getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(auditTrail.latest("job.recover", 5)).anySatisfy(entry -> {
            assertThat(entry.actor()).isEqualTo(AuditTrail.SYSTEM);
            assertThat(entry.subject()).isEqualTo("consoleTestJob körning " + left.getId());
            assertThat(entry.before()).isEqualTo("STARTED");
        });
        String restartedAt = mvc.perform(post("/korningar/" + left.getId() + "/starta-om").with(PAYROLL_OFFICER).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        awaitStatus(idFrom(restartedAt), BatchStatus.COMPLETED);
    }

    @Test
    void missingRequiredParameterIsShownBesideTheField() throws Exception {
        String html = mvc.perform(post("/korningar/starta").with(PAYROLL_OFFICER).with(csrf())
                        .param("jobb", "consoleTestJob").param("p.period", " "))
                .andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("id=\"start-consoleTestJob-period-error\"", "Fyll i fältet.", "aria-invalid=\"true\"");
    }

    /** What the slow job committed for the instance of this run. */
    private List<String> written(long id) {
        Long runAt = jobRepository.getJobExecution(id).getJobParameters().getLong("run.at");
        return jdbc.sql("SELECT item FROM console_test_item WHERE run_at = ?").param(runAt).query(String.class).list();
    }

    private long start(String job, String... parameters) throws Exception {
        var request = post("/korningar/starta").with(PAYROLL_OFFICER).with(csrf()).param("jobb", job);
        for (int i = 0; i < parameters.length; i += 2) {
            request = request.param(parameters[i], parameters[i + 1]);
        }
        String location = mvc.perform(request).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        return idFrom(location);
    }

    private static long idFrom(String location) {
        Matcher m = Pattern.compile("/korningar/(\\d+)$").matcher(location);
        assertThat(m.find()).as("redirect to a run: " + location).isTrue();
        return Long.parseLong(m.group(1));
    }

    private void awaitStatus(long id, BatchStatus expected) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> jobRepository.getJobExecution(id).getStatus(), s -> s == expected);
    }

    private String page(String url, RequestPostProcessor user) throws Exception {
        return mvc.perform(get(url).with(user)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
