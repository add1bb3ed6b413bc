package se.servicekontor.supplierinvoice.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
 * Issue 18, Ekonomicenter: what the walkthrough met, as an economy officer sees it at 1366 px. Screenshots go to
 * target/screenshots/walkthrough-*.png.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "servicekontor.storage.directory=target/test-files")
@ContextConfiguration(initializers = PostgresTestDatabase.class)
@Import(TestUsers.class)
class EconomyCentreWalkthroughBrowserTests {

    @DynamicPropertySource
    static void inboxFolder(DynamicPropertyRegistry registry) throws IOException {
        Path folder = Files.createTempDirectory(Files.createDirectories(Path.of("target", "intake-tests")), "walkthrough-");
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
    void anOfficerUploadsGoodAndBadFilesAndCanActOnEachWithoutReadingXml() throws IOException {
        Path dir = Files.createTempDirectory(Path.of("target", "intake-tests"), "walk-");
        Path invoice = Files.write(dir.resolve("faktura-71000.xml"), GeneratedInvoices.invoice(71_000, 3, 21));
        // 556000123 has Luhn check digit 1 (5·2=10→1, 5, 6·2=12→3, 0, 0, 0, 1·2=2, 2, 3·2=6: sum 19 → 1), so …1234 is wrong
        String good = new String(GeneratedInvoices.invoice(71_001, 2, 22), StandardCharsets.UTF_8);
        Path badOrgNr = Files.writeString(dir.resolve("fel-orgnr.xml"), good.replaceFirst(
                "(<cac:PartyLegalEntity>\\s*<cbc:RegistrationName>[^<]*</cbc:RegistrationName>\\s*<cbc:CompanyID schemeID=\"0007\">)\\d{10}",
                "$15560001234"));
        assertThat(Files.readString(badOrgNr)).contains(">5560001234<");
        Path text = Files.writeString(dir.resolve("anteckning.txt"), "Hej, här kommer fakturan i nästa mejl.\n");
        Path notXml = Files.writeString(dir.resolve("trasig.xml"), "<Faktura>123 att betala 500 kr\n");

        browser.login("eko1", TestUsers.PASSWORD);
        browser.open("/ekonomicenter/ladda-upp");
        browser.find(By.id("filer")).sendKeys(invoice.toAbsolutePath() + "\n" + badOrgNr.toAbsolutePath() + "\n"
                + notXml.toAbsolutePath());
        browser.find(By.cssSelector("main form button[type=submit]")).click();

        // item 8: the job page says what needs doing
        browser.waitUpTo(Duration.ofMinutes(3)).until(d -> d.getCurrentUrl().matches(".*/korningar/\\d+$")
                && d.findElement(By.cssSelector("#progress p .ds-tag")).getText().startsWith("Klar"));
        String job = browser.find(By.tagName("body")).getText();
        assertThat(job).contains("3 filer hämtade: 1 mottagen, 2 avvisade",
                "Klar – kräver åtgärd", "Till Inkorg", "Till Avvisade", "Läsa och kontrollera fakturor", "del 1");
        assertThat(job).doesNotContain("processFile:partition");
        assertThat(browser.find(By.cssSelector("#progress p .ds-tag")).getAttribute("data-color")).isEqualTo("warning");
        for (WebElement region : browser.driver().findElements(By.cssSelector(".sk-table-wrap"))) {
            assertThat(region.getAttribute("tabindex")).as("scrollable region reachable by keyboard").isEqualTo("0");
        }
        shot("01-korning", 1300);

        // item 1: the rejected list says who sent each file
        browser.find(By.linkText("Till Avvisade")).click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Avvisade filer"));
        String list = browser.find(By.tagName("tbody")).getText();
        assertThat(list).contains("fel-orgnr.xml", "556000-1234", "Faktura GEN-71001", "förfaller", "trasig.xml", "Okänd (filen gick inte att läsa)");
        shot("02-avvisade", 900);

        // items 1 and 2: the rejected page names the sender and the finding shows the offending value and whose it is
        browser.find(By.linkText("fel-orgnr.xml")).click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("sender")));
        assertThat(browser.find(By.id("sender")).getText()).contains("556000-1234", "GEN-71001", "kr");
        assertThat(browser.find(By.id("main")).getText()).contains("SE-R-013", "Säljarens (leverantörens) värde i filen: «5560001234»");
        shot("03-avvisad-orgnr", 1700);

