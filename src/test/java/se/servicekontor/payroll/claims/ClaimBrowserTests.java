package se.servicekontor.payroll.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import se.servicekontor.payroll.payrun.PayRuns;
import se.servicekontor.platform.web.TestUsers;
import se.servicekontor.shared.Amount;
import se.servicekontor.testing.Browser;
import se.servicekontor.testing.PostgresTestDatabase;

/**
 * A payroll officer in Chromium: from Lönecenter to Löneskulder, one claim with its history while April's final run waits
 * for release, a repayment refused for its öre fraction and then recorded. Screenshots go to target/screenshots/loneskulder-*.png.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "servicekontor.storage.directory=target/test-files")
@ContextConfiguration(initializers = PostgresTestDatabase.class)
@Import(TestUsers.class)
class ClaimBrowserTests {

    @LocalServerPort int port;
    @Autowired Claims claims;
    @Autowired PayRuns payRuns;
    @Autowired JdbcClient jdbc;
    @Autowired JobRepository jobRepository;

    @Test
    void anOfficerFindsAClaimSeesItsHistoryAndRecordsARepayment() {
        ClaimTestRuns runs = new ClaimTestRuns(payRuns, jdbc, jobRepository);
        YearMonth january = YearMonth.of(2026, 1);
        long anna = runs.employeeWithDeduction("19850212345", "Anna", false, january, YearMonth.of(2026, 4), "27122");
        runs.employeeWithDeduction("19770615234", "Pia", true, january, YearMonth.of(2026, 2), "29122.40");
        runs.employeeWithDeduction("19660921456", "Olle", false, january, YearMonth.of(2026, 2), "24622");
        runs.released(YearMonth.of(2026, 2)); // Anna 3 000, Pia 5 000.40, Olle 500
        claims.agreeRecovery(anna, Amount.ofKronor("500"), "Överenskommet med Anna 2026-03-02", "lon1");
        runs.released(YearMonth.of(2026, 3)); // Anna: 500 recovered → 2 500
        claims.recordRepayment(anna, Amount.ofKronor("1000"), LocalDate.of(2026, 3, 31), "OCR 4711", "lon1"); // → 1 500
        runs.calculatedFinal(YearMonth.of(2026, 4)); // recovers 500 when released

        try (Browser browser = new Browser("http://localhost:" + port)) {
            browser.login("lon1", TestUsers.PASSWORD);
            browser.open("/lonecenter");
            browser.find(By.cssSelector("a.ds-card[href='/lonecenter/loneskulder']")).click();
            browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Löneskulder"));
            browser.screenshot("loneskulder-1-list");
            assertThat(text(browser, "claims-summary")).isEqualTo("3 öppna löneskulder, totalt 7 000,40 kr.");

            browser.find(By.linkText("Skuldsson, Anna")).click();
            browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("history")));
            browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1366, 1900)); // the whole page
            browser.screenshot("loneskulder-2-claim");
            assertThat(text(browser, "owed")).isEqualTo("1 500,00 kr");
            assertThat(text(browser, "pending")).contains("avräknar 500,00 kr", "Högst 1 000,00 kr");

            browser.find(By.id("repayment-amount")).sendKeys("250,555");
            browser.driver().findElement(By.id("repayment-date")).sendKeys("04022026"); // Chromium's date field: typed in the locale's order
            browser.find(By.cssSelector("form[action$='/aterbetalning'] button[type=submit]")).click();
            browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ds-validation-message")));
            assertThat(browser.find(By.cssSelector("form[action$='/aterbetalning'] .ds-validation-message")).getText())
                    .isEqualTo("Skriv beloppet med högst två decimaler (hela ören).");
            browser.screenshot("loneskulder-3-error");

            browser.find(By.id("repayment-amount")).clear();
            browser.find(By.id("repayment-amount")).sendKeys("250,50");
            browser.find(By.cssSelector("form[action$='/aterbetalning'] button[type=submit]")).click();
            browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ds-alert[data-color=success]")));
            assertThat(text(browser, "owed")).isEqualTo("1 249,50 kr"); // 1 500 − 250.50

            // Anställda: the employee's page says there is a claim and links to it (loaded by htmx)
            browser.open("/lonecenter/anstallda/" + anna);
            browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("claim-note")));
            assertThat(text(browser, "claim-note")).isEqualTo("Den anställda har en löneskuld på 1 249,50 kr. Visa löneskulden");
            browser.screenshot("loneskulder-4-anstalld");
            browser.find(By.linkText("Visa löneskulden")).click();
            browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("history")));
        }
        assertThat(runs.claim(anna)).isEqualByComparingTo("1249.50");
    }

    /** The element's text with no-break and narrow no-break spaces as plain spaces. */
    private static String text(Browser browser, String id) {
        return browser.find(By.id(id)).getText().replace('\u00a0', ' ').replace('\u202f', ' ');
    }
}
