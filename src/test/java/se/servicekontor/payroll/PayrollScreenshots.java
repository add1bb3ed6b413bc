package se.servicekontor.payroll;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import se.servicekontor.testing.Browser;

/**
 * Not part of the build (the name matches no Surefire pattern): the demo profile on H2, the demo
 * organisation, employments and October time report loaded, then Lönecenter's pages in headless
 * Chromium as lon1, saved under target/screenshots/payroll-*.png for a person to look at.
 * Run with {@code ./mvnw -o test -Dtest=PayrollScreenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:payrollshots;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "servicekontor.storage.directory=target/test-files"})
@ActiveProfiles("demo")
class PayrollScreenshots {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void takeScreenshots() {
        Awaitility.await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(2))
                .until(() -> jdbc.sql("SELECT count(*) FROM deviation").query(Long.class).single() > 500);
        long employee = jdbc.sql("""
                SELECT m.employee_id FROM deviation d JOIN employment m ON m.id = d.employment_id
                WHERE d.code = 'SICK_LEAVE' ORDER BY d.id LIMIT 1""").query(Long.class).single();
        long employment = jdbc.sql("SELECT id FROM employment WHERE employee_id = ? ORDER BY id LIMIT 1").param(employee).query(Long.class).single();
        try (Browser browser = new Browser("http://localhost:" + port)) {
            browser.login("lon1", "demo");
            browser.open("/lonecenter");
            browser.screenshot("payroll-1-centre");
            assertThat(browser.find(By.id("next-payday")).getText()).isNotBlank();
            browser.open("/lonecenter/lonekalender?ar=2026");
            browser.screenshot("payroll-2-calendar");
            browser.open("/lonecenter/anstallda?q=an");
            browser.screenshot("payroll-3-employees");
            browser.open("/lonecenter/anstallda/" + employee);
            browser.screenshot("payroll-4-employee");
            browser.open("/lonecenter/anstallningar/" + employment + "/andra");
            browser.find(By.id("employmentRate")).clear();
            browser.find(By.id("employmentRate")).sendKeys("120");
            browser.find(By.id("accountNumber")).clear();
            browser.find(By.id("accountNumber")).sendKeys("1");
            browser.find(By.cssSelector("main form button[type=submit]")).click();
            browser.screenshot("payroll-5-edit-errors");
            assertThat(browser.find(By.id("employmentRate-error")).getText()).contains("1 och 100");
            browser.open("/lonecenter/anstallda/" + employee + "/avvikelser?period=2026-10");
            browser.screenshot("payroll-6-deviations");
            browser.open("/lonecenter/avvikelser");
            browser.screenshot("payroll-7-deviations-overview");
        }
    }
}
