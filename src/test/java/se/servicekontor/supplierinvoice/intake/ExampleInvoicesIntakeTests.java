package se.servicekontor.supplierinvoice.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

/**
 * Every full example invoice under ../shared/data/**&#47;examples (Peppol's examples and snippets, CEN's UBL and
 * CII examples) goes through the whole job on PostgreSQL. The stored totals equal the document's BT-106 …
 * BT-115, read here with plain XPath, and a credit note's are negative. The examples repeat invoices (the
 * same seller, number and amount in several files, and two identical CII files): each such group has exactly
 * one received original, the rest are duplicates pointing to it. issue116.xml claims Peppol but fails its
 * Luhn check and is the one rejected (example-deviations.txt).
 */
class ExampleInvoicesIntakeTests extends IntakeTestSupport {

    private static final List<String> FOLDERS = List.of("peppol-bis-invoice-3/rules/examples",
            "peppol-bis-invoice-3/rules/snippets", "en16931/ubl/examples", "en16931/cii/examples");

    private static final Map<String, String> COLUMNS = Map.of("BT-106", "line_net", "BT-107", "allowances",
            "BT-108", "charges", "BT-109", "net", "BT-110", "vat", "BT-111", "vat_accounting_currency", "BT-112", "total",
            "BT-113", "prepaid", "BT-114", "rounding", "BT-115", "payable");

    @Test
    void everyExampleInvoiceIsReceivedWithTheDocumentsTotalsAndCreditNotesNegative() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String folder : FOLDERS) {
            for (Path file : files(SHARED_DATA.resolve(folder))) {
                files.put(folder.replace('/', '_') + "__" + file.getFileName(), read(file));
            }
        }
        assertThat(files).hasSize(9 + 15 + 18 + 15);
        files.forEach(this::drop);

        JobExecution run = runIntake("eko1");

        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        String rejected = "en16931_ubl_examples__issue116.xml";
        Map<String, Map<String, Object>> invoices = jdbc.sql("""
                        SELECT f.original_name, i.* FROM received_invoice i JOIN received_file f ON f.id = i.received_file_id
                        WHERE f.original_name LIKE '%\\_\\_%' ESCAPE '\\'""")
                .query().listOfRows().stream().collect(Collectors.toMap(r -> (String) r.get("original_name"), r -> r));
        assertThat(invoices.keySet()).containsExactlyInAnyOrderElementsOf(files.keySet().stream().filter(n -> !n.equals(rejected)).toList());
        assertThat(jdbc.sql("""
                SELECT g.rule_id FROM intake_finding g JOIN received_file f ON f.id = g.received_file_id
                WHERE f.original_name = ? AND g.severity = 'FATAL'""").param(rejected).query(String.class).list())
                .contains("PEPPOL-COMMON-R049");

        SoftAssertions softly = new SoftAssertions();
        int creditNotes = 0;
        for (var entry : invoices.entrySet()) {
            DocumentTerms document = DocumentTerms.of(files.get(entry.getKey()));
            BigDecimal sign = document.creditNote() ? BigDecimal.ONE.negate() : BigDecimal.ONE;
            creditNotes += document.creditNote() ? 1 : 0;
            Map<String, Object> row = entry.getValue();
            softly.assertThat(row.get("invoice_number")).as("%s BT-1", entry.getKey()).isEqualTo(document.text("BT-1"));
            softly.assertThat(row.get("credit_note")).as("%s credit note", entry.getKey()).isEqualTo(document.creditNote());
            COLUMNS.forEach((term, column) -> {
                BigDecimal expected = document.amount(term);
                BigDecimal stored = (BigDecimal) row.get(column);
                if (expected == null) {
                    softly.assertThat(stored).as("%s %s absent", entry.getKey(), term).isNull();
                } else {
                    softly.assertThat(stored).as("%s %s", entry.getKey(), term).isNotNull();
                    if (stored != null) {
                        softly.assertThat(stored.compareTo(expected.multiply(sign))).as("%s %s: stored %s, document %s",
                                entry.getKey(), term, stored, expected).isZero();
                    }
                }
            });
        }
        softly.assertAll();
        assertThat(creditNotes).as("the examples hold credit notes").isGreaterThanOrEqualTo(3);
        assertThat(invoices.values()).filteredOn(r -> Boolean.TRUE.equals(r.get("credit_note")))
                .allSatisfy(r -> assertThat((BigDecimal) r.get("payable")).isNegative());

        // Duplicates: per group of identical invoices (same seller, kind, number, currency, amount due), one original.
        Map<String, List<Map<String, Object>>> groups = new HashMap<>();
        invoices.forEach((name, row) -> groups.computeIfAbsent(group(DocumentTerms.of(files.get(name))), k -> new ArrayList<>()).add(row));
        for (var group : groups.entrySet()) {
            List<Map<String, Object>> originals = group.getValue().stream().filter(r -> r.get("status").equals("RECEIVED")).toList();
            assertThat(originals).as("one original in %s", group.getKey()).hasSize(1);
            Object originalId = originals.get(0).get("id");
            assertThat(group.getValue()).filteredOn(r -> !r.get("status").equals("RECEIVED"))
                    .as("the others in %s are its duplicates", group.getKey())
                    .allSatisfy(r -> {
                        assertThat(r.get("status")).isEqualTo("DUPLICATE");
                        assertThat(r.get("duplicate_of")).isEqualTo(originalId);
                    });
        }
        long duplicates = invoices.values().stream().filter(r -> r.get("status").equals("DUPLICATE")).count();
        assertThat(outcomeLine(run)).isEqualTo("57 filer hämtade: " + (56 - duplicates) + " mottagna, " + duplicates
                + " dubbletter, 1 avvisad");
    }

    /** The seller (VAT number, else legal id, else electronic address, else name), kind, number, currency and amount due. */
    private static String group(DocumentTerms d) {
        String seller = Stream.of(d.text("BT-31"), d.text("BT-30"), d.text("BT-34"), d.text("BT-27")).filter(Objects::nonNull)
                .findFirst().orElse("").replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        return seller + "|" + d.creditNote() + "|" + d.text("BT-1") + "|" + d.text("BT-5") + "|"
                + d.amount("BT-115").stripTrailingZeros().toPlainString();
    }

    private static List<Path> files(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> !f.getFileName().toString().equals("SOURCE.txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
