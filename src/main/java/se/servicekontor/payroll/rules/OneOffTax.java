package se.servicekontor.payroll.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Preliminary tax on one-off payments (skatteavdrag från engångsbelopp: retro pay, bonus, vacation
 * compensation at termination) from the employee's main employer: a percentage of the amount by the
 * expected annual income including the amount, from Skatteverket's one-off table for the column of
 * the tax decision. Decisions other than a table use their own percentage. The table is dated
 * reference data, {@code reference-data/skatteverket/engangsbelopp-YYYY.csv}.
 */
// Skatteförfarandelagen (2011:1244) 12 kap. 6 § (engångsbelopp); Skatteverket's table per column since 2020 — 2026 bands UNCONFIRMED
public final class OneOffTax {

    static final String BUNDLED_PATH = "/reference-data/skatteverket/engangsbelopp-%d.csv";
    static final List<Integer> BUNDLED_YEARS = List.of(2026); // add next year's file here with its SOURCE.txt entry
    static final String HEADER = "valid_from,valid_to,column,income_from,income_to,percent";

    /** One band: whole-kronor annual income from–to (to null = open) and the percentage of the one-off amount. */
    public record Band(LocalDate validFrom, LocalDate validTo, int column, long incomeFrom, Long incomeTo, BigDecimal percent) {
        public Band {
            Objects.requireNonNull(validFrom, "validFrom");
            Objects.requireNonNull(validTo, "validTo");
            if (validTo.isBefore(validFrom))
                throw new IllegalArgumentException("valid_to " + validTo + " is before valid_from " + validFrom);
            if (column < 1 || column > 6)
                throw new IllegalArgumentException("column must be 1–6, was " + column);
            if (incomeTo != null && incomeTo < incomeFrom)
                throw new IllegalArgumentException("income_to " + incomeTo + " is below income_from " + incomeFrom);
            if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0)
                throw new IllegalArgumentException("percent must be 0–100, was " + percent.toPlainString());
        }

