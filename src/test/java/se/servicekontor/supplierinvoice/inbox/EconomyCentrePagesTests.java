package se.servicekontor.supplierinvoice.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.text.NumberFormat;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import se.servicekontor.platform.audit.AuditTrail;
import se.servicekontor.supplierinvoice.intake.DocumentTerms;
import se.servicekontor.supplierinvoice.intake.GeneratedInvoices;
import se.servicekontor.supplierinvoice.intake.IntakeTestSupport;
import se.servicekontor.supplierinvoice.intake.TestPdfs;

/** Ekonomicenter's pages on PostgreSQL with MockMvc: what an officer sees and does, each change audited. */
class EconomyCentrePagesTests extends IntakeTestSupport {

    static final RequestPostProcessor EKO1 = user("eko1").roles("ECONOMY_OFFICER");
    static final RequestPostProcessor EKO2 = user("eko2").roles("ECONOMY_OFFICER");
    static final RequestPostProcessor AUDITOR = user("revisor").roles("AUDITOR");

    @Autowired
    MockMvc mvc;

    @Autowired
    AuditTrail audit;

    @Test
    void inkorgListsTheInvoiceWithSupplierDatesAmountsVatPerRateAndReference() throws Exception {
        byte[] xml = GeneratedInvoices.invoice(50_001, 7, 3);
        drop("sida-50001.xml", xml);
        assertThat(runIntake("eko1").getStatus()).isEqualTo(BatchStatus.COMPLETED);
        DocumentTerms doc = DocumentTerms.of(xml);

        // issue 18 item 7: the list shows the amount due (BT-115) beside the total; the net (BT-109) is on the invoice page
        String list = page("/ekonomicenter/inkorg?q=GEN-50001", EKO1);

        assertThat(list).contains("GEN-50001", doc.text("BT-27").replace("&", "&amp;"), orgNr(doc.text("BT-30")),
                kronor(doc.amount("BT-112")), kronor(doc.amount("BT-115")), doc.text("BT-10"), "Mottagen");
        doc.vatPerRate().forEach((rate, tax) -> assertThat(list).contains(rate + "\u00a0%: " + kronor(tax)));
        assertThat(page("/ekonomicenter/inkorg?q=finns-inte", EKO1)).contains("Inga fakturor.");
        assertThat(page("/ekonomicenter", EKO1)).contains("Inkorg", "Avvisade filer", "Leverantörer");
    }

    @Test
    void invoicePageShowsLinesAndTheOriginalXmlIndentedAndEscaped() throws Exception {
        byte[] xml = GeneratedInvoices.invoice(50_002, 3, 4);
        drop("sida-50002.xml", xml);
        runIntake("eko1");
        long id = invoiceId("GEN-50002");

        String html = page("/ekonomicenter/inkorg/" + id, EKO1);

        assertThat(html).contains("Faktura GEN-50002", "Rader (3)", "Godkänd för F-skatt", "30 dagar netto",
                "Peppol BIS Billing 3.0.21 (2026.5) UBL Invoice");
        assertThat(html).as("the XML is shown as text, indented").contains("&lt;cbc:ID&gt;GEN-50002&lt;/cbc:ID&gt;")
                .containsPattern("\n  &lt;cbc:IssueDate&gt;").doesNotContain("<cbc:ID>");
        assertThat(html).contains(kronor(DocumentTerms.of(xml).amount("BT-115")));
    }

    @Test
    void anUploadedFacturXPdfIsReceivedAndServedInlineAsTheStoredBytes() throws Exception {
        byte[] pdf = TestPdfs.facturX(GeneratedInvoices.invoice(50_003, 2, 5));
        String location = mvc.perform(multipart("/ekonomicenter/ladda-upp")
                        .file(new MockMultipartFile("filer", "faktura 50003.pdf", "application/pdf", pdf))
                        .with(EKO1).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashSuccess", "Filen faktura 50003.pdf har tagits emot och läses in nu."))
                .andReturn().getResponse().getRedirectedUrl();
        awaitEnd(runId(location));
        long id = invoiceId("GEN-50003");
        long fileId = jdbc.sql("SELECT received_file_id FROM received_invoice WHERE id = ?").param(id).query(Long.class).single();
        assertThat(jdbc.sql("SELECT source_format FROM received_invoice WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo("FACTUR_X");

        byte[] served = mvc.perform(get("/ekonomicenter/filer/" + fileId).with(EKO1))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("inline;")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(served).isEqualTo(pdf);
        assertThat(page("/ekonomicenter/inkorg/" + id, EKO1)).contains("Öppna PDF-filen", "&lt;cbc:ID&gt;GEN-50003");
    }

    @Test
    void anXmlOriginalIsDownloadedNotOpenedInTheBrowser() throws Exception {
        drop("sida-50004.xml", GeneratedInvoices.invoice(50_004, 1, 6));
        runIntake("eko1");
        long fileId = jdbc.sql("SELECT received_file_id FROM received_invoice WHERE invoice_number = 'GEN-50004'").query(Long.class).single();
        mvc.perform(get("/ekonomicenter/filer/" + fileId).with(EKO1))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/octet-stream"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment;")));
        mvc.perform(get("/ekonomicenter/filer/999999").with(EKO1)).andExpect(status().isNotFound());
    }

