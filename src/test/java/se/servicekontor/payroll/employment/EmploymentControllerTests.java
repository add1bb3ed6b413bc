package se.servicekontor.payroll.employment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import se.servicekontor.organization.OrganisationTestConfiguration;
import se.servicekontor.shared.Amount;
import se.servicekontor.shared.BankAccount;
import se.servicekontor.shared.PersonalIdentityNumber;
import se.servicekontor.testing.PostgresTest;

/** Lönecenter's pages: what each role sees, protected identities, the edit form's errors and the audit trail. */
@PostgresTest
@AutoConfigureMockMvc
@Import(OrganisationTestConfiguration.class)
class EmploymentControllerTests {

    static final RequestPostProcessor PAYROLL_OFFICER = user("lon1").roles("PAYROLL_OFFICER");
    static final RequestPostProcessor AUDITOR = user("revisor").roles("AUDITOR");
    static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");
    static final RequestPostProcessor AGENT = user("kund1").roles("AGENT");

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Employments employments;
    @Autowired Clock clock;

    long anna;
    long hidden;
    long annasEmployment;

    @BeforeEach
    void twoEmployees() {
        for (String table : List.of("payroll_claim", "payroll_claim_adjustment", "pay_run_deviation", "pay_run_error", "pay_line",
                "pay_run_employee", "pay_period", "deviation", "pay_run", "salary_change", "employment_rate_change", "employment",
                "payroll_employee"))
            jdbc.sql("DELETE FROM " + table).update();
        if (jdbc.sql("SELECT count(*) FROM cost_centre WHERE code = 'PL1'").query(Long.class).single() == 0) {
            jdbc.sql("INSERT INTO department (code, name) VALUES ('PLD', 'Lönetest')").update();
            jdbc.sql("INSERT INTO cost_centre (code, name, department_id) SELECT 'PL1', 'Lön 1', id FROM department WHERE code = 'PLD'").update();
            jdbc.sql("INSERT INTO cost_centre (code, name, department_id) SELECT 'PL2', 'Lön 2', id FROM department WHERE code = 'PLD'").update();
        }
        employments.save(row("198001011231", "Anna", "Andersson", false), "testare");   // Luhn over 800101123: 6+2+2+1+0+1+0+0+7 = 19 → 1
        employments.save(row("197505055553", "Hemlig", "Person", true), "testare");      // Luhn over 750505555: 10→1+5+1+5+0+5+0+5+14→5 = 27 → 3
        anna = id("198001011231");
        hidden = id("197505055553");
        annasEmployment = jdbc.sql("SELECT id FROM employment WHERE employee_id = ?").param(anna).query(Long.class).single();
    }

    @Test
    void landingPageShowsCountsAndNextPayday() throws Exception {
        String page = html(get("/lonecenter").with(PAYROLL_OFFICER));
        assertThat(page).contains("Lönecenter", "2 anställda", "href=\"/lonecenter/anstallda\"", "href=\"/lonecenter/lonekalender\"",
                "id=\"next-payday\"");
        assertThat(html(get("/lonecenter").with(AUDITOR))).contains("Nästa lönedag");
        mvc.perform(get("/lonecenter").with(AGENT)).andExpect(status().isForbidden());
    }

    @Test
    void payCalendarListsTheYearsPaydaysWithCutOff() throws Exception {
        String page = html(get("/lonecenter/lonekalender").param("ar", "2026").with(PAYROLL_OFFICER));
        // 2026-01-25 is a Sunday → Friday 23 January; 5 bank days before: 22, 21, 20, 19, 16 January (6 Jan is a holiday, not in range)
        assertThat(page).contains("Lönekalender 2026", "2026-01-23", "2026-01-16", "Eftersläp");
        // 2026-12-25 is juldagen (Friday); 24 is julafton (no bank day) → Wednesday 23 December
        assertThat(page).contains("2026-12-23");
        // issue 18 item 12: periods in words — December's payday pays November's absence
        assertThat(page).contains("december 2026", "Frånvaro, sjukdom och övertid i november 2026, betalas med lönen för december 2026");
        assertThat(html(get("/lonecenter/lonekalender").param("ar", "2026").param("lang", "en").with(PAYROLL_OFFICER)))
                .contains("Absence, sickness and overtime in November 2026, paid with the pay for December 2026");
        mvc.perform(get("/lonecenter/lonekalender").with(AGENT)).andExpect(status().isForbidden());
    }

    @Test
    void searchFindsByNameAndNumberAndHidesProtectedPeopleFromThoseWhoMayNotSeeThem() throws Exception {
        assertThat(html(get("/lonecenter/anstallda").param("q", "anders").with(PAYROLL_OFFICER)))
                .contains("Andersson, Anna", "19800101-****").doesNotContain("19800101-1231");
        assertThat(html(get("/lonecenter/anstallda").param("q", "800101").with(PAYROLL_OFFICER))).contains("Andersson, Anna");
        assertThat(html(get("/lonecenter/anstallda").param("q", "hemlig").with(PAYROLL_OFFICER)))
                .contains("Person, Hemlig", "Skyddad identitet");
        assertThat(html(get("/lonecenter/anstallda").param("q", "hemlig").with(AUDITOR))).doesNotContain("Person, Hemlig");
        assertThat(html(get("/lonecenter/anstallda").with(ADMIN))).doesNotContain("Hemlig").contains("Andersson");
        mvc.perform(get("/lonecenter/anstallda/" + hidden).with(AUDITOR)).andExpect(status().isNotFound());
        mvc.perform(get("/lonecenter/anstallda").with(AGENT)).andExpect(status().isForbidden());
    }

