package se.servicekontor.payroll.payrun;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

import se.servicekontor.payroll.PayRunId;
import se.servicekontor.payroll.employment.Employments;
import se.servicekontor.payroll.employment.PayrollTestEmployees;
import se.servicekontor.platform.web.TestUsers;
import se.servicekontor.shared.Amount;
import se.servicekontor.testing.Browser;
import se.servicekontor.testing.PostgresTestDatabase;

/**
 * Issue 12 in Chromium: a payroll officer opens an employee's pay lines in May 2026's run and sees the Easter week counted by
 * the schedule — sick 1–7 April is 3 work days (långfredagen and annandag påsk are holidays), at AB § 28's day value
 * 33 000 × 7 / 150 = 1 540.00 — and the retro line of a rise backdated into the released April (33 000 − 32 000 = 1 000.00).
 * Screenshot: target/screenshots/lonerader-helgvecka-retro.png.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "servicekontor.storage.directory=target/test-files")
@ContextConfiguration(initializers = PostgresTestDatabase.class)
@TestPropertySource(properties = "servicekontor.test.context=pay-lines-browser") // a database of its own: it releases April
@Import({TestUsers.class, PayRunBrowserTests.SecondOfficer.class})
class PayLinesBrowserTests {

    @LocalServerPort
    int port;

    @Autowired Employments employments;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired PayRuns payRuns;
    @Autowired JobRepository jobRepository;

    Browser browser;
    long anna;

    @BeforeEach
    void start() {
        PayrollTestEmployees staff = new PayrollTestEmployees(employments, jdbc, clock);
        staff.reset();
        anna = staff.hire("198001011231", "Anna", "Andersson", false, "PL1", "32000", true);
        long employment = staff.employmentOf(anna);
        new TestRows(jdbc).deviation(employment, "SICK_LEAVE", "2026-04-01", "2026-04-07", null);
        TestPayRuns.released(payRuns, jobRepository, YearMonth.of(2026, 4));
        // the pay review decided in May: 33 000 kr from 1 April, back in the released April
        employments.saveSalary(employment, LocalDate.of(2026, 4, 1), new Amount(new BigDecimal("33000")), "lon1", "lönerevision");
        browser = new Browser("http://localhost:" + port);
    }

    @AfterEach
    void stop() {
        browser.close();
    }

    @Test
    void aHolidayWeekAndARetroLineAppearOnTheEmployeesPayLines() {
        PayRunId may = TestPayRuns.calculated(payRuns, jobRepository, payRuns.startPreliminary(YearMonth.of(2026, 5), "lon1"));
        browser.login("lon1", TestUsers.PASSWORD);
        browser.open("/lonecenter/lonekorning/" + may.value() + "/anstallda/" + anna);
        String lines = browser.find(By.tagName("main")).getText().replace('\u00a0', ' ');
        // 3 work days × 1 540.00 = 4 620.00 deducted (not 5 weekdays), earned 1–7 April
        assertThat(lines).contains("Sjukavdrag 3 dagar", "\u22124 620,00", "2026-04-01");
        // April's fixed salary again at 33 000: 33 000.00 − 32 000.00 = 1 000.00
        assertThat(lines).contains("Retroaktiv lön 2026-04", "1 000,00");
        browser.driver().manage().window().setSize(new Dimension(1366, 1400));
        browser.screenshot("lonerader-helgvecka-retro");
    }
}
