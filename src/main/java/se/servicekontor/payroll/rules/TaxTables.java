package se.servicekontor.payroll.rules;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.TreeMap;

/**
 * One year's general monthly tax tables (allmänna skattetabeller, månadslön) from Skatteverket's
 * fixed-width file. Immutable; checked on load, so a broken file never reaches a pay run.
 */
// Skatteverket SKV 433 "Teknisk beskrivning för skattetabeller 2026" + "Postbeskrivning allmänna tabeller"
public final class TaxTables {

    static final String BUNDLED_PATH = "/reference-data/skatteverket/allmanna-tabeller-manad-%d.txt";

    private final int year;
    private final NavigableMap<Integer, TaxTable> tables;

    private TaxTables(int year, Map<Integer, TaxTable> tables) {
        this.year = year;
        this.tables = Collections.unmodifiableNavigableMap(new TreeMap<>(tables));
    }

    /**
     * Reads a year's monthly tax table file; the year is the caller's, since the file does not state it.
     *
     * @throws InvalidReferenceData naming the line when the file is broken
     */
    public static TaxTables load(int year, Reader reader) {
        if (year < 2000 || year > 2999)
            throw new IllegalArgumentException("Tax table year must be a four-digit year, was " + year);
        return new TaxTables(year, TaxTableFile.read(reader));
    }

    /** The tables shipped inside the application as reference data, for example 2026. */
    public static TaxTables bundled(int year) {
        String path = String.format(BUNDLED_PATH, year);
        InputStream in = TaxTables.class.getResourceAsStream(path);
        if (in == null)
            throw new IllegalArgumentException("No tax tables for " + year + " are shipped (" + path
                    + "); import Skatteverket's file for that year");
        return load(year, new InputStreamReader(in, StandardCharsets.US_ASCII));
    }

    /** The income year these tables apply to. */
    public int year() {
        return year;
    }

    /** The table numbers present, 29–42 in 2026. */
    public NavigableSet<Integer> tableNumbers() {
        return tables.navigableKeySet();
    }

    public TaxTable table(int number) {
        TaxTable table = tables.get(number);
        if (table == null)
            throw new IllegalArgumentException("There is no tax table " + number + " for " + year + "; tables are "
                    + tables.firstKey() + "–" + tables.lastKey());
        return table;
    }

    /** Monthly tax in whole kronor on taxable cash pay in whole kronor. */
    public long monthlyTax(int table, int column, long taxableKronor) {
        return table(table).monthlyTax(column, taxableKronor);
    }

    /** Monthly tax in whole kronor on taxable cash pay in kronor and öre; the öre are dropped before the lookup. */
    public long monthlyTax(int table, int column, BigDecimal taxablePay) {
        return monthlyTax(table, column, wholeKronor(taxablePay));
    }

    // Skatteverket SKV 433: the table is entered with the month's taxable cash pay in whole kronor, öre dropped
    static long wholeKronor(BigDecimal pay) {
        if (pay.signum() < 0)
            throw new IllegalArgumentException("Taxable pay must not be negative, was " + pay.toPlainString() + " kr");
        return pay.setScale(0, RoundingMode.DOWN).longValueExact();
    }
}
