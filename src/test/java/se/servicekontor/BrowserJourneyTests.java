package se.servicekontor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import se.servicekontor.testing.Browser;
import se.servicekontor.testing.PostgresTestDatabase;
import se.servicekontor.testing.WebSession;

/**
 * The foundation as people use it, in real headless Chromium against the application on PostgreSQL:
 * an administrator uploads the organisation workbook and watches the import finish in Körningar; a
 * department head then sees only their own department. Screenshots: {@code target/screenshots/journey-*.png}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {"servicekontor.storage.directory=target/test-files",
        "servicekontor.demo.allow-postgresql=true"}) // a demo on a throwaway test database (issue 16)
@ContextConfiguration(initializers = PostgresTestDatabase.class)
@ActiveProfiles("demo")
class BrowserJourneyTests {

    @LocalServerPort
    int port;

    Browser browser;

    @BeforeEach
    void openBrowserOnceTheDemoOrganisationIsThere() {
        String base = "http://localhost:" + port;
        // The demo profile imports the demo organisation after start-up; wait until that import is done.
        WebSession admin = new WebSession(base);
        Awaitility.await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                .until(() -> admin.login("admin", "demo").uri().getPath().equals("/"));
        Awaitility.await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                .until(() -> admin.get("/administration/organisation").body().contains("Importerad"));
        browser = new Browser(base);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void administratorImportsTheOrganisationAndADepartmentHeadSeesOnlyTheirDepartment() {
        browser.login("admin", "demo");
        assertThat(browser.driver().getTitle()).contains("Servicekontor");
        browser.screenshot("journey-1-start-admin");

        browser.open("/administration/organisation");
        browser.find(By.id("fil")).sendKeys(Path.of("batch-jobs/samples/demo-organisation.xlsx").toAbsolutePath().toString());
        browser.screenshot("journey-2-upload");
        browser.find(By.cssSelector("form[enctype='multipart/form-data'] button[type=submit]")).click();

        // Körningar shows the run; htmx polls until it is done.
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches(".*/korningar/\\d+$"));
        String status = browser.waitUpTo(Duration.ofMinutes(2)).until(driver -> {
            String shown = driver.findElement(By.cssSelector("#progress .ds-tag")).getText();
            return shown.equals("Pågår") || shown.equals("Startar") ? null : shown;
        });
        assertThat(status).isEqualTo("Klar");
        String page = browser.waitUpTo(Duration.ofSeconds(20)).until(driver -> {
            String text = driver.findElement(By.id("main")).getText();
            return text.contains("Resultat") ? text : null;
        });
        assertThat(page).contains("6 förvaltningar", "2 000 anställda");
        browser.screenshot("journey-3-import-done");

        browser.find(By.cssSelector("form.sk-logout button")).click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/login"));

        browser.login("chef.skola", "demo");
        assertThat(browser.driver().getCurrentUrl()).doesNotContain("/login");
        List<String> navigation = browser.driver().findElements(By.cssSelector("nav a")).stream().map(WebElement::getText).toList();
        assertThat(navigation).contains("Attestera", "Översikt").doesNotContain("Administration", "Lönecenter", "Körningar");
        browser.open("/oversikt");
        String overview = browser.find(By.id("main")).getText();
        browser.screenshot("journey-4-department-head-overview");
        assertThat(overview).contains("Din förvaltning: Utbildningsförvaltningen", "2210", "Centralskolan F–6", "Norrskolan F–9")
                .doesNotContain("Socialförvaltningen", "3110", "Hemtjänst Norr", "1040");

        browser.open("/administration/organisation");
        assertThat(browser.find(By.id("main")).getText()).contains("Du har inte behörighet");
        browser.screenshot("journey-5-department-head-refused");
    }
}
