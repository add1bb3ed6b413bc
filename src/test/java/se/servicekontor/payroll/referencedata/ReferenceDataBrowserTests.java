package se.servicekontor.payroll.referencedata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import se.servicekontor.payroll.employment.Employments;
import se.servicekontor.payroll.employment.PayrollTestEmployees;
import se.servicekontor.platform.web.TestUsers;
import se.servicekontor.testing.Browser;
import se.servicekontor.testing.PostgresTestDatabase;

/**
 * In Chromium: a payroll officer's January 2027 run is refused once with a link to Referensdata, which shows what 2027 lacks in
 * red; the administrator imports the 2027 tax-table file ({@link TestTaxTableFiles}), sees the preview beside 2026 and activates
 * it; the January run then starts and calculates. The other 2027 values are proposed and confirmed by two administrators through
 * the service (their own test: {@link ReferenceDataYearChangeTests}). Screenshots: target/screenshots/referensdata-*.png.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"servicekontor.storage.directory=target/test-files", "servicekontor.test.context=reference-data-browser"})
@ContextConfiguration(initializers = PostgresTestDatabase.class)
@Import(TestUsers.class)
class ReferenceDataBrowserTests {

    @LocalServerPort
    int port;

    @Autowired Employments employments;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired ReferenceData referenceData;

    Browser browser;

    @BeforeEach
    void start() {
        PayrollTestEmployees staff = new PayrollTestEmployees(employments, jdbc, clock);
        staff.reset();
        staff.hire("198001011231", "Anna", "Andersson", false, "PL1", "35000", true);
        staff.hire("198506202343", "Cecilia", "Carlsson", false, "PL1", "41500", true);
        for (var set : new Object[][] {{ReferenceDataKind.CONTRIBUTION_RATES, TestTaxTableFiles.CONTRIBUTIONS_2027},
                {ReferenceDataKind.ONE_OFF_TAX, TestTaxTableFiles.ONE_OFF_2027}, {ReferenceDataKind.PAYROLL_VALUES, TestTaxTableFiles.VALUES_2027}}) {
            long id = referenceData.propose((ReferenceDataKind) set[0], 2027, null, (String) set[1], "test figures for 2027", false, "adm1").id();
            referenceData.confirm(id, "adm2");
        }
        browser = new Browser("http://localhost:" + port);
    }

    @AfterEach
    void stop() {
        browser.close();
    }

    @Test
    void theJanuaryRunIsRefusedUntilTheAdministratorImportsAndActivatesThe2027TaxTables() {
        browser.login("lon1", TestUsers.PASSWORD);
        browser.open("/lonecenter/lonekorning?period=2027-01");
        browser.find(By.id("start-preliminary")).click();
        browser.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("reference-data-missing")));
        String refusal = browser.find(By.id("reference-data-missing")).getText();
        assertThat(refusal).contains("2027-01 kan inte startas", "Skattetabeller för 2027 saknas").doesNotContain("Anna");
        assertThat(browser.driver().findElements(By.cssSelector("#reference-data-missing a[href='/administration/referensdata']"))).hasSize(1);
        shot("01-lonekorning-nekad", 900);
        browser.find(By.cssSelector("form.sk-logout button")).click();

        browser.login("admin", TestUsers.PASSWORD);
        browser.open("/administration");
        browser.find(By.cssSelector("a.ds-card[href='/administration/referensdata']")).click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Referensdata"));
        assertThat(browser.find(By.id("gaps")).getText()).contains("Inför 2027", "Skattetabeller för 2027 saknas",
                "Lönekalendern för 2027 är inte skapad");
        assertThat(browser.find(By.id("sets")).getText()).contains("Skattetabeller", "2026", "Aktiv", "Arbetsgivaravgifter");
        shot("02-referensdata-saknas", 2600);

        Path file = TestTaxTableFiles.write2027(Path.of("target", "test-files", "referensdata")).toAbsolutePath();
        browser.find(By.id("year")).clear();
        browser.find(By.id("year")).sendKeys("2027");
        browser.find(By.id("file")).sendKeys(file.toString());
        browser.find(By.cssSelector("#import-heading ~ form button[type=submit]")).click();
        browser.waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.id("samples")));
        assertThat(browser.find(By.cssSelector(".sk-flash")).getText()).contains("inlästa och kontrollerade");
        assertThat(browser.find(By.id("set-status")).getText()).isEqualTo("Förslag");
        // table 33 column 1 at 35 000 kr: 7 234 kr in the test's 2027 file (7 134 + 100) beside 2026's 7 134 kr
        assertThat(browser.find(By.id("samples")).getText()).contains("33 1 35 000 kr 7 234 kr 7 134 kr");
        assertThat(browser.find(By.id("rows")).getText()).contains("29", "42");
        shot("03-forhandsgranska", 1500);
        browser.find(By.id("activate")).click();
        browser.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(By.id("set-status"), "Aktiv"));
        browser.open("/administration/referensdata");
        assertThat(browser.find(By.id("gaps")).getText()).doesNotContain("Skattetabeller för 2027 saknas");
        browser.find(By.cssSelector("#kalender form button[type=submit]")).click();
        browser.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("payday-2027-01")));
        assertThat(browser.find(By.id("calendar")).getText()).contains("2027-01 2027-01-25", "2027-12 2027-12-23");
        shot("04-referensdata-klar", 2600);
        browser.find(By.cssSelector("form.sk-logout button")).click();

        browser.login("lon1", TestUsers.PASSWORD);
        browser.open("/lonecenter/lonekorning?period=2027-01");
        browser.find(By.id("start-preliminary")).click();
        browser.waitUpTo(Duration.ofMinutes(2)).until(d -> d.findElements(By.id("progress")).isEmpty()
                && !d.findElements(By.id("shown-run")).isEmpty());
        assertThat(browser.driver().findElements(By.id("reference-data-missing"))).isEmpty();
        assertThat(browser.find(By.id("shown-run")).getText()).contains("Beräknad");
        shot("05-januari-beraknad", 1300);
    }

    private void shot(String name, int height) {
        browser.driver().manage().window().setSize(new Dimension(1366, height));
        browser.screenshot("referensdata-" + name);
    }
}
