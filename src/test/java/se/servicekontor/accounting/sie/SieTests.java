package se.servicekontor.accounting.sie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.servicekontor.accounting.sie.SieDocument.SieObject;
import se.servicekontor.accounting.sie.SieDocument.SieRow;
import se.servicekontor.accounting.sie.SieDocument.SieVoucher;

class SieTests {

    static final Path EXAMPLES = Path.of("../shared/data/sie/examples");

    /** The "minimal 4I sketch" of FORMAT-NOTES.md, as our model. */
    static SieDocument sketch() {
        Map<String, String> accounts = new LinkedHashMap<>();
        accounts.put("1930", "Bank");
        accounts.put("2440", "Leverantörsskulder");
        accounts.put("2640", "Ingående moms");
        accounts.put("5410", "Förbrukningsinventarier");
        Map<Integer, String> dims = new LinkedHashMap<>();
        dims.put(1, "Ansvar");
        dims.put(6, "Projekt");
        Map<Integer, String> objects = new LinkedHashMap<>();
        objects.put(1, "100");
        objects.put(6, "P17");
        return new SieDocument(0, "Exempel Leverantörsreskontra", "1.0", LocalDate.of(2026, 1, 15), "batch-42",
                "Exempels kommun", "5555555555", null, null, accounts, dims,
                List.of(new SieObject(1, "100", "Barn och utbildning"), new SieObject(6, "P17", "Skolgård Norr")),
                List.of(new SieVoucher("", "", LocalDate.of(2026, 1, 10), "Leverantörsfaktura 88123 Lev 5012", null, List.of(
                                new SieRow("5410", objects, new BigDecimal("10000.00"), null, null, null),
                                new SieRow("2640", Map.of(), new BigDecimal("2500.00"), null, null, null),
                                new SieRow("2440", Map.of(), new BigDecimal("-12500.00"), null, null, null))),
                        new SieVoucher("", "", LocalDate.of(2026, 1, 15), "Leverantörsbetalningar 2026-01-15", null, List.of(
                                new SieRow("2440", Map.of(), new BigDecimal("12500.00"), null, "Lev 5012 faktura 88123", null),
                                new SieRow("2440", Map.of(), new BigDecimal("3400.50"), null, "Lev 6001 faktura 1177", null),
                                new SieRow("1930", Map.of(), new BigDecimal("-15900.50"), null, null, null)))));
    }

    @Test
    void writesTheRecordsOfTheFormatNotesSketchInOrder() {
        String text = new String(SieWriter.write(sketch()), Charset.forName("IBM437"));
        assertThat(text).startsWith("#FLAGGA 0\n#FORMAT PC8\n#SIETYP 4\n#PROGRAM \"Exempel Leverantörsreskontra\" \"1.0\"\n"
                + "#GEN 20260115 \"batch-42\"\n#FNAMN \"Exempels kommun\"\n#ORGNR 555555-5555\n");
        assertThat(text).contains("#OBJEKT 6 \"P17\" \"Skolgård Norr\"\n");
        assertThat(text).contains("#VER \"\" \"\" 20260110 \"Leverantörsfaktura 88123 Lev 5012\"\n{\n"
                + "#TRANS 5410 {1 \"100\" 6 \"P17\"} 10000.00\n#TRANS 2640 {} 2500.00\n#TRANS 2440 {} -12500.00\n}\n");
        assertThat(text).contains("#TRANS 2440 {} 12500.00 \"\" \"Lev 5012 faktura 88123\"\n");
        assertThat(text).doesNotContain("\r");
    }

    @Test
    void swedishLettersAreCodePage437Bytes() {
        byte[] file = SieWriter.write(new SieDocument(0, "P", "1", LocalDate.of(2026, 1, 1), null, "ÅÄÖ åäö é",
                null, null, null, Map.of(), Map.of(), List.of(), List.of()));
        // FORMAT-NOTES: å=0x86, ä=0x84, ö=0x94, Å=0x8F, Ä=0x8E, Ö=0x99, é=0x82
        String line = "#FNAMN \"";
        int at = indexOf(file, line.getBytes()) + line.length();
        assertThat(new int[] {file[at] & 0xFF, file[at + 1] & 0xFF, file[at + 2] & 0xFF, file[at + 4] & 0xFF,
                file[at + 5] & 0xFF, file[at + 6] & 0xFF, file[at + 8] & 0xFF})
                .containsExactly(0x8F, 0x8E, 0x99, 0x86, 0x84, 0x94, 0x82);
        assertThat(SieReader.read(file).companyName()).isEqualTo("ÅÄÖ åäö é");
    }

    @Test
    void charactersCp437LacksGetTheirBaseLetterOrAQuestionMark() {
        // ř is not in CP437 (base r), á is (0xA0), € is not and has no base letter
        byte[] file = SieWriter.write(new SieDocument(0, "P", "1", LocalDate.of(2026, 1, 1), null,
                "Dvořák € \"Citat\" rad\tslut", null, null, null, Map.of(), Map.of(), List.of(), List.of()));
        assertThat(SieReader.read(file).companyName()).isEqualTo("Dvorák ? \"Citat\" rad slut");
    }

