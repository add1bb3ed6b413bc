package se.servicekontor.payroll.payrun;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.test.context.ContextConfiguration;

import se.servicekontor.payroll.employment.Employments;
import se.servicekontor.payroll.employment.PayrollTestEmployees;
import se.servicekontor.platform.web.TestUsers;
import se.servicekontor.testing.Browser;
import se.servicekontor.testing.PostgresTestDatabase;

/**
 * Two payroll officers in Chromium: lon1 runs a preliminary pay run, opens the error list, follows the
 * fix link to add the missing bank account, runs again and starts the final run; lon2 logs in and
 * releases it. Screenshots of each page go to target/screenshots/lonekorning-*.png.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "servicekontor.storage.directory=target/test-files")
@ContextConfiguration(initializers = PostgresTestDatabase.class)
@Import({TestUsers.class, PayRunBrowserTests.SecondOfficer.class})
class PayRunBrowserTests {

    /** A second payroll officer for the four-eyes release (TestUsers has one of each role). */
    @TestConfiguration(proxyBeanMethods = false)
    static class SecondOfficer {
        @Bean
        AuthenticationProvider secondPayrollOfficer(PasswordEncoder encoder) {
            DaoAuthenticationProvider provider = new DaoAuthenticationProvider(new InMemoryUserDetailsManager(List.of(
                    User.withUsername("lon2").password(encoder.encode(TestUsers.PASSWORD)).roles("PAYROLL_OFFICER").build())));
            provider.setPasswordEncoder(encoder);
            return provider;
        }
    }

    @LocalServerPort
    int port;

    @Autowired Employments employments;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    Browser browser;
    long bertilsEmployment;

    @BeforeEach
    void start() {
        PayrollTestEmployees staff = new PayrollTestEmployees(employments, jdbc, clock);
        staff.reset();
        staff.hire("198001011231", "Anna", "Andersson", false, "PL1", "32000", true);
        bertilsEmployment = staff.employmentOf(staff.hire("199003151231", "Bertil", "Berg", false, "PL2", "28000", false));
        staff.hire("198506202343", "Cecilia", "Carlsson", false, "PL1", "41500", true);
        browser = new Browser("http://localhost:" + port);
    }

    @AfterEach
    void stop() {
        browser.close();
    }

    @Test
    void anOfficerRunsFixesAndRunsTheFinalAndASecondOfficerReleasesIt() {
        browser.login("lon1", TestUsers.PASSWORD);
        browser.open("/lonecenter");
        browser.find(By.cssSelector("a.ds-card[href='/lonecenter/lonekorning']")).click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Lönekörning"));
        browser.open("/lonecenter/lonekorning?period=2026-11");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Lönekörning 2026-11");
        shot("01-start", 900);

        browser.find(By.id("start-preliminary")).click();
        awaitResult();
        String errors = browser.find(By.id("errors")).getText();
        assertThat(errors).contains("Bertil Berg", "Bankkonto saknas");
        assertThat(browser.find(By.id("start-final")).isEnabled()).isFalse();
        assertThat(browser.find(By.id("final-blocked")).getText()).contains("1 fel");
        shot("02-fellista", 1600);

        browser.find(By.cssSelector("#errors a[href$='/anstallningar/" + bertilsEmployment + "/andra']")).click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("clearingNumber")));
        browser.find(By.id("clearingNumber")).sendKeys("5000");
        browser.find(By.id("accountNumber")).sendKeys("1234560");
        browser.find(By.cssSelector("main form button[type=submit]")).click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".sk-flash"), "sparad"));

        browser.open("/lonecenter/lonekorning?period=2026-11");
        browser.find(By.id("start-preliminary")).click();
        browser.waitUpTo(Duration.ofMinutes(2)).until(ExpectedConditions.textToBePresentInElementLocated(By.id("errors-heading"), "0 fel"));
        assertThat(browser.find(By.id("start-final")).isEnabled()).isTrue();
        shot("03-utan-fel", 1300);

        browser.find(By.id("review-link")).click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("employees")));
        assertThat(browser.find(By.id("departments")).getText()).contains("PL1 Lön 1", "PL2 Lön 2", "Hela körningen");
        assertThat(browser.find(By.id("employees")).getText()).contains("Anna Andersson", "Ny denna månad");
        shot("04-granska", 1400);
        browser.find(By.linkText("Cecilia Carlsson")).click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("lines")));
        assertThat(browser.find(By.id("employee-totals")).getText()).contains("Kostnad för arbetsgivaren");
        shot("05-anstalld", 1200);

        browser.open("/lonecenter/lonekorning?period=2026-11");
        // Issue 18 item 11: the final run starts only after the officer has read what it does (3 employees, totals)
        assertThat(browser.find(By.id("confirm-final-text")).getText()).contains("3 anställda", "bruttolön", "betalas ut");
        browser.find(By.id("start-final")).click(); // the required box is not ticked: the browser keeps the form
        assertThat(browser.driver().findElements(By.id("four-eyes"))).isEmpty();
        browser.find(By.id("confirm-final-box")).click();
        shot("05b-bekrafta-slutlig", 1300);
        browser.find(By.id("start-final")).click();
        awaitResult();
        browser.waitUpTo(Duration.ofMinutes(2)).until(ExpectedConditions.presenceOfElementLocated(By.id("four-eyes")));
        assertThat(browser.driver().findElements(By.id("release"))).isEmpty();
        shot("06-fyra-ogon", 1300);
        // Issue 18 item 14: the finished run's job page says 100 %, not 50 %
        browser.find(By.cssSelector("#shown-run a[href^='/korningar/']")).click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("progress-bar")));
        assertThat(browser.find(By.id("progress")).getText()).contains("3 av 3", "100 %").doesNotContain("50 %");
        shot("06b-jobb-100", 1000);
        browser.open("/lonecenter/lonekorning?period=2026-11");

        browser.find(By.cssSelector("form.sk-logout button")).click();
        browser.login("lon2", TestUsers.PASSWORD);
        browser.open("/lonecenter/lonekorning?period=2026-11");
        assertThat(browser.find(By.id("release-hint")).getText()).contains("lon1");
        assertThat(browser.find(By.id("confirm-release-text")).getText()).contains("3 anställda", "netto", "låses");
        browser.find(By.id("confirm-release-box")).click();
        shot("07-attestera", 1300);
        browser.find(By.id("release")).click();
        browser.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("released")));
        assertThat(browser.find(By.id("released")).getText()).contains("attesterades av lon2", "startad av lon1");
        assertThat(browser.find(By.cssSelector(".sk-flash")).getText()).contains("låst");
        assertThat(browser.driver().findElements(By.id("start-preliminary"))).isEmpty();
        // Issue 18 item 15: in English the run, its status and the error list are English
        browser.open("/lonecenter/lonekorning?period=2026-11&lang=en");
        assertThat(browser.find(By.id("run-heading")).getText()).startsWith("Final run");
        assertThat(browser.find(By.id("shown-run")).getText()).contains("Released").doesNotContain("Slutlig", "Attesterad");
        shot("08-english", 1300);
        browser.open("/lonecenter/lonekorning?period=2026-11&lang=sv");
        shot("08-last", 1300);
    }

    @Test
    void theProgressBarIsPolledWhileARunIsGoingAndThePageReloadsWhenItEnds() {
        long running = pretendRunning(jdbc, "2026-11", 3);
        pretendDone(jdbc, running, 1);
        browser.login("lon1", TestUsers.PASSWORD);
        browser.open("/lonecenter/lonekorning?period=2026-11");
        assertThat(browser.find(By.id("progress-text")).getText()).isEqualTo("1 av 3 anställda (33 %)");
        pretendDone(jdbc, running, 1);
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(By.id("progress-text"), "2 av 3"));
        shot("00-pagar", 900);
        jdbc.sql("UPDATE pay_run SET status = 'FAILED', finished_at = now() WHERE id = ?").param(running).update();
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("failed")));
        assertThat(browser.find(By.id("failed")).getText()).contains("misslyckades");
        assertThat(browser.find(By.id("start-preliminary")).isDisplayed()).isTrue();
    }

    /** A RUNNING run row without a job (as just after its start): the wizard shows it as going on for five minutes. */
    static long pretendRunning(JdbcClient jdbc, String period, int expected) {
        jdbc.sql("""
                INSERT INTO pay_run (period, kind, status, started_by, started_at, payday, expected_employees)
                VALUES (?, 'PRELIMINARY', 'RUNNING', 'lon1', now(), DATE '2026-11-25', ?)""")
                .params(period, expected).update();
        return jdbc.sql("SELECT max(id) FROM pay_run").query(Long.class).single();
    }

    /** One more employee calculated in the pretended run (progress counts the run's employee results). */
    static void pretendDone(JdbcClient jdbc, long run, int employees) {
        jdbc.sql("""
                INSERT INTO pay_run_employee (pay_run_id, employee_id, cost_centre_code, gross, tax, net_deductions, net,
                                              employer_contributions, pension, payday, errors, warnings)
                SELECT ?, id, 'PL1', 0, 0, 0, 0, 0, 0, DATE '2026-11-25', 0, 0 FROM payroll_employee
                WHERE id NOT IN (SELECT employee_id FROM pay_run_employee WHERE pay_run_id = ?) ORDER BY id LIMIT ?""")
                .params(run, run, employees).update();
    }

    /** Waits for the run to finish: htmx polls the progress and reloads the page, which then shows the run's result. */
    private void awaitResult() {
        browser.waitUpTo(Duration.ofMinutes(2)).until(d -> d.findElements(By.id("progress")).isEmpty()
                && !d.findElements(By.id("shown-run")).isEmpty());
    }

    private void shot(String name, int height) {
        browser.driver().manage().window().setSize(new Dimension(1366, height));
        browser.screenshot("lonekorning-" + name);
    }
}