        boolean sameTable(Band other) {
            return column == other.column && validFrom.equals(other.validFrom) && validTo.equals(other.validTo);
        }
    }

    private final List<Band> bands;

    private OneOffTax(List<Band> bands) {
        this.bands = List.copyOf(bands);
    }

    /** The tables shipped inside the application (2026: column 1 only, UNCONFIRMED — see SOURCE.txt). */
    public static OneOffTax bundled() {
        List<Band> all = new ArrayList<>();
        for (int year : BUNDLED_YEARS) {
            String path = String.format(BUNDLED_PATH, year);
            InputStream in = OneOffTax.class.getResourceAsStream(path);
            if (in == null)
                throw new IllegalStateException("The bundled one-off tax table is missing: " + path);
            all.addAll(load(new InputStreamReader(in, StandardCharsets.UTF_8)).bands);
        }
        return new OneOffTax(all);
    }

    /**
     * Reads bands in the CSV layout of {@link #HEADER}; {@code #} lines are comments. Each column's
     * bands for a validity must run from 0 kr without gaps or overlaps and end in an open band.
     *
     * @throws InvalidReferenceData naming the line when a row is wrong
     */
    public static OneOffTax load(Reader reader) {
        List<Band> bands = new ArrayList<>();
        int lineNumber = 0;
        try (BufferedReader lines = new BufferedReader(reader)) {
            boolean header = false;
            for (String text = lines.readLine(); text != null; text = lines.readLine()) {
                lineNumber++;
                if (text.isBlank() || text.startsWith("#"))
                    continue;
                if (!header) {
                    if (!text.strip().equals(HEADER))
                        throw new InvalidReferenceData(lineNumber, "the header must be \"" + HEADER + "\"");
                    header = true;
                    continue;
                }
                Band band = parse(lineNumber, text);
                Band previous = bands.stream().filter(band::sameTable).reduce((a, b) -> b).orElse(null);
                long expectedFrom = previous == null ? 0 : previous.incomeTo() == null ? -1 : previous.incomeTo() + 1;
                if (expectedFrom < 0)
                    throw new InvalidReferenceData(lineNumber, "column " + band.column() + " continues after its open top band");
                if (band.incomeFrom() != expectedFrom)
                    throw new InvalidReferenceData(lineNumber, "column " + band.column() + " band must start at " + expectedFrom
                            + " kr (no gaps or overlaps), starts at " + band.incomeFrom());
                for (Band other : bands)
                    if (other.column() == band.column() && !other.validFrom().equals(band.validFrom())
                            && !other.validFrom().isAfter(band.validTo()) && !band.validFrom().isAfter(other.validTo()))
                        throw new InvalidReferenceData(lineNumber, "column " + band.column() + " overlaps another table's dates");
                bands.add(band);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not read the one-off tax table after line " + lineNumber, e);
        }
        if (bands.isEmpty())
            throw new InvalidReferenceData(lineNumber, "there are no bands");
        for (Band band : bands)
            if (bands.stream().filter(band::sameTable).noneMatch(b -> b.incomeTo() == null))
                throw new InvalidReferenceData(lineNumber, "column " + band.column() + " from " + band.validFrom() + " has no open top band");
        return new OneOffTax(bands);
    }

    /** Several years' tables as one (each year's set stored on its own); two tables of one column whose dates overlap are refused. */
    public static OneOffTax of(List<OneOffTax> tables) {
        List<Band> all = new ArrayList<>();
        for (OneOffTax table : tables)
            for (Band band : table.bands) {
                for (Band other : all)
                    if (other.column() == band.column() && !other.validFrom().equals(band.validFrom())
                            && !other.validFrom().isAfter(band.validTo()) && !band.validFrom().isAfter(other.validTo()))
                        throw new IllegalArgumentException("One-off tax column " + band.column() + " from " + band.validFrom()
                                + " overlaps the table from " + other.validFrom());
                all.add(band);
            }
        return new OneOffTax(all);
    }

    /** Every band, in the order read. */
    public List<Band> bands() {
        return bands;
    }

    /** The columns (1–6) with a table valid on the date. */
    public java.util.SortedSet<Integer> columnsOn(LocalDate date) {
        java.util.SortedSet<Integer> columns = new java.util.TreeSet<>();
        for (Band b : bands)
            if (!date.isBefore(b.validFrom()) && !date.isAfter(b.validTo()))
                columns.add(b.column());
        return columns;
    }

    /** The percentage for a payment date, decision column and expected annual income (including the one-off amount). */
    public BigDecimal percent(LocalDate paymentDate, int column, BigDecimal expectedAnnualIncome) {
        long kronor = expectedAnnualIncome.max(BigDecimal.ZERO).setScale(0, RoundingMode.DOWN).longValueExact();
        return bands.stream()
                .filter(b -> b.column() == column && !paymentDate.isBefore(b.validFrom()) && !paymentDate.isAfter(b.validTo()))
                .filter(b -> kronor >= b.incomeFrom() && (b.incomeTo() == null || kronor <= b.incomeTo()))
                .max(Comparator.comparing(Band::validFrom)).map(Band::percent)
                .orElseThrow(() -> new IllegalArgumentException("No one-off tax table for column " + column + " on " + paymentDate
                        + "; import Skatteverket's table for engångsbelopp " + paymentDate.getYear()));
    }

    /**
     * Tax in whole kronor on one-off payments.
     *
     * @param expectedAnnualIncome the income expected from this employer in the year, including the one-off amount
     * @param oneOffAmount the one-off payments of the month, not negative
     */
    // The percentage applied to whole kronor and rounded down, as for the monthly table's percentage rows — UNCONFIRMED
    public long taxFor(TaxDecision decision, LocalDate paymentDate, BigDecimal expectedAnnualIncome, BigDecimal oneOffAmount) {
        Objects.requireNonNull(decision, "decision");
        long kronor = TaxTables.wholeKronor(oneOffAmount);
        BigDecimal percent;
        if (decision instanceof TaxDecision.Table table)
            percent = percent(paymentDate, table.column(), expectedAnnualIncome);
        else if (decision instanceof TaxDecision.FixedPercent fixed)
            percent = fixed.percent();
        else if (decision instanceof TaxDecision.SecondaryIncome secondary)
            percent = secondary.percent(); // Skatteverket: from a secondary employer 30 % also on one-off payments
        else if (decision instanceof TaxDecision.Sink sink)
            percent = sink.percent();
        else
            throw new IllegalArgumentException("Unknown tax decision " + decision);
        return PreliminaryTax.percentRoundedDown(kronor, percent);
    }

    private static Band parse(int lineNumber, String text) {
        String[] fields = text.split(",", -1);
        if (fields.length != 6)
            throw new InvalidReferenceData(lineNumber, "has " + fields.length + " fields; expected 6: " + HEADER);
        try {
            return new Band(LocalDate.parse(fields[0].strip()), LocalDate.parse(fields[1].strip()), Integer.parseInt(fields[2].strip()),
                    Long.parseLong(fields[3].strip()), fields[4].isBlank() ? null : Long.valueOf(fields[4].strip()),
                    new BigDecimal(fields[5].strip()));
        }
        catch (NumberFormatException e) {
            throw new InvalidReferenceData(lineNumber, "a number is not a number: \"" + text + "\"");
        }
        catch (DateTimeParseException | IllegalArgumentException e) {
            throw new InvalidReferenceData(lineNumber, e.getMessage());
        }
    }
}
