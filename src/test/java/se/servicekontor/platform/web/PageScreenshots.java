package se.servicekontor.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import se.servicekontor.platform.jobs.ConsoleTestJobs;

/**
 * Not part of the build (the name matches no Surefire pattern): boots the application on H2 with one
 * test user per role and two test jobs, drives headless Chromium through the pages and saves
 * screenshots under target/screenshots/ for a person to look at. Also fails on any browser console
 * error, which is where a CSP violation shows. Run with {@code ./mvnw -o test -Dtest=PageScreenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:screenshots;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "spring.messages.basename=i18n/messages,i18n/organization,i18n/payroll,i18n/test-jobs",
        "servicekontor.storage.directory=target/test-files"})
@Import({TestUsers.class, ConsoleTestJobs.class})
class PageScreenshots {

    static final Path DIRECTORY = Path.of("target/screenshots");
    static WebDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws IOException {
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--window-size=1280,900",
                "--user-data-dir=" + Files.createTempDirectory("chromium"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        browser = new ChromeDriver(options);
        Files.createDirectories(DIRECTORY);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void takeScreenshots() throws Exception {
        List<String> consoleErrors = new ArrayList<>();
        open("/login");
        shot("01-login", 900, consoleErrors);
        open("/login?lang=en");
        shot("02-login-english", 900, consoleErrors);
        open("/login?lang=sv");
        login("lon1");
        shot("03-start-lon1", 900, consoleErrors);
        open("/lonecenter");
        shot("04-lonecenter", 900, consoleErrors);

        open("/korningar");
        browser.findElement(By.cssSelector("details summary")).click();
        browser.findElement(By.id("start-consoleTestJob-period")).sendKeys("2026-11");
        shot("05-korningar-start-form", 1000, consoleErrors);
        browser.findElement(By.cssSelector("details form button[type=submit]")).click();
        waitFor(d -> d.findElements(By.cssSelector("h2 + p .ds-tag")).stream().anyMatch(t -> t.getText().equals("Klar")), 60);
        shot("06-korning-klar-med-overhoppade", 1500, consoleErrors);

        open("/korningar");
        browser.findElements(By.cssSelector("details summary")).get(1).click();
        browser.findElements(By.cssSelector("details form button[type=submit]")).get(1).click();
        waitFor(d -> d.getPageSource().contains("poster ("), 30);
        Thread.sleep(2500); // one htmx poll
        shot("07-korning-pagar-htmx", 1100, consoleErrors);
        browser.findElement(By.xpath("//button[normalize-space()='Stoppa']")).click();
        waitFor(d -> d.getPageSource().contains("Starta om"), 60);
        shot("08-korning-stoppad", 1100, consoleErrors);
        browser.findElement(By.xpath("//button[normalize-space()='Starta om']")).click();
        waitFor(d -> d.findElements(By.cssSelector("h2 + p .ds-tag")).stream().anyMatch(t -> t.getText().equals("Klar")), 60);
        shot("09-omstart-klar-via-htmx", 1100, consoleErrors);
        open("/korningar");
        shot("10-korningar-lista", 1000, consoleErrors);

        logout();
        login("admin");
        open("/administration");
        shot("11-administration", 900, consoleErrors);
        open("/administration/granskningslogg");
        shot("12-granskningslogg", 900, consoleErrors);
        open("/attestera");
        shot("13-403-ingen-behorighet", 700, consoleErrors);
        open("/korningar/999999");
        shot("14-404", 700, consoleErrors);
        consoleErrors.removeIf(e -> e.startsWith("13-") && e.contains("403") || e.startsWith("14-") && e.contains("404"));
        open("/?lang=en");
        shot("15-start-admin-english", 900, consoleErrors);
        open("/?lang=sv");

        logout();
        login("kund1");
        open("/kundcenter");
        shot("16-kundcenter-kund1", 900, consoleErrors);

        assertThat(consoleErrors).as("browser console errors (CSP violations show here)").isEmpty();
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private void login(String user) {
        open("/login");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(TestUsers.PASSWORD);
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        waitFor(d -> !d.getCurrentUrl().contains("/login"), 10);
    }

    private void logout() {
        browser.findElement(By.cssSelector(".sk-logout button")).click();
        waitFor(d -> d.getCurrentUrl().contains("/login"), 10);
    }

    private void waitFor(java.util.function.Function<WebDriver, Boolean> condition, int seconds) {
        new WebDriverWait(browser, Duration.ofSeconds(seconds)).until(condition::apply);
    }

    private void shot(String name, int height, List<String> consoleErrors) throws IOException {
        browser.manage().window().setSize(new Dimension(1280, height));
        Path file = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(file, DIRECTORY.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                consoleErrors.add(name + ": " + entry.getMessage());
            }
        }
    }
}
