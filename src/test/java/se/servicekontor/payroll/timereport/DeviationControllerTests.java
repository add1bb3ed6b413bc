package se.servicekontor.payroll.timereport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

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
import se.servicekontor.testing.PostgresTest;

/** Avvikelser: the overview, an employee's month, manual entry with errors beside the fields, removal, roles. */
@PostgresTest
@AutoConfigureMockMvc
@Import(OrganisationTestConfiguration.class)
class DeviationControllerTests {

    static final RequestPostProcessor PAYROLL_OFFICER = user("lon1").roles("PAYROLL_OFFICER");
    static final RequestPostProcessor AUDITOR = user("revisor").roles("AUDITOR");
    static final RequestPostProcessor AGENT = user("kund1").roles("AGENT");

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    long employee;
    long employment;

    @BeforeEach
    void oneMonthlyEmployee() {
        for (String table : List.of("deviation", "salary_change", "employment", "payroll_employee"))
            jdbc.sql("DELETE FROM " + table).update();
        jdbc.sql("INSERT INTO payroll_employee (personal_identity_number, first_name, last_name) VALUES ('198001011231', 'Anna', 'Andersson')").update();
        employee = jdbc.sql("SELECT id FROM payroll_employee").query(Long.class).single();
        jdbc.sql("""
                INSERT INTO employment (employee_id, cost_centre_code, start_date, form, employment_rate, weekly_hours)
                VALUES (?, 'PL1', DATE '2020-01-01', 'PERMANENT', 100, 40)""").param(employee).update();
        employment = jdbc.sql("SELECT id FROM employment").query(Long.class).single();
    }

    @Test
    void overviewListsTheCodesAndOffersTheUploadToOfficersOnly() throws Exception {
        assertThat(html(get("/lonecenter/avvikelser").with(PAYROLL_OFFICER))).contains("Importera tidrapport", "SJK", "ÖT2", "AVDR", "SJT", "Sjuktimmar (timavlönad)");
        assertThat(html(get("/lonecenter/avvikelser").with(AUDITOR))).doesNotContain("Importera tidrapport");
        mvc.perform(get("/lonecenter/avvikelser").with(AGENT)).andExpect(status().isForbidden());
    }