    @Test
    void employeePageShowsEmploymentsAndSalaryButNeverAProtectedAddress() throws Exception {
        String page = html(get("/lonecenter/anstallda/" + anna).with(PAYROLL_OFFICER));
        assertThat(page).contains("Anna Andersson", "19800101-1231", "Storgatan 1, 123 45 Exempelby", "Tabell 32, kolumn 1",
                "5000, 1234560", "AKAP-KR", "32\u00a0000,00", "Ändra anställningen");
        // Born 1980: turns 40 in 2020, so 31 days from then until the year they turn 50 (2030)
        int year = LocalDate.now(clock).getYear();
        assertThat(page).contains("Semesterdagar per år (" + year + ")");
        String auditor = html(get("/lonecenter/anstallda/" + anna).with(AUDITOR));
        assertThat(auditor).contains("19800101-****").doesNotContain("19800101-1231", "Ändra anställningen", "Spara ny lön");
        String hiddenPage = html(get("/lonecenter/anstallda/" + hidden).with(PAYROLL_OFFICER));
        assertThat(hiddenPage).contains("Skyddad identitet", "Adressen visas inte.").doesNotContain("Hemliga vägen");
    }

    @Test
    void editFormShowsErrorsBesideTheFieldsAndSavesAuditedChanges() throws Exception {
        String errors = html(post("/lonecenter/anstallningar/" + annasEmployment).with(PAYROLL_OFFICER).with(csrf())
                .param("costCentre", "FINNS").param("employmentRate", "120").param("weeklyHours", "40")
                .param("taxKind", "TABLE").param("taxTable", "32").param("taxColumn", "1")
                .param("clearingNumber", "5000").param("accountNumber", "1234561").param("vacationBalance", "-1"));
        assertThat(errors).contains("id=\"vacationBalance-error\"", "Sparade semesterdagar ska vara mellan 0 och 99.");
        assertThat(errors).contains("id=\"costCentre-error\"", "Ansvaret finns inte i organisationen.",
                "id=\"employmentRate-error\"", "Tjänstgöringsgraden ska vara mellan 1 och 100 %.",
                "id=\"accountNumber-error\"", "fel kontrollsiffra");

        mvc.perform(post("/lonecenter/anstallningar/" + annasEmployment).with(PAYROLL_OFFICER).with(csrf())
                        .param("costCentre", "pl2").param("employmentRate", "75").param("weeklyHours", "30").param("workDaysPerWeek", "4")
                        .param("taxKind", "FIXED_PERCENT").param("taxPercent", "27")
                        .param("clearingNumber", "6000").param("accountNumber", "123456789").param("vacationBalance", "7.5"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/lonecenter/anstallda/" + anna));
        var saved = employments.employment(annasEmployment).orElseThrow();
        assertThat(saved.costCentre()).isEqualTo("PL2");
        assertThat(saved.employmentRate()).isEqualByComparingTo("75");
        assertThat(saved.taxKind()).isEqualTo(TaxKind.FIXED_PERCENT);
        assertThat(saved.taxTable()).isNull();
        assertThat(saved.clearingNumber()).isEqualTo("6000");
        assertThat(saved.vacationBalance()).isEqualByComparingTo("7.5");
        assertThat(saved.workDaysPerWeek()).isEqualTo(4); // issue 12: the work schedule, Monday–Thursday
        var audit = jdbc.sql("SELECT actor, before_value, after_value FROM audit_entry WHERE action = 'payroll.employment.changed' ORDER BY id DESC LIMIT 1")
                .query().singleRow();
        assertThat(audit.get("actor")).isEqualTo("lon1");
        assertThat((String) audit.get("before_value")).contains("ansvar=PL1", "grad=100");
        assertThat((String) audit.get("after_value")).contains("ansvar=PL2", "grad=75", "FIXED_PERCENT", "7.5", "arbetsdagar/vecka=4");

        mvc.perform(post("/lonecenter/anstallningar/" + annasEmployment).with(AUDITOR).with(csrf())
                .param("costCentre", "PL1").param("employmentRate", "100").param("weeklyHours", "40")).andExpect(status().isForbidden());
        assertThat(html(get("/lonecenter/anstallningar/" + annasEmployment + "/andra").with(AUDITOR))).doesNotContain(">Spara<");
        assertThat(html(get("/lonecenter/anstallningar/" + annasEmployment + "/andra").with(PAYROLL_OFFICER)))
                .contains("Ändra anställning", "value=\"PL2\"");
    }

    @Test
    void aBackdatedSalaryIsAddedToTheHistory() throws Exception {
        mvc.perform(post("/lonecenter/anstallningar/" + annasEmployment + "/lon").with(PAYROLL_OFFICER).with(csrf())
                        .param("validFrom", "2026-04-01").param("amount", "33500"))
                .andExpect(status().is3xxRedirection());
        assertThat(employments.employment(annasEmployment).orElseThrow().salaryHistory())
                .extracting(s -> s.validFrom() + " " + s.amount().value().toPlainString())
                .containsExactly("2026-04-01 33500.00", "2020-01-01 32000.00");
        String refused = html(post("/lonecenter/anstallningar/" + annasEmployment + "/lon").with(PAYROLL_OFFICER).with(csrf())
                .param("validFrom", "2019-01-01").param("amount", "-5"));
        assertThat(refused).contains("Datumet är före anställningens början.", "Lönen måste vara större än noll.");
    }

    @Test
    void aSalaryIsWrittenTheSwedishWayWithADecimalCommaAndSpacesBetweenThousands() throws Exception {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("2026-02-01", "31 250,50");
        typed.put("2026-03-01", "31250,5");
        typed.put("2026-04-01", "31 250");
        typed.put("2026-05-01", "31\u00a0250,50");  // no-break space, as Excel and Word write it
        typed.put("2026-06-01", "31\u2009250,75");  // thin space
        typed.put("2026-07-01", "31250.50");
        for (var salary : typed.entrySet())
            mvc.perform(salary(salary.getKey(), salary.getValue())).andExpect(status().is3xxRedirection())
                    .andExpect(redirectedUrl("/lonecenter/anstallda/" + anna));
        assertThat(employments.employment(annasEmployment).orElseThrow().salaryHistory())
                .extracting(s -> s.validFrom() + " " + s.amount().value().toPlainString())
                .containsExactly("2026-07-01 31250.50", "2026-06-01 31250.75", "2026-05-01 31250.50", "2026-04-01 31250.00",
                        "2026-03-01 31250.50", "2026-02-01 31250.50", "2020-01-01 32000.00");
    }

    @Test
    void aSalaryThatIsNoAmountIsRefusedBesideTheFieldAndNothingIsSaved() throws Exception {
        String field = "id=\"amount-" + annasEmployment + "-error\"";
        assertThat(html(salary("2026-04-01", "31 250,505"))).contains(field, "Skriv lönen i kronor med högst två decimaler.");
        assertThat(html(salary("2026-04-01", "31250 kronor"))).contains(field, "Skriv lönen i kronor med siffror",
                "value=\"31250 kronor\"");
        assertThat(html(salary("2026-04-01", "31.250,50"))).contains(field, "Skriv lönen i kronor med siffror");
        assertThat(html(salary("2026-04-01", "-31 250"))).contains(field, "Lönen måste vara större än noll.");
        assertThat(html(salary("2026-04-01", ""))).contains(field, "Ange lönen i kronor.");
        assertThat(employments.employment(annasEmployment).orElseThrow().salaryHistory()).hasSize(1);
    }

    @Test
    void theEditFormTakesADecimalComma() throws Exception {
        mvc.perform(post("/lonecenter/anstallningar/" + annasEmployment).with(PAYROLL_OFFICER).with(csrf())
                        .param("costCentre", "PL1").param("employmentRate", "62,5").param("weeklyHours", "37,5")
                        .param("taxKind", "FIXED_PERCENT").param("taxPercent", "31,5")
                        .param("clearingNumber", "5000").param("accountNumber", "1234560").param("vacationBalance", "2,5"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/lonecenter/anstallda/" + anna));
        var saved = employments.employment(annasEmployment).orElseThrow();
        assertThat(saved.employmentRate()).isEqualByComparingTo("62.5");
        assertThat(saved.weeklyHours()).isEqualByComparingTo("37.5");
        assertThat(saved.taxPercent()).isEqualByComparingTo("31.5");
        assertThat(saved.vacationBalance()).isEqualByComparingTo("2.5");
        assertThat(html(get("/lonecenter/anstallningar/" + annasEmployment + "/andra").with(PAYROLL_OFFICER)))
                .contains("value=\"62,5\"", "value=\"37,5\"");
        assertThat(html(post("/lonecenter/anstallningar/" + annasEmployment).with(PAYROLL_OFFICER).with(csrf())
                .param("costCentre", "PL1").param("employmentRate", "sextio").param("weeklyHours", "40").param("vacationBalance", "0")))
                .contains("id=\"employmentRate-error\"", "Skriv ett tal, t.ex. 75 eller 37,5.");
        // Stored exactly: more decimals than the register keeps are refused, never rounded away
        assertThat(html(post("/lonecenter/anstallningar/" + annasEmployment).with(PAYROLL_OFFICER).with(csrf())
                .param("costCentre", "PL1").param("employmentRate", "62,555").param("weeklyHours", "37,5")
                .param("vacationBalance", "2,25")))
                .contains("id=\"employmentRate-error\"", "Skriv tjänstgöringsgraden med högst två decimaler",
                        "id=\"vacationBalance-error\"", "Sparade semesterdagar anges med högst en decimal");
        assertThat(employments.employment(annasEmployment).orElseThrow().employmentRate()).isEqualByComparingTo("62.5");
    }

    @Test
    void theNewEmploymentFormTakesASalaryWithSpacesAndADecimalComma() throws Exception {
        mvc.perform(newEmployment("19900315-1231", "PL2", "2026-12-01", Map.of(EmploymentSheet.SALARY, "31\u2009250,50",
                        EmploymentSheet.RATE, "62,5")).with(PAYROLL_OFFICER).with(csrf()))
                .andExpect(status().is3xxRedirection());
        var saved = employments.employee(id("199003151231"), true).orElseThrow().employments().get(0);
        assertThat(saved.salaryHistory()).singleElement().satisfies(s -> assertThat(s.amount().value()).isEqualTo("31250.50"));
        assertThat(saved.employmentRate()).isEqualByComparingTo("62.5");
        assertThat(html(newEmployment("19900315-1231", "PL2", "2026-12-01", Map.of(EmploymentSheet.SALARY, "31 250,505"))
                .with(PAYROLL_OFFICER).with(csrf()))).contains("Lön &quot;31 250,505&quot; är inget belopp i kronor");
    }

    @Test
    void theNewEmploymentFormMayAlsoRecordARateFromALaterDateAsTheImportDoes() throws Exception {
        assertThat(html(get("/lonecenter/anstallda/ny").with(PAYROLL_OFFICER))).contains("Ny tjänstgöringsgrad (%)",
                "Ny tjänstgöringsgrad från");
        assertThat(html(newEmployment("19900315-1231", "PL2", "2026-12-01", Map.of(EmploymentSheet.RATE_CHANGE, "50",
                EmploymentSheet.RATE_CHANGE_FROM, "2026-11-01")).with(PAYROLL_OFFICER).with(csrf())))
                .contains("ska vara efter anställningens början (2026-12-01)");
        mvc.perform(newEmployment("19900315-1231", "PL2", "2026-12-01", Map.of(EmploymentSheet.RATE_CHANGE, "62,5",
                        EmploymentSheet.RATE_CHANGE_FROM, "2027-03-01")).with(PAYROLL_OFFICER).with(csrf()))
                .andExpect(status().is3xxRedirection());
        var saved = employments.employee(id("199003151231"), true).orElseThrow().employments().get(0);
        assertThat(saved.employmentRate()).isEqualByComparingTo("100");
        assertThat(saved.rateHistory()).singleElement().satisfies(r -> {
            assertThat(r.validFrom()).isEqualTo(LocalDate.of(2027, 3, 1));
            assertThat(r.rate()).isEqualByComparingTo("62.5");
            assertThat(r.recordedBy()).isEqualTo("lon1");
        });
    }

    @Test
    void theRateIsShownForTodayForTheEndOfAnEndedEmploymentAndFromTheStartOfAFutureOne() throws Exception {
        LocalDate today = LocalDate.now(clock);
        assertThat(rateShown(annasEmployment)).isEqualTo("100 % i dag, 40 tim/vecka");

        // Anna's employment ended on 30 June 2025 at 50 % (from 1 March 2025); a new one starts on the first of next year
        employments.saveRate(annasEmployment, LocalDate.of(2025, 3, 1), new BigDecimal("50"), "testare", "test");
        jdbc.sql("UPDATE employment SET end_date = ? WHERE id = ?").params(LocalDate.of(2025, 6, 30), annasEmployment).update();
        LocalDate nextYear = LocalDate.of(today.getYear() + 1, 1, 1);
        mvc.perform(newEmployment("19800101-1231", "PL2", nextYear.toString(), Map.of(EmploymentSheet.FIRST_NAME, "Anna",
                        EmploymentSheet.LAST_NAME, "Andersson", EmploymentSheet.RATE, "75")).with(PAYROLL_OFFICER).with(csrf()))
                .andExpect(status().is3xxRedirection());
        long future = jdbc.sql("SELECT id FROM employment WHERE employee_id = ? AND start_date = ?").params(anna, nextYear)
                .query(Long.class).single();

        assertThat(rateShown(annasEmployment)).isEqualTo("50 % vid slutet (2025-06-30), 40 tim/vecka");
        assertThat(rateShown(future)).isEqualTo("75 % från " + nextYear + ", 40 tim/vecka");
        assertThat(html(get("/lonecenter/anstallda/" + anna).with(PAYROLL_OFFICER))).doesNotContain("% i dag");
    }

    /** The employment rate as the employee page shows it for one employment. */
    private String rateShown(long employment) throws Exception {
        String page = html(get("/lonecenter/anstallda/" + anna).with(PAYROLL_OFFICER));
        String section = page.substring(page.indexOf("id=\"employment-" + employment + "\""));
        var rate = java.util.regex.Pattern.compile("<dd class=\"employment-rate\">([^<]*)</dd>").matcher(section);
        assertThat(rate.find()).as("rate of employment " + employment).isTrue();
        return org.springframework.web.util.HtmlUtils.htmlUnescape(rate.group(1)).strip();
    }

    private MockHttpServletRequestBuilder salary(String from, String amount) {
        return (MockHttpServletRequestBuilder) post("/lonecenter/anstallningar/" + annasEmployment + "/lon").with(PAYROLL_OFFICER)
                .with(csrf()).param("validFrom", from).param("amount", amount);
    }

    @Test
    void aRateFromADateIsValidatedBesideTheFields() throws Exception {
        assertThat(html(rate("", "0"))).contains("Ange från vilket datum tjänstgöringsgraden gäller.",
                "Tjänstgöringsgraden ska vara mellan 1 och 100 %.");
        assertThat(html(rate("2026-03-16", ""))).contains("Ange tjänstgöringsgrad i procent.");
        assertThat(html(rate("2026-03-16", "100.01"))).contains("Tjänstgöringsgraden ska vara mellan 1 och 100 %.");
        assertThat(html(rate("2026-03-16", "0.99"))).contains("Tjänstgöringsgraden ska vara mellan 1 och 100 %.");
        assertThat(html(rate("2026-03-16", "62.125"))).contains("Skriv tjänstgöringsgraden i procent med högst två decimaler.");
        assertThat(html(rate("2026-03-16", "halv"))).contains("Skriv ett tal, t.ex. 75 eller 37,5.");
        // Anna's employment starts 2020-01-01: the rate from that day is the employment's own, changed in the edit form
        assertThat(html(rate("2020-01-01", "50"))).contains("Datumet ska vara efter anställningens början.");
        assertThat(employments.employment(annasEmployment).orElseThrow().rateHistory()).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action LIKE 'payroll.rate.%' AND subject LIKE ?")
                .param(annasRate()).query(Long.class).single()).isZero();
    }

    @Test
    void aRateFromADateIsSavedAuditedAndShownInTheHistory() throws Exception {
        mvc.perform(rate("2026-03-16", "62,5")).andExpect(status().is3xxRedirection()) // the Swedish decimal comma
                .andExpect(redirectedUrl("/lonecenter/anstallda/" + anna));
        mvc.perform(rate("2026-03-16", "62.5")).andExpect(status().is3xxRedirection()); // the same again changes nothing
        var saved = employments.employment(annasEmployment).orElseThrow();
        assertThat(saved.employmentRate()).as("the rate from the start is kept").isEqualByComparingTo("100");
        assertThat(saved.rateHistory()).singleElement().satisfies(r -> {
            assertThat(r.validFrom()).isEqualTo(LocalDate.of(2026, 3, 16));
            assertThat(r.rate()).isEqualByComparingTo("62.5");
            assertThat(r.recordedBy()).isEqualTo("lon1");
        });
        assertThat(saved.rateOn(LocalDate.of(2026, 3, 15))).isEqualByComparingTo("100");
        assertThat(saved.rateOn(LocalDate.of(2026, 3, 16))).isEqualByComparingTo("62.5");
        var audit = jdbc.sql("SELECT actor, subject, before_value, after_value FROM audit_entry WHERE action LIKE 'payroll.rate.%' AND subject LIKE ?")
                .param(annasRate()).query().singleRow();
        assertThat(audit).containsEntry("actor", "lon1").containsEntry("before_value", "100 %").containsEntry("after_value", "62.5 %");
        assertThat((String) audit.get("subject")).contains("tjänstgöringsgrad från 2026-03-16");

        mvc.perform(rate("2026-03-16", "75")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT before_value || ' → ' || after_value FROM audit_entry WHERE action = 'payroll.rate.changed' AND subject LIKE ?")
                .param(annasRate()).query(String.class).single()).isEqualTo("62.5 % → 75 %");

        String page = html(get("/lonecenter/anstallda/" + anna).with(PAYROLL_OFFICER));
        assertThat(page).contains("Ändra tjänstgöringsgrad från datum", "rate-history", "75 %", "Från anställningens början");
        assertThat(html(get("/lonecenter/anstallda/" + anna).with(AUDITOR))).contains("75 %")
                .doesNotContain("Spara ny tjänstgöringsgrad");
    }

    @Test
    void onlyPayrollOfficersAndAdministratorsChangeTheRate() throws Exception {
        mvc.perform(post("/lonecenter/anstallningar/" + annasEmployment + "/grad").with(AGENT).with(csrf())
                .param("validFrom", "2026-03-16").param("rate", "50")).andExpect(status().isForbidden());
        mvc.perform(post("/lonecenter/anstallningar/" + annasEmployment + "/grad").with(AUDITOR).with(csrf())
                .param("validFrom", "2026-03-16").param("rate", "50")).andExpect(status().isForbidden());
        assertThat(employments.employment(annasEmployment).orElseThrow().rateHistory()).isEmpty();
        mvc.perform(post("/lonecenter/anstallningar/" + annasEmployment + "/grad").with(ADMIN).with(csrf())
                .param("validFrom", "2026-03-16").param("rate", "50")).andExpect(status().is3xxRedirection());
        assertThat(employments.employment(annasEmployment).orElseThrow().rateHistory()).hasSize(1);
    }

    /** The audit subject of a rate change of Anna's employment (recreated with a new id for every test). */
    private String annasRate() {
        return "anställning " + annasEmployment + " tjänstgöringsgrad från %";
    }

    private MockHttpServletRequestBuilder rate(String from, String rate) {
        return (MockHttpServletRequestBuilder) post("/lonecenter/anstallningar/" + annasEmployment + "/grad").with(PAYROLL_OFFICER)
                .with(csrf()).param("validFrom", from).param("rate", rate);
    }

    @Test
    void personalDetailsAreEditedAndAProtectedAddressIsKeptWithoutBeingShown() throws Exception {
        String errors = html(post("/lonecenter/anstallda/" + anna).with(PAYROLL_OFFICER).with(csrf())
                .param("firstName", "").param("lastName", "Andersson").param("postalCode", "12"));
        assertThat(errors).contains("id=\"firstName-error\"", "Ange förnamn.", "id=\"postalCode-error\"", "fem siffror");

        mvc.perform(post("/lonecenter/anstallda/" + anna).with(PAYROLL_OFFICER).with(csrf())
                        .param("firstName", "Anna").param("lastName", "Berg").param("streetAddress", "Nygatan 3")
                        .param("postalCode", "123 46").param("city", "Exempelby"))
                .andExpect(redirectedUrl("/lonecenter/anstallda/" + anna));
        assertThat(html(get("/lonecenter/anstallda/" + anna).with(PAYROLL_OFFICER))).contains("Anna Berg", "Nygatan 3, 123 46 Exempelby");
        assertThat(jdbc.sql("SELECT after_value FROM audit_entry WHERE action = 'payroll.employee.changed' ORDER BY id DESC LIMIT 1")
                .query(String.class).single()).contains("Anna Berg", "Nygatan 3");

        // The protected person's form shows no address; saving it blank keeps the stored one and never audits it
        String form = html(get("/lonecenter/anstallda/" + hidden + "/andra").with(PAYROLL_OFFICER));
        assertThat(form).doesNotContain("Hemliga vägen");
        mvc.perform(post("/lonecenter/anstallda/" + hidden).with(PAYROLL_OFFICER).with(csrf())
                        .param("firstName", "Hemlig").param("lastName", "Persson").param("protectedIdentity", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT street_address FROM payroll_employee WHERE id = ?").param(hidden).query(String.class).single())
                .isEqualTo("Hemliga vägen 2");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE before_value LIKE '%Hemliga%' OR after_value LIKE '%Hemliga%'")
                .query(Long.class).single()).isZero();
        mvc.perform(post("/lonecenter/anstallda/" + anna).with(AUDITOR).with(csrf()).param("firstName", "X").param("lastName", "Y"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aNewEmployeeIsRegisteredFromTheFormWithTheImportsRulesAndAudited() throws Exception {
        assertThat(html(get("/lonecenter/anstallda/ny").with(PAYROLL_OFFICER))).contains("Ny anställning", "Personnummer *",
                "Sparade semesterdagar", "Registrera anställningen");
        // 19900315-1231: Luhn over 900315123 = 9+0+0+3+2+5+2+2+6 → 1+… = 29 → check digit 1
        var newPerson = newEmployment("19900315-1231", "PL2", "2026-12-01", Map.of(EmploymentSheet.VACATION_BALANCE, "4"));
        mvc.perform(newPerson.with(PAYROLL_OFFICER).with(csrf())).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/lonecenter/anstallda/" + id("199003151231")));
        var saved = employments.employee(id("199003151231"), true).orElseThrow();
        assertThat(saved.firstName()).isEqualTo("Sara");
        assertThat(saved.employments()).singleElement().satisfies(e -> {
            assertThat(e.costCentre()).isEqualTo("PL2");
            assertThat(e.startDate()).isEqualTo(LocalDate.of(2026, 12, 1));
            assertThat(e.vacationBalance()).isEqualByComparingTo("4");
            assertThat(e.salaryHistory()).singleElement().satisfies(s -> assertThat(s.amount()).isEqualTo(Amount.ofKronor("31500")));
        });
        assertThat(jdbc.sql("SELECT actor FROM audit_entry WHERE action = 'payroll.employment.created' ORDER BY id DESC LIMIT 1")
                .query(String.class).single()).isEqualTo("lon1");
    }

    @Test
    void theFormRefusesWhatTheImportWouldSkipAndSavesNothing() throws Exception {
        assertThat(html(newEmployment("19900315-1232", "PL2", "2026-12-01").with(PAYROLL_OFFICER).with(csrf())))
                .contains("Rätta 1 fel innan formuläret kan sparas", "Personnummer:", "value=\"Sara\"");
        assertThat(html(newEmployment("19900315-1231", "NOPE", "2026-12-01").with(PAYROLL_OFFICER).with(csrf())))
                .contains("Okänt ansvar &quot;NOPE&quot;");
        assertThat(html(newEmployment("19800101-1231", "PL1", "2020-01-01").with(PAYROLL_OFFICER).with(csrf())))
                .contains("Personen har redan en anställning från 2020-01-01");
        assertThat(jdbc.sql("SELECT count(*) FROM payroll_employee").query(Long.class).single()).isEqualTo(2);
        mvc.perform(newEmployment("19900315-1231", "PL2", "2026-12-01").with(AUDITOR).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/lonecenter/anstallda/ny").with(AGENT)).andExpect(status().isForbidden());
    }

    @Test
    void aFurtherEmploymentOfAProtectedPersonKeepsTheAddressNobodySees() throws Exception {
        String form = html(get("/lonecenter/anstallda/ny").param("anstalld", String.valueOf(hidden)).with(PAYROLL_OFFICER));
        assertThat(form).contains("value=\"Hemlig\"", "Den registrerade adressen behålls").doesNotContain("Hemliga vägen");
        mvc.perform(newEmployment("19750505-5553", "PL2", "2026-12-01", Map.of(EmploymentSheet.FIRST_NAME, "Hemlig",
                        EmploymentSheet.LAST_NAME, "Person", EmploymentSheet.PROTECTED, "Ja", EmploymentSheet.STREET, "",
                        EmploymentSheet.POSTAL_CODE, "", EmploymentSheet.CITY, "")).with(PAYROLL_OFFICER).with(csrf()))
                .andExpect(status().is3xxRedirection());
        var person = employments.employee(hidden, true).orElseThrow();
        assertThat(person.streetAddress()).isEqualTo("Hemliga vägen 2");
        assertThat(person.employments()).hasSize(2);
    }

    // --- issue 18 (Lönecenter): every error at once, bank accounts that fail their check, changes in a paid month ---

    @Test
    void theNewEmploymentFormShowsEveryErrorAtOnceBesideItsFieldAndInAFocusedSummary() throws Exception {
        // four wrong columns in one submit: the check digit (19900315-1232, Luhn gives 1), an empty salary, rate 120 %, clearing 0123
        String page = html(newEmployment("19900315-1232", "PL2", "2026-12-01", Map.of(EmploymentSheet.SALARY, "",
                EmploymentSheet.RATE, "120", EmploymentSheet.CLEARING, "0123")).with(PAYROLL_OFFICER).with(csrf()));
        assertThat(page).contains("Rätta 4 fel innan formuläret kan sparas", "id=\"error-summary\"", "autofocus",
                "id=\"" + field(EmploymentSheet.PIN) + "-error\"", "Personnummer:",
                "id=\"" + field(EmploymentSheet.SALARY) + "-error\"", "Kolumnen Lön",
                "id=\"" + field(EmploymentSheet.RATE) + "-error\"", "Tjänstgöringsgraden ska vara mellan 1 och 100 %, var 120.",
                "id=\"" + field(EmploymentSheet.ACCOUNT) + "-error\"", "hör inte till någon bank",
                "href=\"#" + field(EmploymentSheet.RATE) + "\"");
        // grouped: person, employment, pay, tax, bank
        assertThat(page).contains("id=\"group-person\"", "id=\"group-employment\"", "id=\"group-pay\"", "id=\"group-tax\"",
                "id=\"group-bank\"", "Bankkonto för lönen");
        assertThat(jdbc.sql("SELECT count(*) FROM payroll_employee").query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aBankAccountFailingItsCheckIsNeverSavedAndASwedbankNumberIsSavedOnlyWhenConfirmedWithTheBank() throws Exception {
        String employment = "/lonecenter/anstallningar/" + annasEmployment;
        // 5000 (Nordea, type 1 comment 1): mod 11 over 000 1234561 fails (…0 is right): refused, nothing saved
        String wrong = html(post(employment).with(PAYROLL_OFFICER).with(csrf()).params(editParams("5000", "1234561")));
        assertThat(wrong).contains("id=\"accountNumber-error\"", "fel kontrollsiffra", "id=\"error-summary\"")
                .doesNotContain("id=\"bankConfirmed\"");
        // 8327 + 123 (the issue's case): Swedbank's 8-series, mod 10 over 0000000123 fails but holds only "as a rule"
        String swedbank = html(post(employment).with(PAYROLL_OFFICER).with(csrf()).params(editParams("8327", "123")));
        assertThat(swedbank).contains("id=\"accountNumber-error\"", "kontrollera numret med banken", "id=\"bankConfirmed\"");
        assertThat(employments.employment(annasEmployment).orElseThrow().clearingNumber()).isEqualTo("5000");
        mvc.perform(post(employment).with(PAYROLL_OFFICER).with(csrf()).params(editParams("8327", "123")).param("bankConfirmed", "true"))
                .andExpect(redirectedUrl("/lonecenter/anstallda/" + anna));
        assertThat(employments.employment(annasEmployment).orElseThrow().clearingNumber()).isEqualTo("8327");

        // the new-employment form: the same rule, and the same confirmation
        var unchecked = newEmployment("19900315-1231", "PL2", "2026-12-01", Map.of(EmploymentSheet.CLEARING, "8327", EmploymentSheet.ACCOUNT, "123"));
        assertThat(html(unchecked.with(PAYROLL_OFFICER).with(csrf()))).contains("kontrollerat numret med banken och kryssat i rutan nedan", "id=\"bankConfirmed\"");
        assertThat(jdbc.sql("SELECT count(*) FROM payroll_employee").query(Long.class).single()).isEqualTo(2);
        var confirmed = newEmployment("19900315-1231", "PL2", "2026-12-01", Map.of(EmploymentSheet.CLEARING, "8327", EmploymentSheet.ACCOUNT, "123"));
        mvc.perform(confirmed.param("bankConfirmed", "true").with(PAYROLL_OFFICER).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT count(*) FROM payroll_employee").query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void aSalaryFromADateInAPaidMonthSaysItIsPaidAsRetroactivePayInTheNextRun() throws Exception {
        lockPeriod("2026-04");
        mvc.perform(salary("2026-04-15", "33 000")).andExpect(flash().attribute("flashSuccess",
                containsString("Lönen för april 2026 är redan betald: skillnaden betalas som retroaktiv lön i nästa körning.")));
        mvc.perform(salary("2026-12-01", "34 000")).andExpect(flash().attribute("flashSuccess",
                containsString("betalas från lönen för december 2026")));
    }

    @Test
    void aRefusedNewSalaryListsItsErrorsInAFocusedSummaryAtTheTopLinkedToTheFields() throws Exception {
        String page = html(post("/lonecenter/anstallningar/" + annasEmployment + "/lon").with(PAYROLL_OFFICER).with(csrf())
                .param("validFrom", "").param("amount", "abc"));
        int summary = page.indexOf("id=\"error-summary\"");
        assertThat(summary).isPositive().isLessThan(page.indexOf("id=\"amount-" + annasEmployment + "-error\""));
        assertThat(page).contains("Rätta 2 fel", "href=\"#amount-" + annasEmployment + "\"", "href=\"#from-" + annasEmployment + "\"");
    }

    @Test
    void theEditFormNamesTheEmployeeItIsFor() throws Exception {
        assertThat(html(get("/lonecenter/anstallningar/" + annasEmployment + "/andra").with(PAYROLL_OFFICER)))
                .contains("Ändra anställning för Anna Andersson");
    }

    private void lockPeriod(String period) {
        long run = jdbc.sql("""
                INSERT INTO pay_run (period, kind, status, started_by, started_at, released_by, released_at, payday)
                VALUES (?, 'FINAL', 'RELEASED', 'lon1', now(), 'lon2', now(), DATE '2026-04-24') RETURNING id""")
                .param(period).query(Long.class).single();
        jdbc.sql("INSERT INTO pay_period (period, locked_pay_run_id, locked_by, locked_at) VALUES (?, ?, 'lon2', now())")
                .params(period, run).update();
    }

    private static MultiValueMap<String, String> editParams(String clearing, String account) {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        params.add("costCentre", "PL1");
        params.add("employmentRate", "100");
        params.add("weeklyHours", "40");
        params.add("taxKind", "TABLE");
        params.add("taxTable", "32");
        params.add("taxColumn", "1");
        params.add("clearingNumber", clearing);
        params.add("accountNumber", account);
        params.add("vacationBalance", "0");
        return params;
    }

    private static MockHttpServletRequestBuilder newEmployment(String pin, String costCentre, String start) {
        return newEmployment(pin, costCentre, start, Map.of());
    }

    /** The form filled in for Sara Ny, permanent, 31 500 kr, table 32 column 1, with some columns overridden. */
    private static MockHttpServletRequestBuilder newEmployment(String pin, String costCentre, String start, Map<String, String> overrides) {
        Map<String, String> values = new LinkedHashMap<>(Map.of(EmploymentSheet.PIN, pin, EmploymentSheet.FIRST_NAME, "Sara",
                EmploymentSheet.LAST_NAME, "Ny", EmploymentSheet.STREET, "Nygatan 3", EmploymentSheet.POSTAL_CODE, "123 46",
                EmploymentSheet.CITY, "Exempelby", EmploymentSheet.PROTECTED, "Nej", EmploymentSheet.COST_CENTRE, costCentre,
                EmploymentSheet.FORM, "Tillsvidare", EmploymentSheet.START, start));
        values.putAll(Map.of(EmploymentSheet.SALARY, "31500", EmploymentSheet.TAX_KIND, "Tabell", EmploymentSheet.TAX_TABLE, "32",
                EmploymentSheet.TAX_COLUMN, "1", EmploymentSheet.CLEARING, "5000", EmploymentSheet.ACCOUNT, "1234560"));
        values.putAll(overrides);
        MockHttpServletRequestBuilder request = post("/lonecenter/anstallda/ny");
        values.forEach((column, value) -> request.param(field(column), value));
        return request;
    }

    /** The form's inputs are named after the template column's position. */
    private static String field(String column) {
        return "f" + EmploymentSheet.HEADERS.indexOf(column);
    }

    private long id(String pin) {
        return jdbc.sql("SELECT id FROM payroll_employee WHERE personal_identity_number = ?").param(pin).query(Long.class).single();
    }

    private EmploymentRow row(String pin, String first, String last, boolean protectedIdentity) {
        return new EmploymentRow(PersonalIdentityNumber.parse(pin, clock), first, last,
                protectedIdentity ? "Hemliga vägen 2" : "Storgatan 1", "123 45", "Exempelby", protectedIdentity, "PL1",
                EmploymentForm.PERMANENT, LocalDate.of(2020, 1, 1), null, Amount.ofKronor("32000"), LocalDate.of(2020, 1, 1),
                new BigDecimal("100"), new BigDecimal("40"), TaxKind.TABLE, 32, 1, null, null,
                BankAccount.parse("5000", "1234560"), BigDecimal.ZERO, "AKAP-KR");
    }

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
