package se.servicekontor.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import se.servicekontor.platform.audit.AuditTrail;
import se.servicekontor.testing.PostgresTest;

/** The shell as each role sees it: navigation, access rules, language, error pages, audit log. */
@PostgresTest
@AutoConfigureMockMvc
@Import(TestUsers.class)
class WebShellTests {

    static final RequestPostProcessor AGENT = user("kund1").roles("AGENT");
    static final RequestPostProcessor PAYROLL_OFFICER = user("lon1").roles("PAYROLL_OFFICER");
    static final RequestPostProcessor APPROVER = user("chef.skola").roles("APPROVER");
    static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");
    static final RequestPostProcessor AUDITOR = user("revisor").roles("AUDITOR");

    @Autowired
    MockMvc mvc;

    @Autowired
    AuditTrail auditTrail;

    @Test
    void anonymousVisitorsAreSentToTheSwedishLoginPage() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/korningar")).andExpect(status().is3xxRedirection());
        String login = html(get("/login"));
        assertThat(login).contains("<html lang=\"sv\"", "Logga in", "<label class=\"ds-label\" for=\"username\">Användarnamn</label>",
                "name=\"_csrf\"", "<main id=\"main\"", "href=\"#main\"");
        assertThat(login).as("the demo hint only in the demo profile").doesNotContain("Demoanvändare");
        assertThat(html(get("/login").param("error", ""))).contains("Fel användarnamn eller lösenord.");
    }

    @Test
    void navigationShowsOnlyTheAreasTheRolesMayOpenAndMarksTheCurrentOne() throws Exception {
        String agent = html(get("/kundcenter").with(AGENT));
        assertThat(agent).containsPattern("<a href=\"/kundcenter\"\\s+aria-current=\"page\">Kundcenter</a>").contains("kund1");
        assertThat(agent).doesNotContain("href=\"/lonecenter\"", "href=\"/korningar\"", "href=\"/administration\"");

        String payroll = html(get("/").with(PAYROLL_OFFICER));
        assertThat(payroll).contains("href=\"/lonecenter\"", "href=\"/korningar\"");
        assertThat(payroll).doesNotContain("href=\"/kundcenter\"", "href=\"/attestera\"", "href=\"/administration\"");

        String approver = html(get("/").with(APPROVER));
        assertThat(approver).contains("href=\"/attestera\"", "href=\"/oversikt\"").doesNotContain("href=\"/korningar\"");

        String auditor = html(get("/").with(AUDITOR));
        assertThat(auditor).contains("href=\"/kundcenter\"", "href=\"/lonecenter\"", "href=\"/ekonomicenter\"",
                "href=\"/oversikt\"", "href=\"/korningar\"", "href=\"/administration\"").doesNotContain("href=\"/attestera\"");
    }

    @Test
    void theContactCentreAndAdministrationShowTheirOwnPages() throws Exception {
        String contactCentre = html(get("/kundcenter").with(AGENT));
        assertThat(contactCentre).contains("Snabbsök", "Nästa lönedag").doesNotContain("Den här delen är inte byggd ännu.");
        String admin = html(get("/administration").with(ADMIN));
        assertThat(admin).contains("href=\"/administration/organisation\"", "href=\"/administration/granskningslogg\"");
    }

    @Test
    void urlRulesHoldAndAccessDeniedIsASwedishPage() throws Exception {
        String denied = mvc.perform(get("/lonecenter").with(AGENT)).andExpect(status().isForbidden())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(denied).isEmpty(); // MockMvc does not forward to /error; the error page is rendered below
        String errorPage = mvc.perform(get("/error").accept(MediaType.TEXT_HTML)
                        .requestAttr("jakarta.servlet.error.status_code", 403).with(AGENT))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(errorPage).contains("<h1 class=\"ds-heading\" data-size=\"lg\">Ingen behörighet</h1>", "href=\"/kundcenter\"");
        mvc.perform(get("/attestera").with(ADMIN)).andExpect(status().isForbidden());
        mvc.perform(get("/administration").with(PAYROLL_OFFICER)).andExpect(status().isForbidden());
        mvc.perform(get("/korningar").with(AGENT)).andExpect(status().isForbidden());
        mvc.perform(get("/okand-sida").with(ADMIN)).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/actuator/metrics").with(PAYROLL_OFFICER)).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/metrics").with(ADMIN)).andExpect(status().isOk());
        // AUDITOR reads everything and never posts
        mvc.perform(get("/lonecenter").with(AUDITOR)).andExpect(status().isOk());
        mvc.perform(post("/korningar/starta").with(AUDITOR).with(csrf()).param("jobb", "x")).andExpect(status().isForbidden());
        mvc.perform(post("/administration/granskningslogg").with(AUDITOR).with(csrf())).andExpect(status().isForbidden());
        // no state change without the CSRF token
        mvc.perform(post("/korningar/starta").with(PAYROLL_OFFICER).param("jobb", "x")).andExpect(status().isForbidden());
    }

    @Test
    void englishIsChosenWithLangAndRemembered() throws Exception {
        var result = mvc.perform(get("/login").param("lang", "en")).andExpect(status().isOk())
                .andExpect(cookie().exists("servicekontor-sprak")).andReturn();
        assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("<html lang=\"en\"", "User name");
        Cookie language = result.getResponse().getCookie("servicekontor-sprak");
        assertThat(html(get("/").with(PAYROLL_OFFICER).cookie(language))).contains("Payroll centre", "Log out");
        assertThat(html(get("/").with(PAYROLL_OFFICER).param("lang", "xx"))).contains("Lönecenter", "Logga ut");
    }

    @Test
    void loginGoesThroughTheContributedProvidersAndChangesTheSessionId() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String before = session.getId();
        var result = mvc.perform(post("/login").session(session).with(csrf()).with(request -> {
                            request.setRequestedSessionId(before); // as a browser sending its session cookie
                            request.setRequestedSessionIdValid(true);
                            return request;
                        })
                        .param("username", "lon1").param("password", TestUsers.PASSWORD))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/")).andReturn();
        assertThat(result.getRequest().getSession().getId()).as("session fixation protection").isNotEqualTo(before);
        mvc.perform(post("/login").with(csrf()).param("username", "lon1").param("password", "fel"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login?error"));
        mvc.perform(post("/login").param("username", "lon1").param("password", TestUsers.PASSWORD))
                .andExpect(status().isForbidden());
    }

    @Test
    void logoutIsAPostThatEndsAtTheLoginPage() throws Exception {
        mvc.perform(post("/logout").with(PAYROLL_OFFICER).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login?logout"));
        assertThat(html(get("/login").param("logout", ""))).contains("Du är utloggad.");
    }

    @Test
    void auditLogListsEntriesInSwedishTimeAndFiltersByActionPrefix() throws Exception {
        auditTrail.record("lon1", "job.start", "payRunJob körning 7", null, "period=2026-11");
        auditTrail.record("admin", "user.role", "eko1", "ECONOMY_OFFICER", "ECONOMY_OFFICER, APPROVER");
        String all = html(get("/administration/granskningslogg").with(AUDITOR));
        assertThat(all).contains("payRunJob körning 7", "eko1", "ECONOMY_OFFICER, APPROVER", "period=2026-11");
        assertThat(all).containsPattern("<time datetime=\"\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+0[12]:00\">"
                + "\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}</time>");
        String jobsOnly = html(get("/administration/granskningslogg").param("atgard", "job.").with(AUDITOR));
        assertThat(jobsOnly).contains("payRunJob körning 7").doesNotContain("ECONOMY_OFFICER, APPROVER");
    }

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
