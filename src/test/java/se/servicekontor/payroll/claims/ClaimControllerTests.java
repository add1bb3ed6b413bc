package se.servicekontor.payroll.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import se.servicekontor.organization.OrganisationTestConfiguration;
import se.servicekontor.payroll.payrun.PayRuns;
import se.servicekontor.testing.PostgresTest;

/**
 * Lönecenter → Löneskulder as a payroll officer, an auditor and roles outside payroll use it: the list with its total, the
 * claim page with its history, the three forms with their errors beside the field, and 403 for everyone else. Three employees
 * owe 3 000 kr each after February 2026 (net 24 122 − deduction 27 122); Pia has a protected identity.
 */
@PostgresTest
@AutoConfigureMockMvc
@Import(OrganisationTestConfiguration.class)
@TestPropertySource(properties = "servicekontor.payroll.claim-recovery-percent=25.00") // a context (and database) of its own
class ClaimControllerTests {

    static final RequestPostProcessor LON1 = user("lon1").roles("PAYROLL_OFFICER");
    static final RequestPostProcessor LON2 = user("lon2").roles("PAYROLL_OFFICER");
    static final RequestPostProcessor AUDITOR = user("revisor").roles("AUDITOR");
    static final RequestPostProcessor AGENT = user("kund1").roles("AGENT");
    static final RequestPostProcessor DEPARTMENT_HEAD = user("chef1").roles("APPROVER", "MANAGER");
    static final String LIST = "/lonecenter/loneskulder";

    static long anna;
    static long pia;
    static long olle;

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired PayRuns payRuns;
    @Autowired JobRepository jobRepository;
    ClaimTestRuns runs;

    @BeforeEach
    void claims() {
        runs = new ClaimTestRuns(payRuns, jdbc, jobRepository);
        if (anna != 0 && runs.claim(anna) != null)
            return;
        YearMonth january = YearMonth.of(2026, 1);
        YearMonth february = YearMonth.of(2026, 2);
        anna = runs.employeeWithDeduction("19850212345", "Anna", false, january, february, "27122");
        pia = runs.employeeWithDeduction("19770615234", "Pia", true, january, february, "27122");
        olle = runs.employeeWithDeduction("19660921456", "Olle", false, january, february, "27122");
        runs.released(february);
    }

    @Test
    void theListShowsEachOpenClaimWithMaskedNumberAndTheTotal() throws Exception {
        String page = html(get(LIST).with(LON1));
        assertThat(page).contains("Löneskulder", "Skuldsson, Anna", "Skuldsson, Pia", "Skyddad identitet", "19850212-****",
                "href=\"/lonecenter/loneskulder/" + anna + "\"", "högst 25 % av nettolönen", "2026-02 (lönekörning ");
        assertThat(page).doesNotContain("19850212" + "345");
        // each claim 3 000, so the total is 3 × 3 000 unless another test has changed Olle's
        BigDecimal total = jdbc.sql("SELECT sum(amount) FROM payroll_claim").query(BigDecimal.class).single();
        assertThat(page).containsPattern("id=\"claims-total\"><strong>" + kronor(total) + "</strong>");
        assertThat(html(get("/lonecenter").with(LON1))).contains("href=\"/lonecenter/loneskulder\"", "Löneskulder");
        assertThat(html(get(LIST + "?lang=en").with(LON1))).contains("Claims on employees", "open claims");
    }

