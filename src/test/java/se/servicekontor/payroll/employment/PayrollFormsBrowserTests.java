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
 * Issue 18 (Lönecenter) as a payroll officer sees it at 1366 × 900: Ny anställning in groups with every error at once
 * and a focused summary, Ny lön's errors at the top, and a Swedbank account that must be confirmed with the bank
 * before it is saved. Screenshots go to target/screenshots/lonecenter-formular-*.png.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "servicekontor.storage.directory=target/test-files")
@ContextConfiguration(initializers = PostgresTestDatabase.class)
@Import(TestUsers.class)
class PayrollFormsBrowserTests {

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
        browser.driver().manage().window().setSize(new Dimension(1366, 900));
    }

    @AfterEach
    void stop() {
        browser.close();
    }

    @Test
    void newEmploymentIsGroupedAndShowsEveryErrorAtOnceInAFocusedSummary() {
        browser.login("lon1", TestUsers.PASSWORD);
        browser.open("/lonecenter/anstallda/ny");
        // five groups, side by side at 1366 px: person and employment start on the same row
        int personTop = browser.find(By.id("group-person")).getLocation().getY();
        int employmentTop = browser.find(By.id("group-employment")).getLocation().getY();
        assertThat(employmentTop).isEqualTo(personTop);
        shot("01-ny-anstallning");

        type(EmploymentSheet.PIN, "19900315-1232");       // Luhn gives check digit 1
        type(EmploymentSheet.FIRST_NAME, "Sara");
        type(EmploymentSheet.LAST_NAME, "Ny");
        type(EmploymentSheet.COST_CENTRE, "PL1");
        type(EmploymentSheet.START, "2026-12-01");
        type(EmploymentSheet.RATE, "120");
        type(EmploymentSheet.CLEARING, "8327");
        type(EmploymentSheet.ACCOUNT, "123");
        browser.find(By.cssSelector("form.sk-form-groups button[type=submit]")).click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));

        WebElement summary = browser.find(By.id("error-summary"));
        assertThat(summary.getText()).contains("Rätta 4 fel", "Personnummer:", "Kolumnen Lön", "Tjänstgöringsgraden ska vara mellan 1 och 100 %",
                "kontrollera numret med banken");
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("error-summary");
        assertThat(browser.find(By.id(field(EmploymentSheet.RATE) + "-error")).getText()).contains("var 120");
        assertThat(browser.find(By.id("bankConfirmed")).isDisplayed()).isTrue();
        shot("02-ny-anstallning-fel");
        ((JavascriptExecutor) browser.driver()).executeScript("window.scrollTo(0, document.body.scrollHeight)");
        shot("03-ny-anstallning-fel-nederst");
    }

    @Test
    void aRefusedNewSalaryShowsItsErrorsAtTheTopInAFocusedSummary() {
        browser.login("lon1", TestUsers.PASSWORD);
        browser.open("/lonecenter/anstallda/" + anna);
        browser.find(By.id("amount-" + annasEmployment)).sendKeys("trettiotusen");
        browser.find(By.cssSelector("form[action$='/lon'] button[type=submit]")).click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("error-summary");
        assertThat(browser.find(By.id("error-summary")).getText()).contains("Rätta 2 fel");
        assertThat(browser.find(By.id("error-summary")).getLocation().getY()).isLessThan(900);
        shot("04-ny-lon-fel");
    }

    @Test
    void aSwedbankAccountFailingItsRuleIsSavedOnlyWhenConfirmedWithTheBank() {
        browser.login("lon1", TestUsers.PASSWORD);
        browser.open("/lonecenter/anstallningar/" + annasEmployment + "/andra");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Ändra anställning för Anna Andersson");
        WebElement clearing = browser.find(By.id("clearingNumber"));
        clearing.clear();
        clearing.sendKeys("8327");
        WebElement account = browser.find(By.id("accountNumber"));
        account.clear();
        account.sendKeys("123");
        browser.find(By.cssSelector("main form button[type=submit]")).click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("bankConfirmed")));
        assertThat(browser.find(By.id("accountNumber-error")).getText()).contains("kontrollera numret med banken", "sparas inte");
        shot("05-bank-bekrafta");
        assertThat(employments.employment(annasEmployment).orElseThrow().clearingNumber()).isEqualTo("5000");
        browser.find(By.cssSelector("label[for=bankConfirmed]")).click();
        browser.find(By.cssSelector("main form button[type=submit]")).click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".sk-flash"), "sparad"));
        assertThat(employments.employment(annasEmployment).orElseThrow().clearingNumber()).isEqualTo("8327");
        assertThat(browser.driver().findElements(By.cssSelector(".sk-flash [data-color=danger]"))).isEmpty();
    }

    private void type(String column, String value) {
        WebElement input = browser.find(By.id(field(column)));
        if ("date".equals(input.getAttribute("type")))
            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]", input, value);
        else
            input.sendKeys(value);
    }

    private static String field(String column) {
        return "f" + EmploymentSheet.HEADERS.indexOf(column);
    }

    private void shot(String name) {
        browser.screenshot("lonecenter-formular-" + name);
    }
}
