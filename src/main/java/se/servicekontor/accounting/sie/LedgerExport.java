package se.servicekontor.accounting.sie;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import se.servicekontor.accounting.ledger.Verification;
import se.servicekontor.accounting.ledger.Verification.Posting;
import se.servicekontor.accounting.sie.SieDocument.SieObject;
import se.servicekontor.accounting.sie.SieDocument.SieRow;
import se.servicekontor.accounting.sie.SieDocument.SieVoucher;

/**
 * A period's verifications as a SIE 4I file (FORMAT-NOTES.md): every account and cost centre used is
 * declared (#KONTO, #DIM 1 "Ansvar", #OBJEKT; recommended by 4B §6), vouchers in date order with empty
 * series and number so the receiving ledger numbers them (4I rule), and a re-export says so in #PROSA
 * so the receiver does not take it for new vouchers unnoticed.
 */
public final class LedgerExport {

    /** Who we are in the file. {@code chartType} null leaves #KPTYP out (Kommun-Bas is not a listed type). */
    public record Sender(String program, String version, String companyName, String organisationNumber, String chartType) {
    }

    private LedgerExport() {
    }

    /**
     * @param accountNames  account number → name (unknown ones get their number as name)
     * @param costCentres   cost centre id → name
     * @param previousExport when the period was exported before, its date; null on the first export
     */
    public static SieDocument of(Sender sender, YearMonth period, LocalDate generated, String generatedBy,
            List<Verification> verifications, Map<String, String> accountNames, Map<String, String> costCentres,
            LocalDate previousExport) {
        List<Verification> sorted = new ArrayList<>(verifications);
        sorted.sort(Comparator.comparing(Verification::date).thenComparing(Verification::source));
        TreeSet<String> usedAccounts = new TreeSet<>();
        Map<Integer, TreeSet<String>> usedObjects = new TreeMap<>();
        List<SieVoucher> vouchers = new ArrayList<>();
        for (Verification v : sorted) {
            List<SieRow> rows = new ArrayList<>();
            for (Posting p : v.postings()) {
                usedAccounts.add(p.account());
                p.objects().forEach((dim, id) -> usedObjects.computeIfAbsent(dim, d -> new TreeSet<>()).add(id));
                rows.add(new SieRow(p.account(), new TreeMap<>(p.objects()), p.amount().value(), null, p.text(), null));
            }
            vouchers.add(new SieVoucher("", "", v.date(), v.text(), null, rows));
        }
        Map<String, String> accounts = new LinkedHashMap<>();
        usedAccounts.forEach(a -> accounts.put(a, accountNames.getOrDefault(a, a)));
        Map<Integer, String> dimensions = new LinkedHashMap<>();
        List<SieObject> objects = new ArrayList<>();
        usedObjects.forEach((dim, ids) -> {
            dimensions.put(dim, dim == 1 ? "Ansvar" : dim == 6 ? "Projekt" : "Dimension " + dim);
            ids.forEach(id -> objects.add(new SieObject(dim, id, dim == 1 ? costCentres.getOrDefault(id, id) : id)));
        });
        String comment = "Period " + period + (previousExport == null ? ""
                : "; OMEXPORT, perioden exporterades tidigare " + previousExport + ": importera inte dubbelt");
        return new SieDocument(0, sender.program(), sender.version(), generated, generatedBy, sender.companyName(),
                sender.organisationNumber(), sender.chartType(), comment, accounts, dimensions, objects, vouchers);
    }
}
