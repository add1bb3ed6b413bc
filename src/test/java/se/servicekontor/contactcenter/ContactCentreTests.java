package se.servicekontor.contactcenter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import se.servicekontor.payroll.PayrollLookup;
import se.servicekontor.payroll.PayrollLookup.PayMonthState;
import se.servicekontor.testing.PostgresTest;

/**
 * Kundcenter on PostgreSQL: a person is answered only after the identity check, a protected identity looks
 * exactly like no such person, every person lookup is audited, the contact log flags a repeat contact, and
 * the pay calendar says how far each month's pay has come.
 */
@PostgresTest
@AutoConfigureMockMvc
class ContactCentreTests {

    // Valid personnummer (Luhn) with the same birth date, so their masked forms (19800101-****) are equal
    static final String EMPLOYEE = "198001011231";
    static final String PROTECTED = "198001014565";
    static final String NOBODY = "198001017899";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired PayrollLookup payroll;
    @Autowired Clock clock;

    @BeforeEach
    void employees() {
        jdbc.sql("DELETE FROM employment WHERE employee_id IN (SELECT id FROM payroll_employee WHERE personal_identity_number IN (?, ?))")
                .params(EMPLOYEE, PROTECTED).update();
        jdbc.sql("DELETE FROM payroll_employee WHERE personal_identity_number IN (?, ?)").params(EMPLOYEE, PROTECTED).update();
        jdbc.sql("""
                INSERT INTO payroll_employee (personal_identity_number, first_name, last_name, protected_identity)
                VALUES (?, 'Kerstin', 'Kundqvist', FALSE), (?, 'Hemlig', 'Person', TRUE)""").params(EMPLOYEE, PROTECTED).update();
    }