    @Test
    void aRejectedFileIsReturnedDeletedOrRetriedAndEachActionIsAudited() throws Exception {
        drop("retur.xml", "<Invoice".getBytes(StandardCharsets.UTF_8));
        drop("radera.xml", "inte xml".getBytes(StandardCharsets.UTF_8));
        drop("igen.xml", new byte[0]);
        runIntake("eko1");

        String queue = page("/ekonomicenter/avvisade", EKO1);
        assertThat(queue).contains("retur.xml", "radera.xml", "igen.xml", "Filen är tom (0 byte).");
        long returned = rejectedId("retur.xml");
        long deleted = rejectedId("radera.xml");
        long retried = rejectedId("igen.xml");
        assertThat(page("/ekonomicenter/avvisade/" + returned, EKO1)).contains("Filen kunde inte tolkas som XML", "Försök igen",
                "Markera som returnerad till leverantören");

        mvc.perform(post("/ekonomicenter/avvisade/" + returned + "/returnera").param("meddelande", "Skicka som Peppol BIS 3.")
                .with(EKO1).with(csrf())).andExpect(flash().attribute("flashSuccess", "Markerad som returnerad till leverantören."));
        mvc.perform(post("/ekonomicenter/avvisade/" + deleted + "/radera").param("kommentar", " ").with(EKO1).with(csrf()))
                .andExpect(flash().attribute("flashError", "Skriv en kommentar om varför filen tas bort ur kön."));
        mvc.perform(post("/ekonomicenter/avvisade/" + deleted + "/radera").param("kommentar", "Testfil från leverantören.")
                .with(EKO1).with(csrf())).andExpect(flash().attribute("flashSuccess", "Borttagen ur kön. Filen finns kvar i arkivet."));
        mvc.perform(post("/ekonomicenter/avvisade/" + returned + "/radera").param("kommentar", "x").with(EKO1).with(csrf()))
                .andExpect(flash().attribute("flashError", org.hamcrest.Matchers.startsWith("Filen är inte längre avvisad")));
        String retry = mvc.perform(post("/ekonomicenter/avvisade/" + retried + "/forsok-igen").with(EKO1).with(csrf()))
                .andReturn().getFlashMap().get("flashSuccess").toString();
        awaitEnd(Long.parseLong(retry.replaceAll("\\D", "")));

        assertThat(rejectedStatus(returned)).isEqualTo("RETURNED");
        assertThat(rejectedStatus(deleted)).isEqualTo("DELETED");
        assertThat(rejectedStatus(retried)).as("still empty, so rejected again").isEqualTo("REJECTED");
        assertThat(jdbc.sql("SELECT attempts FROM rejected_file WHERE id = ?").param(retried).query(Integer.class).single()).isEqualTo(2);
        assertThat(audit.latest("invoice.rejected.", 20)).extracting(AuditTrail.AuditEntry::action)
                .contains("invoice.rejected.returned", "invoice.rejected.deleted", "invoice.rejected.retry");
        assertThat(audit.latest("invoice.rejected.returned", 5)).anySatisfy(e -> {
            assertThat(e.actor()).isEqualTo("eko1");
            assertThat(e.after()).contains("Skicka som Peppol BIS 3.");
        });
        assertThat(page("/ekonomicenter/avvisade", EKO1)).doesNotContain("radera.xml", "retur.xml").contains("igen.xml");
    }

