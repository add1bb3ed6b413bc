package se.servicekontor.contactcenter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

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
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import se.servicekontor.platform.web.TestUsers;
import se.servicekontor.testing.Browser;
import se.servicekontor.testing.MovingClock;
import se.servicekontor.testing.PostgresTestDatabase;

/**
 * An agent in Chromium: kund1 searches a supplier's organisation number, logs the contact as answered
 * directly; "the next day" (the test's clock) the same supplier calls again and the screen says so. Then a
 * pay question: the identity check, and the answer. Screenshots: target/screenshots/kundcenter-*.png.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "servicekontor.storage.directory=target/test-files")
@ContextConfiguration(initializers = PostgresTestDatabase.class)
@Import({TestUsers.class, ContactCentreBrowserTests.TestClock.class})
class ContactCentreBrowserTests {

    @TestConfiguration(proxyBeanMethods = false)
    static class TestClock {
        @Bean
        @Primary
        MovingClock movingClock() {
            return new MovingClock(Instant.parse("2026-12-08T08:30:00Z"));
        }
    }

    @LocalServerPort int port;
    @Autowired MovingClock clock;
    @Autowired JdbcClient jdbc;
    Browser browser;

    @BeforeEach
    void start() {
        jdbc.sql("DELETE FROM contact_log").update();
        jdbc.sql("DELETE FROM payroll_employee WHERE personal_identity_number = '198001011231'").update();
        jdbc.sql("INSERT INTO payroll_employee (personal_identity_number, first_name, last_name) VALUES ('198001011231', 'Kerstin', 'Kundqvist')").update();
        browser = new Browser("http://localhost:" + port);
    }

    @AfterEach
    void stop() {
        browser.close();
    }

    @Test
    void anAgentAnswersLogsTheContactAndSeesTheRepeatTheNextDay() {
        browser.login("kund1", TestUsers.PASSWORD);
        browser.open("/kundcenter");
        browser.find(By.id("q")).sendKeys("556036-0793 F-2026-114");
        browser.find(By.cssSelector("#snabbsok button[type=submit]")).click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("contact-log")));
        assertThat(browser.driver().getCurrentUrl()).endsWith("/kundcenter?q=556036-0793%20F-2026-114");
        assertThat(browser.find(By.id("invoices-heading")).getText()).isEqualTo("Leverantörsfakturor");
        assertThat(browser.find(By.id("next-payday")).getText()).isEqualTo("2026-12-23");
        shot("01-sok", 1100);

        browser.find(By.cssSelector("#contact-log button[type=submit]")).click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".sk-flash"), "Kontakten är loggad"));
        assertThat(browser.driver().findElements(By.id("repeat-contact"))).as("the first call is no repeat").isEmpty();

        clock.advance(Duration.ofDays(1));
        browser.open("/kundcenter?q=5560360793");
        String flag = browser.find(By.id("repeat-contact")).getText();
        assertThat(flag).contains("ringde för 1 dag sedan om faktura (F-2026-114)");
        shot("02-aterkommande", 900);
    }

    @Test
    void aPayQuestionIsAnsweredOnlyAfterTheIdentityCheck() {
        browser.login("kund1", TestUsers.PASSWORD);
        browser.open("/kundcenter");
        browser.find(By.id("q")).sendKeys("19800101-1231");
        browser.find(By.cssSelector("#snabbsok button[type=submit]")).click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("identity-heading")));
        assertThat(browser.driver().getCurrentUrl()).doesNotContain("1231");
        assertThat(browser.find(By.tagName("main")).getText()).doesNotContain("Kerstin");
        shot("03-identitet", 1000);

        browser.find(By.id("method-BANKID")).click();
        browser.find(By.id("reason")).sendKeys("Undrar när lönen kommer");
        browser.find(By.id("checked")).click();
        browser.find(By.cssSelector("section[aria-labelledby=identity-heading] button[type=submit]")).click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("person-answer")));
        assertThat(browser.find(By.id("person-answer")).getText()).contains("Kerstin Kundqvist", "Lönedag", "2026-12-23");
        shot("04-lonesvar", 1000);

        browser.open("/kundcenter/indikatorer");
        browser.find(By.cssSelector("main form button[type=submit]")).click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".sk-flash"), "körning"));
        browser.waitUpTo(Duration.ofSeconds(20)).until(d -> {
            d.navigate().refresh();
            return !d.findElements(By.cssSelector("figure.cc-chart")).isEmpty();
        });
        shot("05-indikatorer", 1100);

        browser.open("/e-tjanst/faktura");
        shot("06-e-tjanst", 900);
    }

    private void shot(String name, int height) {
        browser.driver().manage().window().setSize(new Dimension(1366, height));
        browser.screenshot("kundcenter-" + name);
    }
}