        // item 4: a broken XML file's reason in Swedish
        browser.open("/ekonomicenter/avvisade");
        browser.find(By.linkText("trasig.xml")).click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("sender")));
        assertThat(browser.find(By.id("main")).getText()).contains("Filen tar slut mitt i ett element: den är avkortad")
                .doesNotContain("XML document structures");
        // item 8: after "Försök igen" the page follows the new run by itself
        browser.find(By.xpath("//button[normalize-space()='Försök igen']")).click();
        browser.waitUpTo(Duration.ofSeconds(60)).until(d -> d.findElement(By.cssSelector("h1 .ds-tag")).getText().equals("Avvisad")
                && d.findElements(By.id("retrying")).isEmpty());
        assertThat(browser.find(By.id("main")).getText()).doesNotContain("Provas igen");
        shot("04-forsok-igen", 1300);

        // item 5: the same file again is refused at once, saying where the first one is
        browser.open("/ekonomicenter/ladda-upp");
        browser.find(By.id("filer")).sendKeys(invoice.toAbsolutePath() + "\n" + text.toAbsolutePath());
        browser.find(By.cssSelector("main form button[type=submit]")).click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("filer-error")));
        assertThat(browser.find(By.id("filer-error")).getText()).contains("faktura-71000.xml har redan tagits emot som faktura GEN-71000",
                "anteckning.txt är varken en XML-fil eller en PDF");
        shot("05-dubblett-uppladdning", 800);

        // items 3 and 7: the Inkorg shows amount due and the whole status column; the invoice page the payment reference
        browser.open("/ekonomicenter/inkorg");
        WebElement table = browser.find(By.cssSelector("table.sk-invoice-table"));
        assertThat(browser.find(By.tagName("thead")).getText()).contains("Att betala", "Status");
        WebElement wrap = browser.find(By.cssSelector(".sk-table-wrap"));
        assertThat(table.getSize().getWidth()).as("table fits at 1366 px").isLessThanOrEqualTo(wrap.getSize().getWidth());
        shot("06-inkorg", 800);
        browser.find(By.linkText("GEN-71000")).click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Faktura GEN-71000"));
        String page = browser.find(By.id("main")).getText();
        assertThat(page).contains("Betalningsreferens (OCR)", "Kontoöverföring (30)", "Normal momssats");
        assertThat(browser.find(By.id("payment-reference")).getText()).isNotBlank();
        shot("07-faktura", 2800);

        // item 6: the officer changes the bank account: no approve button for them, but they can reject the change
        browser.find(By.cssSelector("dl.sk-facts a[href*='/leverantorer/']")).click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("fSkatt")));
        WebElement fSkatt = browser.find(By.id("fSkatt"));
        assertThat(fSkatt.getSize().getWidth()).as("F-skatt is a checkbox, not a bar").isLessThan(40);
        String before = browser.find(By.id("bankgiro")).getAttribute("value");
        browser.find(By.id("bankgiro")).clear();
        browser.find(By.id("bankgiro")).sendKeys(GeneratedInvoices.otherBankgiro());
        browser.find(By.xpath("//button[normalize-space()='Spara']")).click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("review-heading")));
        assertThat(browser.driver().findElements(By.xpath("//button[normalize-space()='Godkänn betalkontot']"))).isEmpty();
        assertThat(browser.find(By.id("own-change")).getText()).contains("Du ändrade själv betalkontot");
        shot("08-leverantor-granskas", 1500);
        browser.find(By.id("reject-reason")).sendKeys("Leverantören känner inte till något nytt konto (samtal 08-123 45 67)");
        browser.find(By.xpath("//button[normalize-space()='Avvisa ändringen']")).click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.invisibilityOfElementLocated(By.id("review-heading")));
        assertThat(browser.find(By.id("bankgiro")).getAttribute("value")).isEqualTo(before);
        shot("09-leverantor-avvisad", 1300);
    }

    private void shot(String name, int height) {
        browser.driver().manage().window().setSize(new Dimension(1366, height));
        browser.screenshot("walkthrough-" + name);
    }
}