    @Test
    void auditorsReadButDoNotSeeProtectedIdentitiesOrTheForms() throws Exception {
        String list = html(get(LIST).with(AUDITOR));
        assertThat(list).contains("Skuldsson, Anna").doesNotContain("Skuldsson, Pia");
        mvc.perform(get(LIST + "/" + pia).with(AUDITOR)).andExpect(status().isNotFound());
        String annas = html(get(LIST + "/" + anna).with(AUDITOR));
        assertThat(annas).contains("19850212-****", "Historik").doesNotContain("aterbetalning\"", "19850212" + "345");
        mvc.perform(post(LIST + "/" + anna + "/aterbetalning").param("amount", "100").param("receivedOn", "2026-02-26")
                .with(AUDITOR).with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    void theEmployeePageLoadsANoteOfTheOpenClaimWithALinkToIt() throws Exception {
        assertThat(html(get("/lonecenter/anstallda/" + anna).with(LON1)))
                .contains("hx-get=\"/lonecenter/loneskulder/" + anna + "/notis\"", "hx-trigger=\"load\"");
        assertThat(html(get(LIST + "/" + anna + "/notis").with(LON1)))
                .contains("Den anställda har en löneskuld på " + kronor(runs.claim(anna)) + ".", "href=\"/lonecenter/loneskulder/" + anna + "\"");
        assertThat(html(get(LIST + "/999999/notis").with(LON1))).doesNotContain("claim-note", "löneskuld");
        assertThat(html(get(LIST + "/" + pia + "/notis").with(AUDITOR))).doesNotContain("claim-note"); // protected: not for auditors
        mvc.perform(get(LIST + "/" + anna + "/notis").with(DEPARTMENT_HEAD)).andExpect(status().isForbidden());
    }

    @Test
    void otherRolesAreForbidden() throws Exception {
        for (RequestPostProcessor role : new RequestPostProcessor[] {AGENT, DEPARTMENT_HEAD}) {
            mvc.perform(get(LIST).with(role)).andExpect(status().isForbidden());
            mvc.perform(get(LIST + "/" + anna).with(role)).andExpect(status().isForbidden());
            mvc.perform(post(LIST + "/" + anna + "/aterbetalning").param("amount", "100").param("receivedOn", "2026-02-26")
                    .with(role).with(csrf())).andExpect(status().isForbidden());
            mvc.perform(post(LIST + "/" + anna + "/avskrivning").param("amount", "100").param("reason", "x")
                    .with(role).with(csrf())).andExpect(status().isForbidden());
            mvc.perform(post(LIST + "/" + anna + "/avrakning").param("amount", "100").with(role).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        assertThat(runs.claim(anna)).isEqualByComparingTo("3000.00");
    }

    @Test
    void theClaimPageShowsTheFullNumberHistoryAndFormsToAnOfficer() throws Exception {
        String page = html(get(LIST + "/" + pia).with(LON1));
        assertThat(page).contains("Löneskuld – Pia Skuldsson", "19770615-", "Skyddad identitet", "3 000,00 kr",
                "negativ nettolön, ny skuld", "Återbetalning mottagen", "Skriv av", "Avtalad avräkning per månad",
                "action=\"/lonecenter/loneskulder/" + pia + "/aterbetalning\"");
        assertThat(page).doesNotContain("19770615-****");
    }

    @Test
    void invalidAmountsAreShownBesideTheFieldInSwedishAndChangeNothing() throws Exception {
        String repay = LIST + "/" + anna + "/aterbetalning";
        assertThat(form(post(repay).param("amount", "0").param("receivedOn", "2026-02-26")))
                .contains("Beloppet måste vara större än 0 kr.");
        assertThat(form(post(repay).param("amount", "-5").param("receivedOn", "2026-02-26")))
                .contains("Beloppet måste vara större än 0 kr.");
        assertThat(form(post(repay).param("amount", "12,345").param("receivedOn", "2026-02-26")))
                .contains("Skriv beloppet med högst två decimaler (hela ören).");
        assertThat(form(post(repay).param("amount", "tusen").param("receivedOn", "2026-02-26")))
                .contains("Skriv beloppet i kronor, till exempel 1 234,50.");
        assertThat(form(post(repay).param("amount", "3 000,01").param("receivedOn", "2026-02-26")))
                .contains("Beloppet kan inte vara större än löneskulden (3 000,00 kr).");
        assertThat(form(post(repay).param("amount", "100").param("receivedOn", "")))
                .contains("Ange vilken dag betalningen kom in.");
        assertThat(form(post(LIST + "/" + anna + "/avskrivning").param("amount", "100").param("reason", " ")))
                .contains("Ange skälet till avskrivningen.");
        assertThat(form(post(LIST + "/" + anna + "/avrakning").param("amount", "3500")))
                .contains("Avräkningen per månad kan inte vara större än löneskulden (3 000,00 kr).");
        assertThat(runs.claim(anna)).isEqualByComparingTo("3000.00");
        assertThat(jdbc.sql("SELECT count(*) FROM payroll_claim_adjustment WHERE employee_id = ?").param(anna).query(Long.class).single()).isZero();
    }

    @Test
    void anOfficerRecordsARepaymentAWriteOffAndAnAgreement() throws Exception {
        String claim = LIST + "/" + olle;
        mvc.perform(post(claim + "/aterbetalning").param("amount", "1 000,50").param("receivedOn", "2026-02-27")
                        .param("reference", "OCR 555").with(LON1).with(csrf()))
                .andExpect(redirectedUrl(claim)).andExpect(flash().attribute("flashSuccess", "Återbetalningen på 1\u00a0000,50\u00a0kr är registrerad."));
        assertThat(runs.claim(olle)).isEqualByComparingTo("1999.50"); // 3 000 − 1 000.50
        mvc.perform(post(claim + "/avrakning").param("amount", "400").param("note", "Överenskommet i telefon").with(LON1).with(csrf()))
                .andExpect(redirectedUrl(claim));
        assertThat(jdbc.sql("SELECT agreed_monthly_recovery FROM payroll_claim WHERE employee_id = ?").param(olle)
                .query(BigDecimal.class).single()).isEqualByComparingTo("400.00");
        mvc.perform(post(claim + "/avskrivning").param("amount", "999.50").param("reason", "Tvist om avdraget").with(LON1).with(csrf()))
                .andExpect(redirectedUrl(claim)).andExpect(flash().attribute("flashSuccess",
                        "Avskrivningen på 999,50\u00a0kr väntar nu på att en annan löneadministratör godkänner den."));
        assertThat(runs.claim(olle)).isEqualByComparingTo("1999.50"); // not yet: a second officer confirms (issue 12, four-eyes)
        assertThat(html(get(claim).with(LON2))).contains("Avskrivning 999,50 kr begärd av lon1", "Godkänn avskrivningen");
        mvc.perform(post(claim + "/avskrivning/godkann").with(LON1).with(csrf()))
                .andExpect(redirectedUrl(claim)).andExpect(flash().attribute("flashError", org.hamcrest.Matchers.containsString("fyraögonsprincipen")));
        assertThat(runs.claim(olle)).isEqualByComparingTo("1999.50");
        mvc.perform(post(claim + "/avskrivning/godkann").with(LON2).with(csrf()))
                .andExpect(redirectedUrl(claim)).andExpect(flash().attribute("flashSuccess", "999,50\u00a0kr är avskrivet."));
        assertThat(runs.claim(olle)).isEqualByComparingTo("1000.00"); // 1 999.50 − 999.50

        String page = html(get(claim).with(LON1));
        assertThat(page).contains("1 000,00 kr", "400,00 kr per månad (avtalad med den anställda)", "referens OCR 555",
                "Avskrivning", "Tvist om avdraget", "Avtalad avräkning 400,00 kr per månad", "(Överenskommet i telefon)");
        mvc.perform(post(claim + "/avrakning").param("amount", "").with(LON1).with(csrf()))
                .andExpect(flash().attribute("flashSuccess", "Den avtalade avräkningen är borttagen; nästa lönekörning avräknar högst 25 % av nettolönen."));
        assertThat(jdbc.sql("SELECT agreed_monthly_recovery IS NULL FROM payroll_claim WHERE employee_id = ?").param(olle)
                .query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE actor = 'lon1' AND subject = ?").param("anställd " + olle + " löneskuld")
                .query(Long.class).single()).isEqualTo(4);
    }

    private String form(MockHttpServletRequestBuilder request) throws Exception {
        return html(request.with(LON1).with(csrf()));
    }

    /** The page with no-break and narrow no-break spaces as plain spaces, as a reader sees it. */
    private String html(MockHttpServletRequestBuilder request) throws Exception {
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getRedirectedUrl() == null ? "" : response.getRedirectedUrl()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8).replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    private static String kronor(BigDecimal amount) {
        return new se.servicekontor.shared.Amount(amount).format().replace('\u00a0', ' ') + " kr";
    }
}
