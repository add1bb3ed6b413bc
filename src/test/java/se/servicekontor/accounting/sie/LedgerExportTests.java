package se.servicekontor.accounting.sie;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.servicekontor.accounting.ledger.SupplierPostings;
import se.servicekontor.accounting.ledger.SupplierPostings.CostLine;
import se.servicekontor.accounting.ledger.SupplierPostings.Paid;
import se.servicekontor.accounting.ledger.Verification;
import se.servicekontor.shared.Amount;

class LedgerExportTests {

    static final LedgerExport.Sender SENDER = new LedgerExport.Sender("Servicekontor", "1.0", "Exempels kommun", "2120000000", null);
    final SupplierPostings postings = new SupplierPostings(SupplierPostings.Accounts.DEFAULTS);

    List<Verification> month() {
        return List.of(
                postings.payment("payment:1", LocalDate.of(2026, 12, 15), "Leverantörsbetalningar 2026-12-15",
                        List.of(new Paid("Kontorsbolaget faktura 88123", Amount.ofKronor("12500.00")))),
                postings.approvedInvoice("invoice-approved:1", LocalDate.of(2026, 12, 3), "Kontorsbolaget faktura 88123",
                        List.of(new CostLine("5410", "100", Amount.ofKronor("10000.00"))), Amount.ofKronor("2500.00"),
                        Amount.ZERO, Amount.ofKronor("12500.00")));
    }

    @Test
    void aPeriodBecomesA4iFileThatReadsBackBalanced() {
        SieDocument doc = LedgerExport.of(SENDER, YearMonth.of(2026, 12), LocalDate.of(2027, 1, 5), "eko1", month(),
                Map.of("5410", "Förbrukningsinventarier", "2440", "Leverantörsskulder"), Map.of("100", "Barn och utbildning"), null);
        SieDocument read = SieReader.read(SieWriter.write(doc));
        assertThat(read.accounts()).containsExactly(Map.entry("1930", "1930"), Map.entry("2440", "Leverantörsskulder"),
                Map.entry("2640", "2640"), Map.entry("5410", "Förbrukningsinventarier"));
        assertThat(read.dimensions()).containsExactly(Map.entry(1, "Ansvar"));
        assertThat(read.objects()).containsExactly(new SieDocument.SieObject(1, "100", "Barn och utbildning"));
        assertThat(read.vouchers()).extracting(SieDocument.SieVoucher::date)
                .containsExactly(LocalDate.of(2026, 12, 3), LocalDate.of(2026, 12, 15));
        assertThat(read.vouchers()).allSatisfy(v -> assertThat(v.sum()).isEqualByComparingTo("0"));
        assertThat(read.organisationNumber()).isEqualTo("212000-0000");
        assertThat(read.comment()).isEqualTo("Period 2026-12");
    }

    @Test
    void aReExportIsMarked() {
        SieDocument doc = LedgerExport.of(SENDER, YearMonth.of(2026, 12), LocalDate.of(2027, 1, 9), "eko2", month(),
                Map.of(), Map.of(), LocalDate.of(2027, 1, 5));
        String text = new String(SieWriter.write(doc), Charset.forName("IBM437"));
        assertThat(text).contains("#PROSA \"Period 2026-12; OMEXPORT, perioden exporterades tidigare 2027-01-05: importera inte dubbelt\"");
    }
}