    String personAnswer(String pin, String user) throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/kundcenter/person").with(user(user).roles("AGENT")).with(csrf())
                        .param("pin", pin).param("method", "BANKID").param("checked", "true").param("reason", "Frågar om lönedagen"))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    static String withoutCsrf(String html) {
        return html.replaceAll("name=\"_csrf\"[^>]*value=\"[^\"]*\"", "").replaceAll("content=\"[A-Za-z0-9_-]{20,}\"", "")
                .replaceAll("X-CSRF-TOKEN&quot;: &quot;[A-Za-z0-9_-]+&quot;", "");
    }

    @Test
    void aProtectedIdentityGetsExactlyTheAnswerOfNoSuchPersonAndIsAudited() throws Exception {
        String protectedPage = withoutCsrf(personAnswer(PROTECTED, "kund1"));
        // the same number once the person is gone from the register altogether
        jdbc.sql("DELETE FROM payroll_employee WHERE personal_identity_number = ?").param(PROTECTED).update();
        String nobodyPage = withoutCsrf(personAnswer(PROTECTED, "kund1"));

        assertThat(protectedPage).isEqualTo(nobodyPage);
        assertThat(withoutCsrf(personAnswer(NOBODY, "kund1"))).contains("Ingen anställd med det personnumret");
        assertThat(protectedPage).contains("Ingen anställd med det personnumret").doesNotContain("Hemlig");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'contactcenter.personLookup' AND actor = 'kund1' AND subject = ?")
                .param("personnummer 19800101-****").query(Long.class).single()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void anEmployeeIsAnsweredAfterTheIdentityCheckWithPaydayAndPayRunStateButNoAmounts() throws Exception {
        String page = personAnswer(EMPLOYEE, "kund1");
        assertThat(page).contains("Kerstin Kundqvist").contains("Lönedag").contains("Lönekörningen")
                .doesNotContain(" kr<");
        String audit = jdbc.sql("SELECT after_value FROM audit_entry WHERE action = 'contactcenter.personLookup' ORDER BY id DESC LIMIT 1")
                .query(String.class).single();
        assertThat(audit).contains("BANKID").contains("Frågar om lönedagen");
    }

    @Test
    void withoutTheIdentityCheckNothingIsLookedUpOrAudited() throws Exception {
        long before = jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'contactcenter.personLookup'").query(Long.class).single();
        String page = mvc.perform(post("/kundcenter/person").with(user("kund1").roles("AGENT")).with(csrf())
                        .param("pin", EMPLOYEE).param("method", "BANKID").param("reason", "x"))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("identity-error").doesNotContain("Kerstin");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'contactcenter.personLookup'").query(Long.class).single())
                .isEqualTo(before);
    }

    @Test
    void aPersonalIdentityNumberNeverGoesIntoAUrl() throws Exception {
        MockHttpServletResponse person = mvc.perform(post("/kundcenter/sok").with(user("kund1").roles("AGENT")).with(csrf())
                .param("q", "19800101-1231")).andReturn().getResponse();
        assertThat(person.getStatus()).isEqualTo(200);
        // shown masked; the full number travels only in the identity-check form's hidden field (POST body)
        assertThat(person.getContentAsString()).contains("19800101-****").doesNotContain("19800101-1231")
                .contains("name=\"pin\" value=\"198001011231\"");

        MockHttpServletResponse org = mvc.perform(post("/kundcenter/sok").with(user("kund1").roles("AGENT")).with(csrf())
                .param("q", "556036-0793 F-77")).andReturn().getResponse();
        assertThat(org.getStatus()).isEqualTo(302);
        assertThat(org.getRedirectedUrl()).isEqualTo("/kundcenter?q=556036-0793%20F-77");
    }

    @Test
    void aContactWithinSevenDaysFlagsTheRepeatWithDaysAndSubject() throws Exception {
        jdbc.sql("DELETE FROM contact_log WHERE caller_key = 'org:2120000142'").update();
        mvc.perform(post("/kundcenter/kontakter").with(user("kund1").roles("AGENT")).with(csrf())
                .param("channel", "PHONE").param("subject", "INVOICE").param("answeredDirectly", "true")
                .param("callerKey", "org:2120000142").param("subjectRef", "F-2026-9").param("q", "212000-0142 F-2026-9"));
        // the contact was logged "two days ago"
        jdbc.sql("UPDATE contact_log SET logged_at = ? WHERE caller_key = 'org:2120000142'")
                .param(OffsetDateTime.ofInstant(clock.instant().minus(java.time.Duration.ofDays(2)), ZoneOffset.UTC)).update();

        String page = mvc.perform(get("/kundcenter").param("q", "212000-0142").with(user("kund2").roles("AGENT")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"repeat-contact\"").contains("ringde för 2 dagar sedan om faktura (F-2026-9)");

        // older than 7 days: no flag
        jdbc.sql("UPDATE contact_log SET logged_at = ? WHERE caller_key = 'org:2120000142'")
                .param(OffsetDateTime.ofInstant(clock.instant().minus(java.time.Duration.ofDays(8)), ZoneOffset.UTC)).update();
        assertThat(mvc.perform(get("/kundcenter").param("q", "212000-0142").with(user("kund2").roles("AGENT")))
                .andReturn().getResponse().getContentAsString()).doesNotContain("id=\"repeat-contact\"");
    }

    @Test
    void aContactNotAnsweredDirectlyMustSayWhereItWent() throws Exception {
        long before = jdbc.sql("SELECT COUNT(*) FROM contact_log").query(Long.class).single();
        mvc.perform(post("/kundcenter/kontakter").with(user("kund1").roles("AGENT")).with(csrf())
                .param("channel", "EMAIL").param("subject", "OTHER"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM contact_log").query(Long.class).single()).isEqualTo(before);
        mvc.perform(post("/kundcenter/kontakter").with(user("kund1").roles("AGENT")).with(csrf())
                .param("channel", "EMAIL").param("subject", "OTHER").param("handedOverTo", "PAYROLL"));
        assertThat(jdbc.sql("SELECT handed_over_to FROM contact_log ORDER BY id DESC LIMIT 1").query(String.class).single())
                .isEqualTo("PAYROLL");
    }

    @Test
    void aNameSearchCountsEmployeesButNeverAProtectedOne() throws Exception {
        String page = mvc.perform(get("/kundcenter").param("q", "Kerstin Kundqvist").with(user("kund1").roles("AGENT")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("En anställd har det namnet");
        assertThat(mvc.perform(get("/kundcenter").param("q", "Hemlig Person").with(user("kund1").roles("AGENT")))
                .andReturn().getResponse().getContentAsString()).contains("Ingen anställd har det namnet");
        assertThat(payroll.countEmployeesNamed("kers kund")).isEqualTo(1);
        assertThat(payroll.countEmployeesNamed("100%")).isZero();
    }

    @Test
    void theMonthsStateFollowsItsPayRuns() {
        YearMonth month = YearMonth.of(2031, 3);
        jdbc.sql("DELETE FROM pay_run WHERE period = ?").param(month.toString()).update();
        assertThat(payroll.payMonth(month).state()).isEqualTo(PayMonthState.NOT_STARTED);
        insertRun(month, "PRELIMINARY", "CALCULATED", null);
        assertThat(payroll.payMonth(month).state()).isEqualTo(PayMonthState.PRELIMINARY);
        insertRun(month, "FINAL", "CALCULATED", null);
        assertThat(payroll.payMonth(month).state()).isEqualTo(PayMonthState.FINAL_CALCULATED);
        jdbc.sql("UPDATE pay_run SET status = 'RELEASED', released_by = 'lon2', released_at = ? WHERE period = ? AND kind = 'FINAL'")
                .params(OffsetDateTime.parse("2031-03-20T10:00:00Z"), month.toString()).update();
        PayrollLookup.PayMonth released = payroll.payMonth(month);
        assertThat(released.state()).isEqualTo(PayMonthState.RELEASED);
        assertThat(released.releasedAt()).contains(Instant.parse("2031-03-20T10:00:00Z"));
        // 25 March 2031 is a Tuesday: payday the 25th; deviations of February 2031 are paid on it
        assertThat(released.payday()).isEqualTo(LocalDate.of(2031, 3, 25));
        assertThat(released.deviationsOf()).isEqualTo(YearMonth.of(2031, 2));
    }

    @Test
    void paydaysOfTheYearFollowTheSwedishCalendar() {
        List<PayrollLookup.PayMonth> months = payroll.payCalendar(2026);
        // 25 Dec 2026 is Juldagen (Fri), 24th Julafton, so payday is Wed 23 Dec; 25 Apr 2026 is a Saturday → Fri 24 Apr
        assertThat(months.get(11).payday()).isEqualTo(LocalDate.of(2026, 12, 23));
        assertThat(months.get(3).payday()).isEqualTo(LocalDate.of(2026, 4, 24));
    }

    void insertRun(YearMonth month, String kind, String status, String releasedBy) {
        jdbc.sql("""
                INSERT INTO pay_run (period, kind, status, started_by, started_at, payday)
                VALUES (?, ?, ?, 'lon1', ?, ?)""")
                .params(month.toString(), kind, status, OffsetDateTime.now(ZoneOffset.UTC), month.atDay(25)).update();
    }
}
