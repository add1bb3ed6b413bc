package se.servicekontor.payroll.payrun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import se.servicekontor.organization.OrganisationTestConfiguration;
import se.servicekontor.payroll.PayRunId;
import se.servicekontor.payroll.employment.Employments;
import se.servicekontor.payroll.employment.PayrollTestEmployees;
import se.servicekontor.shared.Amount;
import se.servicekontor.testing.PostgresTest;

/**
 * Lönecenter → Lönekörning as officers, an auditor and an agent use it: a preliminary run with an error
 * in the error list and the link that fixes it, the final run refused until it is fixed, four-eyes on
 * release, the locked month, and the review of the run (totals, employees, one employee's pay lines).
 */
@PostgresTest
@AutoConfigureMockMvc
@Import(OrganisationTestConfiguration.class)
class PayRunControllerTests {

    static final RequestPostProcessor LON1 = user("lon1").roles("PAYROLL_OFFICER");
    static final RequestPostProcessor LON2 = user("lon2").roles("PAYROLL_OFFICER");
    static final RequestPostProcessor AUDITOR = user("revisor").roles("AUDITOR");
    static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");
    static final RequestPostProcessor AGENT = user("kund1").roles("AGENT");
    static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    static final String WIZARD = "/lonecenter/lonekorning?period=2026-11";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Employments employments;
    @Autowired PayRuns payRuns;
    @Autowired Clock clock;

    long anna;
    long bertil;
    long hidden;
    long bertilsEmployment;

    @BeforeEach
    void threeEmployees() {
        PayrollTestEmployees staff = new PayrollTestEmployees(employments, jdbc, clock);
        staff.reset();
        anna = staff.hire("198001011231", "Anna", "Andersson", false, "PL1", "32000", true);
        bertil = staff.hire("199003151231", "Bertil", "Berg", false, "PL2", "28000", false);   // no bank account → error
        hidden = staff.hire("197505055553", "Hemlig", "Person", true, "PL1", "30000", true);
        bertilsEmployment = staff.employmentOf(bertil);
    }