    @Test
    void whatWeWriteReadsBackTheSame() {
        SieDocument written = sketch();
        SieDocument read = SieReader.read(SieWriter.write(written));
        assertThat(read.accounts()).isEqualTo(written.accounts());
        assertThat(read.dimensions()).isEqualTo(written.dimensions());
        assertThat(read.objects()).isEqualTo(written.objects());
        assertThat(read.vouchers()).hasSize(2);
        assertThat(read.vouchers().get(0).rows().get(0).objects()).containsExactly(Map.entry(1, "100"), Map.entry(6, "P17"));
        assertThat(read.vouchers().get(1).rows().get(1).amount()).isEqualByComparingTo("3400.50");
        assertThat(read.vouchers().get(1).rows().get(1).text()).isEqualTo("Lev 6001 faktura 1177");
        assertThat(read.organisationNumber()).isEqualTo("555555-5555");
        assertThat(read.vouchers()).allSatisfy(v -> assertThat(v.sum()).isEqualByComparingTo("0"));
    }

    @Test
    void anUnbalancedVoucherIsNeitherWrittenNorRead() {
        SieDocument doc = sketch();
        SieVoucher bad = new SieVoucher("", "", LocalDate.of(2026, 1, 2), "x", null, List.of(
                new SieRow("1930", Map.of(), new BigDecimal("1.00"), null, null, null),
                new SieRow("2440", Map.of(), new BigDecimal("-0.99"), null, null, null)));
        SieDocument unbalanced = new SieDocument(0, "P", "1", doc.generated(), null, "K", null, null, null, Map.of(),
                Map.of(), List.of(), List.of(bad));
        assertThatThrownBy(() -> SieWriter.write(unbalanced)).hasMessageContaining("balanserar inte");
        byte[] file = "#FLAGGA 0\n#VER \"\" \"\" 20260102 \"x\"\n{\n#TRANS 1930 {} 1.00\n#TRANS 2440 {} -0.99\n}\n".getBytes();
        assertThatThrownBy(() -> SieReader.read(file)).hasMessage("Rad 2: verifikationen \"x\" balanserar inte: raderna summerar till 0.01");
    }

    @Test
    void malformedFilesAreRefusedWithTheLine() {
        assertThatThrownBy(() -> SieReader.read("#FLAGGA 0\n#TRANS 1930 {} 1.00\n".getBytes()))
                .hasMessage("Rad 2: #TRANS utanför en verifikation");
        assertThatThrownBy(() -> SieReader.read("#VER A 1 20261301 \"x\"\n{\n}\n".getBytes()))
                .hasMessageContaining("inte ett datum");
        assertThatThrownBy(() -> SieReader.read("#VER A 1 20260101 \"x\"\n{\n#TRANS 1930 {} 1,00\n#TRANS 1930 {} -1,00\n}\n".getBytes()))
                .hasMessageContaining("Rad 3: belopp skrivs med punkt");
    }

    @Test
    void theSupplierInvoiceExampleFileParses() throws Exception {
        SieDocument doc = SieReader.read(Files.readAllBytes(EXAMPLES.resolve("urval_ovnbolag.si")));
        assertThat(doc.flag()).isEqualTo(1);
        assertThat(doc.program()).isEqualTo("Avendo");
        assertThat(doc.companyName()).isEqualTo("Övningsbolaget AB (Ekonomi 60)");
        assertThat(doc.chartType()).isEqualTo("EUBAS97");
        assertThat(doc.accounts()).containsEntry("1030", "Patent").containsEntry("1010", "Balanserade utgifter");
        assertThat(doc.vouchers()).hasSize(16).allSatisfy(v -> assertThat(v.sum()).isEqualByComparingTo("0"));
    }

    @Test
    void thePayrollExampleFileParsesWithItsObjectListsAndQuantities() throws Exception {
        Path file;
        try (var files = Files.list(EXAMPLES)) {
            file = files.filter(p -> p.getFileName().toString().startsWith("LON")).findFirst().orElseThrow();
        }
        SieDocument doc = SieReader.read(Files.readAllBytes(file));
        assertThat(doc.flag()).isZero();
        assertThat(doc.program()).isEqualTo("Kontek Lön");
        assertThat(doc.companyName()).isEqualTo("Demoföretaget AB");
        assertThat(doc.dimensions()).containsEntry(20, "Nivå 4");
        assertThat(doc.vouchers()).hasSize(1);
        SieVoucher v = doc.vouchers().get(0);
        assertThat(v.series()).isEmpty();
        assertThat(v.text()).isEqualTo("Utbetalning löner");
        assertThat(v.registered()).isEqualTo(LocalDate.of(2011, 3, 1));
        assertThat(v.sum()).isEqualByComparingTo("0");
        SieRow multi = v.rows().stream().filter(r -> r.amount().compareTo(new BigDecimal("1312.89")) == 0).findFirst().orElseThrow();
        assertThat(multi.objects()).containsExactly(Map.entry(1, "1234567890"), Map.entry(6, "5200"), Map.entry(20, "N12"));
        assertThat(multi.quantity()).isEqualByComparingTo("3.50");
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