    @Test
    void aNewBankAccountOnAKnownSupplierIsHeldForReviewUntilAnotherOfficerConfirmsIt() throws Exception {
        drop("konto-1.xml", GeneratedInvoices.invoiceWithBankgiro("GEN-60001", 1, GeneratedInvoices.bankgiroOf(1)));
        runIntake("eko1");
        drop("konto-2.xml", GeneratedInvoices.invoiceWithBankgiro("GEN-60002", 1, GeneratedInvoices.otherBankgiro()));
        runIntake("eko1");
        long supplierId = jdbc.sql("SELECT supplier_id FROM received_invoice WHERE invoice_number = 'GEN-60002'").query(Long.class).single();

        assertThat(page("/ekonomicenter/leverantorer?granskas=true", EKO1)).contains("Städ &amp; Fastighetsservice AB", "Granskas");
        assertThat(page("/ekonomicenter/inkorg/" + invoiceId("GEN-60002"), EKO1))
                .contains("Leverantörens betalkonto har ändrats och granskas.");
        String supplierPage = page("/ekonomicenter/leverantorer/" + supplierId, EKO1);
        assertThat(supplierPage).contains("Betalkontot har ändrats", "GEN-60002", "Godkänn betalkontot");
        assertThat(audit.latest("supplier.bankAccountChanged", 5)).anySatisfy(e -> assertThat(e.after()).contains("GEN-60002"));

        // An officer changes the account by hand: held for review, and that officer cannot confirm it.
        mvc.perform(post("/ekonomicenter/leverantorer/" + supplierId + "/godkann-konto").with(EKO2).with(csrf()))
                .andExpect(flash().attribute("flashSuccess", "Betalkontot är godkänt. Leverantören kan betalas."));
        mvc.perform(post("/ekonomicenter/leverantorer/" + supplierId).with(EKO1).with(csrf())
                        .param("name", "Städ & Fastighetsservice AB").param("bankgiro", "5050-1055"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/ekonomicenter/leverantorer/" + supplierId + "/godkann-konto").with(EKO1).with(csrf()))
                .andExpect(flash().attribute("flashError", "Du ändrade själv betalkontot. En annan handläggare ska godkänna ändringen."));
        mvc.perform(post("/ekonomicenter/leverantorer/" + supplierId + "/godkann-konto").with(EKO2).with(csrf()))
                .andExpect(flash().attribute("flashSuccess", "Betalkontot är godkänt. Leverantören kan betalas."));
        assertThat(jdbc.sql("SELECT bank_review FROM supplier WHERE id = ?").param(supplierId).query(Boolean.class).single()).isFalse();
        assertThat(audit.latest("supplier.bankAccountConfirmed", 5)).extracting(AuditTrail.AuditEntry::actor).contains("eko2");

        String invalid = mvc.perform(post("/ekonomicenter/leverantorer/" + supplierId).with(EKO1).with(csrf())
                        .param("name", "Städ & Fastighetsservice AB").param("bankgiro", "5050-1056").param("organisationNumber", "123"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(invalid).contains("id=\"bankgiro-error\"", "har fel kontrollsiffra", "id=\"organisationNumber-error\"");

        // Issue 18 item 6: the officer who changed the account does not get the approve button; a change can be rejected,
        // which puts the earlier account back (audited with the reason).
        mvc.perform(post("/ekonomicenter/leverantorer/" + supplierId).with(EKO1).with(csrf())
                        .param("name", "Städ & Fastighetsservice AB").param("bankgiro", GeneratedInvoices.otherBankgiro()))
                .andExpect(status().is3xxRedirection());
        assertThat(page("/ekonomicenter/leverantorer/" + supplierId, EKO1)).contains("Du ändrade själv betalkontot", "Avvisa ändringen")
                .doesNotContain("Godkänn betalkontot</button>");
        assertThat(page("/ekonomicenter/leverantorer/" + supplierId, EKO2)).contains("Godkänn betalkontot</button>", "Avvisa ändringen");
        mvc.perform(post("/ekonomicenter/leverantorer/" + supplierId + "/avvisa-konto").with(EKO2).with(csrf()).param("reason", " "))
                .andExpect(flash().attribute("flashError", "Skriv varför ändringen avvisas, till exempel vad leverantören svarade."));
        mvc.perform(post("/ekonomicenter/leverantorer/" + supplierId + "/avvisa-konto").with(EKO2).with(csrf())
                        .param("reason", "Leverantören har inte bytt konto"))
                .andExpect(flash().attribute("flashSuccess", "Ändringen av betalkontot är avvisad. Leverantören har sitt tidigare konto igen."));
        assertThat(jdbc.sql("SELECT bankgiro || '/' || payment_accounts || '/' || bank_review FROM supplier WHERE id = ?").param(supplierId)
                .query(String.class).single()).isEqualTo("50501055/BG:50501055/false");
        assertThat(audit.latest("supplier.bankAccountRejected", 5)).anySatisfy(e -> {
            assertThat(e.actor()).isEqualTo("eko2");
            assertThat(e.after()).contains("Bankgiro 5050-1055", "Leverantören har inte bytt konto");
        });
        mvc.perform(post("/ekonomicenter/leverantorer/" + supplierId + "/avvisa-konto").with(EKO2).with(csrf()).param("reason", "igen"))
                .andExpect(flash().attribute("flashError", "Leverantörens betalkonto väntar inte på granskning."));
    }

    @Test
    void validateFileShowsTheReportAndKeepsNothing() throws Exception {
        long filesBefore = jdbc.sql("SELECT COUNT(*) FROM received_file").query(Long.class).single();
        byte[] issue116 = Files.readAllBytes(SHARED_DATA.resolve("en16931/ubl/examples/issue116.xml"));

        String rejected = mvc.perform(multipart("/ekonomicenter/validera")
                        .file(new MockMultipartFile("fil", "issue116.xml", "text/xml", issue116)).with(EKO1).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String accepted = mvc.perform(multipart("/ekonomicenter/validera")
                        .file(new MockMultipartFile("fil", "gen.xml", "text/xml", GeneratedInvoices.invoice(50_005, 2, 1)))
                        .with(EKO1).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(rejected).contains("Filen skulle avvisas.", "PEPPOL-COMMON-R049");
        assertThat(accepted).contains("Filen skulle tas emot.", "GEN-50005");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM received_file").query(Long.class).single()).isEqualTo(filesBefore);
    }

    @Test
    void theAuditorReadsEveryPageButIsOfferedNoAction() throws Exception {
        drop("revisor.xml", "<x/>".getBytes(StandardCharsets.UTF_8));
        runIntake("eko1");
        long rejectedId = rejectedId("revisor.xml");
        for (String url : List.of("/ekonomicenter", "/ekonomicenter/inkorg", "/ekonomicenter/avvisade", "/ekonomicenter/manuell",
                "/ekonomicenter/leverantorer", "/ekonomicenter/validera", "/ekonomicenter/ladda-upp")) {
            page(url, AUDITOR);
        }
        assertThat(page("/ekonomicenter/avvisade/" + rejectedId, AUDITOR)).doesNotContain("Försök igen", "forsok-igen");
        mvc.perform(post("/ekonomicenter/avvisade/" + rejectedId + "/forsok-igen").with(AUDITOR).with(csrf()))
                .andExpect(status().isForbidden());
    }

    private String page(String url, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(url).with(who)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private long invoiceId(String number) {
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("SELECT COUNT(*) FROM received_invoice WHERE invoice_number = ?")
                .param(number).query(Long.class).single() > 0);
        return jdbc.sql("SELECT MIN(id) FROM received_invoice WHERE invoice_number = ?").param(number).query(Long.class).single();
    }

    private long rejectedId(String fileName) {
        return jdbc.sql("""
                SELECT r.id FROM rejected_file r JOIN received_file f ON f.id = r.received_file_id WHERE f.original_name = ?""")
                .param(fileName).query(Long.class).single();
    }

    private String rejectedStatus(long rejectedId) {
        return jdbc.sql("SELECT status FROM rejected_file WHERE id = ?").param(rejectedId).query(String.class).single();
    }

    private static long runId(String location) {
        Matcher m = Pattern.compile("/korningar/(\\d+)$").matcher(location);
        assertThat(m.find()).as(location).isTrue();
        return Long.parseLong(m.group(1));
    }

    /** 1 234,50 kr as the pages write amounts. */
    static String kronor(BigDecimal amount) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.forLanguageTag("sv-SE"));
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        return format.format(amount).replace('\u2212', '-') + "\u00a0kr";
    }

    static String orgNr(String digits) {
        return digits.substring(0, 6) + "-" + digits.substring(6);
    }
}
