package se.servicekontor.payroll.employment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import se.servicekontor.platform.web.TestUsers;
import se.servicekontor.testing.Browser;
import se.servicekontor.testing.PostgresTestDatabase;

/**
 * A payroll officer in Chromium changes an employee's employment rate and salary from a date: first with a mistake shown
 * beside the field, then saved (a decimal comma is fine); the employee page shows the rate history beside the salary
 * history, and for an ended employment the rate at its end. Screenshots go to target/screenshots/tjanstgoringsgrad-*.png.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "servicekontor.storage.directory=target/test-files")
@ContextConfiguration(initializers = PostgresTestDatabase.class)
@Import(TestUsers.class)
class EmploymentRateBrowserTests {

    @LocalServerPort
    int port;

    @Autowired Employments employments;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    Browser browser;
    long anna;
    long annasEmployment;

    @BeforeEach
    void start() {
        PayrollTestEmployees staff = new PayrollTestEmployees(employments, jdbc, clock);
        staff.reset();
        anna = staff.hire("198001011231", "Anna", "Andersson", false, "PL1", "32000", true);
        annasEmployment = staff.employmentOf(anna);
        browser = new Browser("http://localhost:" + port);
    }

    @AfterEach
    void stop() {
        browser.close();
    }

    @Test
    void anOfficerChangesTheRateFromADateAndSeesTheHistory() {
        browser.login("lon1", TestUsers.PASSWORD);
        browser.open("/lonecenter/anstallda/" + anna);
        assertThat(browser.find(By.cssSelector("table.rate-history")).getText()).contains("2020-01-01", "100 %",
                "Från anställningens början");

        fill("2026-03-16", "120");
        assertThat(browser.find(By.cssSelector("form[action$='/grad']")).getText())
                .contains("Tjänstgöringsgraden ska vara mellan 1 och 100 %.");
        shot("01-fel", 1700);

        fill("2026-03-16", "62,5");
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".sk-flash"), "sparad"));
        String history = browser.find(By.cssSelector("table.rate-history")).getText();
        assertThat(history).contains("2026-03-16", "62,5 %", "lon1", "2020-01-01", "100 %");
        shot("02-historik", 1700);
    }

    @Test
    void aSalaryWithADecimalCommaIsSavedAfterAMistakeShownBesideTheField() {
        browser.login("lon1", TestUsers.PASSWORD);
        browser.open("/lonecenter/anstallda/" + anna);

        salary("2026-04-01", "33 250,505");
        WebElement error = browser.find(By.id("amount-" + annasEmployment + "-error"));
        assertThat(error.getText()).isEqualTo("Skriv lönen i kronor med högst två decimaler.");
        // the refused number stays in the field to be corrected, still with its decimal comma
        assertThat(browser.find(By.id("amount-" + annasEmployment)).getAttribute("value").replace(" ", "")).isEqualTo("33250,505");
        assertThat(browser.find(By.id("amount-" + annasEmployment)).getAttribute("aria-describedby")).isEqualTo(error.getAttribute("id"));
        shot("03-lon-fel", 1700);

        salary("2026-04-01", "33 250,50");
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".sk-flash"), "sparad"));
        assertThat(browser.find(By.cssSelector("table.salary-history")).getText().replace('\u00a0', ' ')).contains("2026-04-01 33 250,50 kr");
    }

    @Test
    void anEndedEmploymentShowsItsRateAtTheEndNotToday() {
        employments.saveRate(annasEmployment, java.time.LocalDate.of(2025, 3, 1), new java.math.BigDecimal("50"), "testare", "test");
        jdbc.sql("UPDATE employment SET end_date = DATE '2025-06-30' WHERE id = ?").param(annasEmployment).update();
        browser.login("lon1", TestUsers.PASSWORD);
        browser.open("/lonecenter/anstallda/" + anna);
        assertThat(browser.find(By.cssSelector("dd.employment-rate")).getText()).isEqualTo("50 % vid slutet (2025-06-30), 40 tim/vecka");
        shot("04-avslutad", 1000);
    }

    private void salary(String from, String amount) {
        WebElement date = browser.find(By.id("from-" + annasEmployment));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]", date, from);
        WebElement kronor = browser.find(By.id("amount-" + annasEmployment));
        kronor.clear();
        kronor.sendKeys(amount);
        browser.find(By.cssSelector("form[action$='/lon'] button[type=submit]")).click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.salary-history")));
    }

    private void fill(String from, String rate) {
        WebElement date = browser.find(By.id("rate-from-" + annasEmployment));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]", date, from);
        WebElement percent = browser.find(By.id("rate-" + annasEmployment));
        percent.clear();
        percent.sendKeys(rate);
        browser.find(By.cssSelector("form[action$='/grad'] button[type=submit]")).click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.rate-history")));
    }

    private void shot(String name, int height) {
        browser.driver().manage().window().setSize(new Dimension(1366, height));
        browser.screenshot("tjanstgoringsgrad-" + name);
    }
}
