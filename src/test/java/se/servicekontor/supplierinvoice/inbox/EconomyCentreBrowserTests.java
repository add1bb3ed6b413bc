package se.servicekontor.supplierinvoice.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.servicekontor.platform.web.TestUsers;
import se.servicekontor.supplierinvoice.intake.GeneratedInvoices;
import se.servicekontor.testing.Browser;
import se.servicekontor.testing.PostgresTestDatabase;

/**
 * An economy officer in Chromium: logs in, uploads an invoice and a broken file, follows the run, finds the
 * invoice in the Inkorg, opens it, and sees the rejected file with its reason. Screenshots of each page go to
 * target/screenshots/ekonomicenter-*.png.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "servicekontor.storage.directory=target/test-files")
@ContextConfiguration(initializers = PostgresTestDatabase.class)
@Import(TestUsers.class)
class EconomyCentreBrowserTests {

    @DynamicPropertySource
    static void inboxFolder(DynamicPropertyRegistry registry) throws IOException {
        Path folder = Files.createTempDirectory(Files.createDirectories(Path.of("target", "intake-tests")), "browser-");
        registry.add("servicekontor.invoice.inbox", folder::toString);
    }

    @LocalServerPort
    int port;

    Browser browser;

    @BeforeEach
    void start() {
        browser = new Browser("http://localhost:" + port);
    }

    @AfterEach
    void stop() {
        browser.close();
    }

    @Test
    void anOfficerUploadsAnInvoiceFindsItInTheInkorgOpensItAndSeesARejectedFileWithItsReasons() throws IOException {
        Path dir = Files.createTempDirectory(Path.of("target", "intake-tests"), "upload-");
        Path invoice = Files.write(dir.resolve("faktura-70000.xml"), GeneratedInvoices.invoice(70_000, 6, 11));
        Path broken = Files.write(dir.resolve("fel-momssats.xml"), new String(GeneratedInvoices.invoice(70_004, 2, 12),
                java.nio.charset.StandardCharsets.UTF_8).replace("<cbc:Percent>25</cbc:Percent>", "<cbc:Percent>24</cbc:Percent>")
                .replace("<cbc:Percent>12</cbc:Percent>", "<cbc:Percent>24</cbc:Percent>")
                .replace("<cbc:Percent>6</cbc:Percent>", "<cbc:Percent>24</cbc:Percent>")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));

        browser.login("eko1", TestUsers.PASSWORD);
        browser.open("/ekonomicenter");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Ekonomicenter");
        shot("01-start", 1000);

        browser.open("/ekonomicenter/ladda-upp");
        browser.find(By.id("filer")).sendKeys(invoice.toAbsolutePath() + "\n" + broken.toAbsolutePath());
        shot("02-ladda-upp", 800);
        browser.find(By.cssSelector("main form button[type=submit]")).click();

        browser.waitUpTo(Duration.ofMinutes(3)).until(d -> d.getCurrentUrl().matches(".*/korningar/\\d+$")
                && d.findElement(By.cssSelector("#progress p .ds-tag")).getText().startsWith("Klar"));
        assertThat(browser.find(By.id("main")).getText()).contains("2 filer hämtade: 1 mottagen, 1 avvisad");
        shot("03-korning", 1100);

        browser.open("/ekonomicenter/inkorg");
        WebElement link = browser.find(By.linkText("GEN-70000"));
        assertThat(browser.find(By.tagName("tbody")).getText()).contains("Kontorsvaror i Norr AB", "GEN-70000", "Mottagen");
        shot("04-inkorg", 800);

        link.click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Faktura GEN-70000"));
        assertThat(browser.find(By.id("main")).getText()).contains("Rader (6)", "Att betala (BT-115)", "Godkänd för F-skatt");
        assertThat(browser.find(By.cssSelector("pre.sk-xml")).getText()).contains("<cbc:ID>GEN-70000</cbc:ID>");
        shot("05-faktura", 2600);

        browser.open("/ekonomicenter/avvisade");
        browser.find(By.linkText("fel-momssats.xml")).click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("findings-heading")));
        String rejected = browser.find(By.id("main")).getText();
        assertThat(rejected).contains("Fakturan följer inte reglerna", "SE-R-006", "Försök igen", "Ta bort ur kön");
        shot("06-avvisad", 1500);

        browser.open("/ekonomicenter/leverantorer");
        assertThat(browser.find(By.tagName("tbody")).getText()).contains("Kontorsvaror i Norr AB", "Bankgiro");
        shot("07-leverantorer", 800);
        browser.open("/ekonomicenter/manuell");
        shot("08-manuell", 800);
        browser.open("/ekonomicenter/validera");
        browser.find(By.id("fil")).sendKeys(broken.toAbsolutePath().toString());
        browser.find(By.cssSelector("main form button[type=submit]")).click();
        browser.waitUpTo(Duration.ofSeconds(60)).until(ExpectedConditions.presenceOfElementLocated(By.id("result-heading")));
        assertThat(browser.find(By.id("main")).getText()).contains("Filen skulle avvisas.", "SE-R-006");
        shot("09-validera", 1400);
    }

    private void shot(String name, int height) {
        browser.driver().manage().window().setSize(new Dimension(1366, height));
        browser.screenshot("ekonomicenter-" + name);
    }
}