    @Test
    void preliminaryErrorListFixFinalFourEyesReleaseAndLock() throws Exception {
        String empty = html(get(WIZARD).with(LON1));
        assertThat(empty).contains("Lönekörning 2026-11", "Välj period", "Attest av annan handläggare", "aria-current=\"step\"",
                "id=\"start-preliminary\"", "Utbetalning 2026-11-25").doesNotContain("id=\"start-final\"", "id=\"release\"");

        mvc.perform(post("/lonecenter/lonekorning/preliminar").param("period", "2026-11").with(LON1).with(csrf()))
                .andExpect(redirectedUrl(WIZARD)).andExpect(flash().attribute("flashSuccess", containsString("Preliminär körning")));
        PayRunView first = awaitCalculated();
        assertThat(first.kind()).isEqualTo(PayRunKind.PRELIMINARY);
        assertThat(first.errors()).isEqualTo(1);

        String withError = html(get(WIZARD).with(LON1));
        assertThat(withError).contains("Bruttolön", "Nettolön", "Arbetsgivaravgifter", "Pension (AKAP-KR)",
                "Fellista: 1 fel", "Bertil Berg", "Bankkonto saknas",
                "href=\"/lonecenter/anstallningar/" + bertilsEmployment + "/andra\"", "id=\"final-blocked\"",
                "href=\"/lonecenter/lonekorning/" + first.id() + "\"");
        assertThat(withError).containsPattern("id=\"start-final\"[^>]*disabled");
        mvc.perform(post("/lonecenter/lonekorning/slutlig").param("period", "2026-11").param("bekraftat", "ja").with(LON1).with(csrf()))
                .andExpect(redirectedUrl(WIZARD)).andExpect(flash().attribute("flashError", containsString("fel i fellistan")));

        // The fix link's page: the bank account is added on the employment's edit form
        mvc.perform(post("/lonecenter/anstallningar/" + bertilsEmployment).with(LON1).with(csrf())
                        .param("costCentre", "PL2").param("employmentRate", "100").param("weeklyHours", "40")
                        .param("taxKind", "TABLE").param("taxTable", "32").param("taxColumn", "1")
                        .param("clearingNumber", "5000").param("accountNumber", "1234560").param("vacationBalance", "0"))
                .andExpect(redirectedUrl("/lonecenter/anstallda/" + bertil));

        mvc.perform(post("/lonecenter/lonekorning/preliminar").param("period", "2026-11").with(LON1).with(csrf()))
                .andExpect(redirectedUrl(WIZARD));
        PayRunView second = awaitCalculated();
        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(second.errors()).isZero();
        String clean = html(get(WIZARD).with(LON1));
        assertThat(clean).contains("Fellista: 0 fel").doesNotContain("Bankkonto saknas", "id=\"final-blocked\"")
                .doesNotContainPattern("id=\"start-final\"[^>]*disabled");

        mvc.perform(post("/lonecenter/lonekorning/slutlig").param("period", "2026-11").param("bekraftat", "ja").with(LON1).with(csrf()))
                .andExpect(flash().attribute("flashSuccess", containsString("Slutlig körning")));
        PayRunView finalRun = awaitCalculated();
        assertThat(finalRun.kind()).isEqualTo(PayRunKind.FINAL);

        String ownFinal = html(get(WIZARD).with(LON1));
        assertThat(ownFinal).contains("Slutlig körning " + finalRun.id(), "Du startade den slutliga körningen; en annan handläggare måste attestera.")
                .doesNotContain("id=\"release\"", "id=\"start-final\"");
        assertThat(html(get(WIZARD).with(LON2))).contains("id=\"release\"", "Attestera och lås", "startades av lon1");
        assertThat(html(get(WIZARD).with(AUDITOR))).contains("Slutlig körning " + finalRun.id(), "id=\"read-only\"")
                .doesNotContain("id=\"release\"", "id=\"start-preliminary\"");

        String release = "/lonecenter/lonekorning/" + finalRun.id() + "/attestera";
        mvc.perform(post(release).param("bekraftat", "ja").with(LON1).with(csrf()))
                .andExpect(redirectedUrl(WIZARD)).andExpect(flash().attribute("flashError", containsString("fyraögonsprincipen")));
        assertThat(payRuns.isLocked(NOVEMBER)).isFalse();
        mvc.perform(post(release).param("bekraftat", "ja").with(AUDITOR).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post(release).param("bekraftat", "ja").with(LON2).with(csrf()))
                .andExpect(redirectedUrl(WIZARD)).andExpect(flash().attribute("flashSuccess", containsString("låst")));
        assertThat(payRuns.isLocked(NOVEMBER)).isTrue();

        String locked = html(get(WIZARD).with(LON1));
        assertThat(locked).contains("Perioden är låst", "attesterades av lon2", "(startad av lon1)")
                .doesNotContain("id=\"start-preliminary\"", "id=\"release\"", "id=\"actions\"");
        mvc.perform(post("/lonecenter/lonekorning/preliminar").param("period", "2026-11").with(LON1).with(csrf()))
                .andExpect(flash().attribute("flashError", containsString("låst")));
    }

    @Test
    void reviewShowsTotalsPerDepartmentAndEmployeesAndOneEmployeesPayLines() throws Exception {
        mvc.perform(post("/lonecenter/lonekorning/preliminar").param("period", "2026-11").with(ADMIN).with(csrf()))
                .andExpect(redirectedUrl(WIZARD));
        PayRunView run = awaitCalculated();
        String review = "/lonecenter/lonekorning/" + run.id();

        String page = html(get(review).with(LON1));
        assertThat(page).contains("Preliminär körning " + run.id() + " för 2026-11", "Lönetest (PLD)", "PL1 Lön 1", "PL2 Lön 2",
                "Hela körningen", "3 anställda", "Anna Andersson", "19800101-****", "Hemlig Person", "Skyddad identitet",
                "Bertil Berg", "1 fel", "Ny denna månad", "class=\"sk-flagged\"",
                "href=\"/lonecenter/lonekorning/" + run.id() + "/anstallda/" + anna + "\"")
                .doesNotContain("198001011231");
        assertThat(html(get(review).param("q", "bertil").with(LON1))).contains("Bertil Berg", "1 anställda").doesNotContain("Anna Andersson");
        assertThat(html(get(review).param("q", "19800101").with(LON1))).contains("Anna Andersson").doesNotContain("Bertil Berg");
        String auditor = html(get(review).with(AUDITOR));
        assertThat(auditor).contains("Anna Andersson", "2 anställda").doesNotContain("Hemlig");

        // issue 18 item 10: department → cost centre → employees as links, and the list's filters
        assertThat(page).contains("href=\"/lonecenter/lonekorning/" + run.id() + "?ansvar=PL2#employees-heading\"",
                "href=\"/lonecenter/lonekorning/" + run.id() + "?forvaltning=PLD#employees-heading\"");
        assertThat(html(get(review).param("ansvar", "PL2").with(LON1))).contains("Bertil Berg", "1 anställda", "Bara ansvar PL2.")
                .doesNotContain("Anna Andersson");
        assertThat(html(get(review).param("forvaltning", "PLD").with(LON1))).contains("3 anställda", "Bara förvaltning PLD.");
        assertThat(html(get(review).param("visa", "PROBLEMS").with(LON1))).contains("Bertil Berg", "1 fel");
        assertThat(html(get(review).param("visa", "NEW").with(LON1))).contains("3 anställda");
        assertThat(html(get(review).param("ansvar", "FINNS").with(LON1))).contains("0 anställda");

        String annasLines = html(get(review + "/anstallda/" + anna).with(LON1));
        assertThat(annasLines).contains("Anna Andersson", "Lönerader", "32\u00a0000,00\u00a0kr", "Kostnad för arbetsgivaren",
                "Nettolön", "Skatt", "19800101-****");
        assertThat(payRuns.lines(run.id(), anna)).isNotEmpty();
        assertThat(html(get(review + "/anstallda/" + bertil).with(LON1))).contains("Bankkonto saknas");
        mvc.perform(get(review + "/anstallda/" + hidden).with(AUDITOR)).andExpect(status().isNotFound());
        mvc.perform(get(review + "/anstallda/" + hidden).with(LON1)).andExpect(status().isOk());
        mvc.perform(get("/lonecenter/lonekorning/999999").with(LON1)).andExpect(status().isNotFound());
    }

