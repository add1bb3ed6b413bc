package se.servicekontor.supplierinvoice.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.security.MessageDigest;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

/**
 * invoiceIntakeJob end to end on PostgreSQL with an inbox holding one of everything that arrives: UBL, CII,
 * a Factur-X PDF, a plain PDF, an exact copy, and files that cannot be received. Each ends where it belongs,
 * with the reason a person can act on, and the counts add up in the run's outcome line.
 */
class InvoiceIntakeJobTests extends IntakeTestSupport {

    private static final String XXE = """
            <?xml version="1.0"?>
            <!DOCTYPE Invoice [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2">&secret;</Invoice>
            """;

    @Test
    void mixedInboxEndsUpExactlyWhereEachFileBelongs() throws Exception {
        byte[] peppolExample = Files.readAllBytes(SHARED_DATA.resolve("peppol-bis-invoice-3/rules/examples/base-example.xml"));
        byte[] cii = Files.readAllBytes(SHARED_DATA.resolve("en16931/cii/examples/CII_example1.xml"));
        byte[] facturX = TestPdfs.facturX(TestPdfs.ciiExample3());
        drop("base-example.xml", peppolExample);
        drop("kopia av base-example.xml", peppolExample);
        drop("CII_example1.xml", cii);
        drop("faktura-facturx.pdf", facturX);
        drop("inskannad faktura.pdf", TestPdfs.plain("Faktura 4711\nAtt betala 1 250,00 kr"));
        drop("trasig.xml", "<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\"><ID>1</Invoice>".getBytes(StandardCharsets.UTF_8));
        drop("xxe.xml", XXE.getBytes(StandardCharsets.UTF_8));
        drop("order.xml", "<Order xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Order-2\"/>".getBytes(StandardCharsets.UTF_8));
        drop("tom.xml", new byte[0]);
        dropShared("issue116.xml", "en16931/ubl/examples/issue116.xml");
        drop("manga-rader.xml", GeneratedInvoices.invoice(9001, 61, 1));

        JobExecution run = runIntake("eko1");

        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(outcomes(run)).isEqualTo(Map.of(InboxFiles.RECEIVED, 3L, InboxFiles.DUPLICATE, 1L, InboxFiles.REJECTED, 5L,
                InboxFiles.MANUAL, 1L, InboxFiles.QUARANTINED, 1L));
        assertThat(outcomeLine(run)).isEqualTo("11 filer hämtade: 3 mottagna, 1 dubblett, 5 avvisade, "
                + "1 för manuell registrering, 1 i karantän (för många rader)");
        assertThat(leftInFolders()).as("inbox and claim folder are empty").isEmpty();
        assertThat(run.getStepExecutions()).filteredOn(step -> step.getStepName().equals("removeClaimedCopies"))
                .singleElement().satisfies(step -> assertThat(step.getExecutionContext()
                        .getLong(RemoveClaimedCopiesTasklet.SWEPT_COPIES)).as("the partitions removed every copy after its commit")
                        .isZero());

        // The two identical files: one original, one duplicate pointing to it, both with the document's amount due.
        List<Map<String, Object>> copies = invoicesOf("base-example.xml", "kopia av base-example.xml");
        assertThat(copies).extracting(r -> r.get("status")).containsExactlyInAnyOrder("RECEIVED", "DUPLICATE");
        Map<String, Object> original = copies.stream().filter(r -> r.get("status").equals("RECEIVED")).findFirst().orElseThrow();
        Map<String, Object> duplicate = copies.stream().filter(r -> r.get("status").equals("DUPLICATE")).findFirst().orElseThrow();
        assertThat(duplicate.get("duplicate_of")).isEqualTo(original.get("id"));
        DocumentTerms base = DocumentTerms.of(peppolExample);
        assertThat((BigDecimal) original.get("payable")).isEqualByComparingTo(base.amount("BT-115"));
        assertThat(original.get("invoice_number")).isEqualTo(base.text("BT-1"));
        assertThat(original.get("buyer_reference")).isEqualTo(base.text("BT-10"));

        // CII and the CII inside the Factur-X PDF, read from the documents themselves.
        Map<String, Object> ciiRow = invoicesOf("CII_example1.xml").get(0);
        assertThat(ciiRow.get("source_format")).isEqualTo("CII");
        assertThat((BigDecimal) ciiRow.get("payable")).isEqualByComparingTo(DocumentTerms.of(cii).amount("BT-115"));
        Map<String, Object> facturXRow = invoicesOf("faktura-facturx.pdf").get(0);
        DocumentTerms embedded = DocumentTerms.of(TestPdfs.ciiExample3());
        assertThat(facturXRow.get("source_format")).isEqualTo("FACTUR_X");
        assertThat(facturXRow.get("status")).isEqualTo("RECEIVED");
        assertThat(facturXRow.get("invoice_number")).isEqualTo(embedded.text("BT-1"));
        assertThat((BigDecimal) facturXRow.get("total")).isEqualByComparingTo(embedded.amount("BT-112"));
        assertThat(facturXRow.get("sha256")).as("the PDF is kept, byte-exact").isEqualTo(sha256(facturX));

        assertThat(invoicesOf("inskannad faktura.pdf")).singleElement()
                .satisfies(r -> assertThat(r.get("status")).isEqualTo("MANUAL"));
        assertThat(invoicesOf("manga-rader.xml")).singleElement().satisfies(r -> {
            assertThat(r.get("status")).isEqualTo("QUARANTINED");
            assertThat(r.get("line_count")).isEqualTo(61);
            assertThat(r.get("invoice_number")).isEqualTo("GEN-9001");
        });

        // Every rejected file is kept with a reason a person can act on; rule failures list each rule.
        Map<String, String> reasons = rejectedReasons();
        assertThat(reasons).containsOnlyKeys("trasig.xml", "xxe.xml", "order.xml", "tom.xml", "issue116.xml");
        assertThat(reasons.get("trasig.xml")).startsWith("Filen kunde inte tolkas som XML (rad 1");
        assertThat(reasons.get("xxe.xml")).contains("DOCTYPE").doesNotContain("root:");
        assertThat(reasons.get("order.xml")).contains("Okänt format", "{urn:oasis:names:specification:ubl:schema:xsd:Order-2}Order");
        assertThat(reasons.get("tom.xml")).isEqualTo("Filen är tom (0 byte). Be avsändaren skicka fakturan igen.");
        assertThat(reasons.get("issue116.xml")).contains("PEPPOL-COMMON-R049", "Be leverantören rätta fakturan");
        assertThat(jdbc.sql("""
                SELECT g.rule_id FROM intake_finding g JOIN received_file f ON f.id = g.received_file_id
                WHERE f.original_name = 'issue116.xml' AND g.severity = 'FATAL'""").query(String.class).list())
                .contains("PEPPOL-COMMON-R049");
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM received_file WHERE purpose = 'supplier-invoice' AND status = 'REJECTED'
                AND original_name IN ('trasig.xml', 'xxe.xml', 'order.xml', 'tom.xml', 'issue116.xml')""")
                .query(Long.class).single()).as("rejected files are kept too").isEqualTo(5L);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM job_skipped_item WHERE job_execution_id = ?").param(run.getId())
                .query(Long.class).single()).as("Körningar lists the rejected files").isEqualTo(5L);

        // The suppliers came into the register.
        assertThat(jdbc.sql("SELECT COUNT(*) FROM supplier").query(Long.class).single()).isGreaterThanOrEqualTo(3L);
    }

    private List<Map<String, Object>> invoicesOf(String... names) {
        return jdbc.sql("""
                SELECT i.*, f.original_name, f.sha256 FROM received_invoice i JOIN received_file f ON f.id = i.received_file_id
                WHERE f.original_name IN (:names) ORDER BY i.id""").param("names", List.of(names)).query().listOfRows();
    }

    private Map<String, String> rejectedReasons() {
        return jdbc.sql("""
                SELECT f.original_name, r.reason FROM rejected_file r JOIN received_file f ON f.id = r.received_file_id
                WHERE f.original_name IN ('trasig.xml', 'xxe.xml', 'order.xml', 'tom.xml', 'issue116.xml')""")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
