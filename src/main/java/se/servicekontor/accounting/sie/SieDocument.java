package se.servicekontor.accounting.sie;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The content of a SIE 4 file as far as a transaction export (type 4I) needs it; labels the reader does
 * not know are skipped (SIE 4B §7.1). Amounts keep the file's sign rule: debit positive, credit negative.
 *
 * @param flag         {@code #FLAGGA}: 0 as written, 1 once the receiver imported it
 * @param accounts     {@code #KONTO}, account number → name, in file order
 * @param dimensions   {@code #DIM}, dimension number → name
 * @param objects      {@code #OBJEKT}
 */
public record SieDocument(int flag, String program, String programVersion, LocalDate generated, String generatedBy,
        String companyName, String organisationNumber, String chartType, String comment, Map<String, String> accounts,
        Map<Integer, String> dimensions, List<SieObject> objects, List<SieVoucher> vouchers) {

    public SieDocument {
        accounts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(accounts));
        dimensions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(dimensions));
        objects = List.copyOf(objects);
        vouchers = List.copyOf(vouchers);
    }

    /** {@code #OBJEKT dimension id name}. */
    public record SieObject(int dimension, String id, String name) {
    }

    /** {@code #VER series number date text [regdate]} with its {@code #TRANS} rows; series and number may be empty in 4I. */
    public record SieVoucher(String series, String number, LocalDate date, String text, LocalDate registered,
            List<SieRow> rows) {
        public SieVoucher {
            rows = List.copyOf(rows);
        }

        public BigDecimal sum() {
            return rows.stream().map(SieRow::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    /** {@code #TRANS account {objects} amount [date] [text] [quantity]}; objects: dimension → object id, in file order. */
    public record SieRow(String account, Map<Integer, String> objects, BigDecimal amount, LocalDate date, String text,
            BigDecimal quantity) {
        public SieRow {
            objects = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(objects));
        }
    }
}