    @Test
    void theNextMonthsReviewComparesWithTheReleasedMonthAndMarksLargeNetChanges() throws Exception {
        addBertilsBankAccount();
        PayRunId november = payRuns.startPreliminary(NOVEMBER, "lon1");
        awaitCalculated(NOVEMBER);
        payRuns.startFinal(NOVEMBER, "lon1");
        PayRunView finalRun = awaitCalculated(NOVEMBER);
        payRuns.release(finalRun.id(), "lon2");
        employments.saveSalary(staffEmployment(anna), java.time.LocalDate.of(2026, 12, 1), Amount.ofKronor("48000"), "lon1", "test");

        mvc.perform(post("/lonecenter/lonekorning/preliminar").param("period", "2026-12").with(LON1).with(csrf()))
                .andExpect(redirectedUrl("/lonecenter/lonekorning?period=2026-12"));
        PayRunView december = awaitCalculated(YearMonth.of(2026, 12));
        assertThat(december.id()).isNotEqualTo(november);
        String page = html(get("/lonecenter/lonekorning/" + december.id()).with(LON1));
        String annasRow = row(page, "Anna Andersson");
        assertThat(annasRow).contains("sk-flagged", "Stor förändring", "25\u00a0810,00\u00a0kr");
        String bertilsRow = row(page, "Bertil Berg");
        assertThat(bertilsRow).doesNotContain("sk-flagged", "Stor förändring", "Ny denna månad")
                .contains("22\u00a0785,00\u00a0kr", "0,00\u00a0kr (0,0 %)");
        // The wizard's error list warns about the same change
        assertThat(html(get("/lonecenter/lonekorning?period=2026-12").with(LON1))).contains("Varning", "Nettolönen har ändrats");
    }

    @Test
    void othersThanPayrollOfficersSeeAProtectedPersonsErrorWithoutTheirName() throws Exception {
        PayrollTestEmployees staff = new PayrollTestEmployees(employments, jdbc, clock);
        long sara = staff.hire("197001019871", "Sara", "Skyddad", true, "PL1", "30000", false);
        mvc.perform(post("/lonecenter/lonekorning/preliminar").param("period", "2026-11").with(LON1).with(csrf()));
        assertThat(awaitCalculated().errors()).isEqualTo(2);
        assertThat(html(get(WIZARD).with(LON1))).contains("Sara Skyddad", "Bertil Berg",
                "href=\"/lonecenter/anstallningar/" + staff.employmentOf(sara) + "/andra\"");
        for (RequestPostProcessor reader : new RequestPostProcessor[] {AUDITOR, ADMIN})
            assertThat(html(get(WIZARD).with(reader))).contains("Fellista: 2 fel", "Bertil Berg", "Skyddad identitet")
                    .doesNotContain("Sara", "/anstallningar/" + staff.employmentOf(sara) + "/andra");
    }