    @Test
    void anOfficerRegistersAndRemovesADeviationAndOverlapsAreRefusedBesideTheField() throws Exception {
        mvc.perform(post("/lonecenter/anstallda/" + employee + "/avvikelser").with(PAYROLL_OFFICER).with(csrf())
                        .param("employmentId", Long.toString(employment)).param("code", "SICK_LEAVE")
                        .param("from", "2026-10-05").param("to", "2026-10-07"))
                .andExpect(redirectedUrl("/lonecenter/anstallda/" + employee + "/avvikelser?period=2026-10"));
        assertThat(html(get("/lonecenter/anstallda/" + employee + "/avvikelser").param("period", "2026-10").with(PAYROLL_OFFICER)))
                .contains("SJK Sjukfrånvaro", "100 %", "Manuell, lon1");

        String refused = html(post("/lonecenter/anstallda/" + employee + "/avvikelser").with(PAYROLL_OFFICER).with(csrf())
                .param("employmentId", Long.toString(employment)).param("code", "VACATION")
                .param("from", "2026-10-07").param("to", "2026-10-09"));
        assertThat(refused).contains("id=\"from-error\"", "Frånvaron överlappar Sjukfrånvaro 2026-10-05–2026-10-07.");
        String hours = html(post("/lonecenter/anstallda/" + employee + "/avvikelser").with(PAYROLL_OFFICER).with(csrf())
                .param("employmentId", Long.toString(employment)).param("code", "HOURS_WORKED")
                .param("from", "2026-10-01").param("quantity", "8"));
        assertThat(hours).contains("id=\"code-error\"", "Koden TIM gäller bara timavlönade.");

        long id = jdbc.sql("SELECT id FROM deviation").query(Long.class).single();
        mvc.perform(post("/lonecenter/avvikelser/" + id + "/ta-bort").with(AUDITOR).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/lonecenter/avvikelser/" + id + "/ta-bort").with(PAYROLL_OFFICER).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT count(*) FROM deviation").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'payroll.deviation.removed' AND actor = 'lon1'")
                .query(Long.class).single()).isPositive();
    }

    @Test
    void sickHoursAreForHourlyEmploymentsAndSickLeaveIsNot() throws Exception {
        jdbc.sql("""
                INSERT INTO employment (employee_id, cost_centre_code, start_date, form, employment_rate, weekly_hours)
                VALUES (?, 'PL1', DATE '2026-01-01', 'HOURLY', 100, 20)""").param(employee).update();
        long hourly = jdbc.sql("SELECT id FROM employment WHERE form = 'HOURLY'").query(Long.class).single();
        String path = "/lonecenter/anstallda/" + employee + "/avvikelser";

        String onMonthly = html(post(path).with(PAYROLL_OFFICER).with(csrf()).param("employmentId", Long.toString(employment))
                .param("code", "SICK_HOURS").param("from", "2026-10-05").param("quantity", "8"));
        assertThat(onMonthly).contains("id=\"code-error\"", "Koden SJT (sjuktimmar) gäller bara timavlönade. Rapportera sjukfrånvaro med SJK.");
        String sickLeave = html(post(path).with(PAYROLL_OFFICER).with(csrf()).param("employmentId", Long.toString(hourly))
                .param("code", "SICK_LEAVE").param("from", "2026-10-05"));
        assertThat(sickLeave).contains("id=\"code-error\"", "Koden SJK gäller inte timavlönade", "med SJT (sjuktimmar)");
        String twoDays = html(post(path).with(PAYROLL_OFFICER).with(csrf()).param("employmentId", Long.toString(hourly))
                .param("code", "SICK_HOURS").param("from", "2026-10-05").param("to", "2026-10-06").param("quantity", "14"));
        assertThat(twoDays).contains("id=\"to-error\"", "per inbokat pass");
        assertThat(jdbc.sql("SELECT count(*) FROM deviation").query(Long.class).single()).isZero();

        mvc.perform(post(path).with(PAYROLL_OFFICER).with(csrf()).param("employmentId", Long.toString(hourly))
                        .param("code", "SICK_HOURS").param("from", "2026-10-05").param("quantity", "8"))
                .andExpect(redirectedUrl(path + "?period=2026-10"));
        assertThat(html(get(path).param("period", "2026-10").with(PAYROLL_OFFICER))).contains("SJT Sjuktimmar (timavlönad)", "8 tim");
    }

    @Test
    void anOngoingAbsenceIsRegisteredWithoutAnEndAndOnlyAnAbsenceCanBe() throws Exception {
        // issue 12: sick from 5 October, no end date yet; the pay run will pay it month by month
        String path = "/lonecenter/anstallda/" + employee + "/avvikelser";
        mvc.perform(post(path).with(PAYROLL_OFFICER).with(csrf()).param("employmentId", Long.toString(employment))
                        .param("code", "SICK_LEAVE").param("from", "2026-10-05").param("ongoing", "true"))
                .andExpect(redirectedUrl(path + "?period=2026-10"));
        assertThat(jdbc.sql("SELECT to_date IS NULL FROM deviation WHERE employment_id = ?").param(employment).query(Boolean.class).single())
                .isTrue();
        assertThat(html(get(path).param("period", "2026-11").with(PAYROLL_OFFICER))).contains("SJK Sjukfrånvaro", "från 2026-10-05, pågående");
        String overtime = html(post(path).with(PAYROLL_OFFICER).with(csrf()).param("employmentId", Long.toString(employment))
                .param("code", "OVERTIME_SIMPLE").param("from", "2026-10-06").param("quantity", "2").param("ongoing", "true"));
        assertThat(overtime).contains("id=\"ongoing-error\"", "Bara frånvaro kan registreras som pågående.");
    }

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    // --- issue 18 (Lönecenter): one decimal parser for amounts; what happens to a deviation in a paid month ---

    @Test
    void anAmountIsWrittenTheSwedishWayAndADeviationInAPaidMonthSaysItIsPaidInTheNextRun() throws Exception {
        String path = "/lonecenter/anstallda/" + employee + "/avvikelser";
        // October's deviations are paid in November (eftersläp); November is not paid yet
        mvc.perform(post(path).with(PAYROLL_OFFICER).with(csrf()).param("employmentId", Long.toString(employment))
                        .param("code", "ADDITION").param("from", "2026-10-05").param("amount", "31 250,50"))
                .andExpect(flash().attribute("flashSuccess", "Avvikelsen är registrerad: frånvaro i oktober 2026, betalas i november 2026."));
        assertThat(jdbc.sql("SELECT amount FROM deviation").query(java.math.BigDecimal.class).single()).isEqualByComparingTo("31250.50");

        // September's deviations were to be paid in October, which is paid (its final run released): the next run pays them
        long run = jdbc.sql("""
                INSERT INTO pay_run (period, kind, status, started_by, started_at, released_by, released_at, payday)
                VALUES ('2026-10', 'FINAL', 'RELEASED', 'lon1', now(), 'lon2', now(), DATE '2026-10-23') RETURNING id""")
                .query(Long.class).single();
        jdbc.sql("INSERT INTO pay_period (period, locked_pay_run_id, locked_by, locked_at) VALUES ('2026-10', ?, 'lon2', now())")
                .param(run).update();
        try {
            mvc.perform(post(path).with(PAYROLL_OFFICER).with(csrf()).param("employmentId", Long.toString(employment))
                            .param("code", "DEDUCTION").param("from", "2026-09-10").param("amount", "1 200,00"))
                    .andExpect(flash().attribute("flashSuccess", containsString("september 2026, vars lön redan är betald (oktober 2026); den betalas i nästa körning")));
        } finally {
            jdbc.sql("DELETE FROM pay_period").update();
            jdbc.sql("DELETE FROM pay_run").update();
        }
    }
}