    @Test
    void aRunningRunShowsItsProgressPolledByHtmxAndNoButtons() throws Exception {
        long running = PayRunBrowserTests.pretendRunning(jdbc, "2026-11", 3);
        PayRunBrowserTests.pretendDone(jdbc, running, 2);
        String page = html(get(WIZARD).with(LON1));
        assertThat(page).contains("id=\"progress\"", "hx-get=\"/lonecenter/lonekorning?period=2026-11\"", "hx-trigger=\"every 2s\"",
                "Preliminär körning " + running + " pågår", "2 av 3 anställda (66 %)", "<progress id=\"progress-bar\"",
                "Vänta tills körningen är klar").doesNotContain("id=\"start-preliminary\"");
        mvc.perform(get(WIZARD).header("HX-Request", "true").with(LON1))
                .andExpect(status().isOk()).andExpect(header().doesNotExist("HX-Refresh"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("2 av 3 anställda")));
        mvc.perform(post("/lonecenter/lonekorning/preliminar").param("period", "2026-11").with(LON1).with(csrf()))
                .andExpect(flash().attribute("flashError", containsString("pågår redan")));
    }

    @Test
    void progressIsPolledByHtmxAndTheFinishedRunReloadsThePage() throws Exception {
        mvc.perform(post("/lonecenter/lonekorning/preliminar").param("period", "2026-11").with(LON1).with(csrf()));
        awaitCalculated();
        // Finished: the polling fragment asks htmx to reload the whole page once
        mvc.perform(get(WIZARD).header("HX-Request", "true").with(LON1))
                .andExpect(status().isOk()).andExpect(header().string("HX-Refresh", "true"));
        String landing = html(get("/lonecenter").with(LON1));
        assertThat(landing).contains("href=\"/lonecenter/lonekorning\"", "Lönekörning");
    }

    @Test
    void agentsMayNotSeeOrStartPayRuns() throws Exception {
        mvc.perform(get(WIZARD).with(AGENT)).andExpect(status().isForbidden());
        mvc.perform(get("/lonecenter/lonekorning/1").with(AGENT)).andExpect(status().isForbidden());
        mvc.perform(get("/lonecenter/lonekorning/1/anstallda/1").with(AGENT)).andExpect(status().isForbidden());
        mvc.perform(post("/lonecenter/lonekorning/preliminar").param("period", "2026-11").with(AGENT).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/lonecenter/lonekorning/preliminar").param("period", "2026-11").with(AUDITOR).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(payRuns.current(NOVEMBER).latest()).isEmpty();
        String auditor = html(get(WIZARD).with(AUDITOR));
        assertThat(auditor).contains("Lönekörning 2026-11", "id=\"read-only\"").doesNotContain("id=\"start-preliminary\"");
        assertThat(html(get(WIZARD + "&lang=en").with(LON1))).contains("Pay run 2026-11", "Start preliminary run", "Release by another officer");
    }

    private PayRunView awaitCalculated() {
        return awaitCalculated(NOVEMBER);
    }

    /** Waits until the newest run of the month has finished; it must have been calculated. */
    private PayRunView awaitCalculated(YearMonth month) {
        PayRunView run = await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(100))
                .until(() -> payRuns.current(month).latest().orElse(null), r -> r != null && r.status() != PayRunStatus.RUNNING);
        assertThat(run.status()).isEqualTo(PayRunStatus.CALCULATED);
        return run;
    }

    private void addBertilsBankAccount() throws Exception {
        mvc.perform(post("/lonecenter/anstallningar/" + bertilsEmployment).with(LON1).with(csrf())
                        .param("costCentre", "PL2").param("employmentRate", "100").param("weeklyHours", "40")
                        .param("taxKind", "TABLE").param("taxTable", "32").param("taxColumn", "1")
                        .param("clearingNumber", "5000").param("accountNumber", "1234560").param("vacationBalance", "0"))
                .andExpect(redirectedUrl("/lonecenter/anstallda/" + bertil));
    }

    private long staffEmployment(long employee) {
        return jdbc.sql("SELECT id FROM employment WHERE employee_id = ?").param(employee).query(Long.class).single();
    }

    /** The table row of the review page's employee list that names the person. */
    private static String row(String page, String name) {
        int at = page.indexOf(">" + name + "<");
        assertThat(at).as(name + " on the page").isPositive();
        return page.substring(page.lastIndexOf("<tr", at), page.indexOf("</tr>", at));
    }

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
