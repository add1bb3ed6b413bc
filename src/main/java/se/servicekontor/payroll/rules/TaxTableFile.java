package se.servicekontor.payroll.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads and checks Skatteverket's monthly tax table file: every table from 29 up to at least 42
 * present, in order, each one's bands contiguous from 1 kr (no gaps, no overlaps), the tax of every
 * column not decreasing from one kronor row to the next, kronor rows first, then percentage rows ending in an open-ended top row. A broken file is refused with the
 * line named.
 */
final class TaxTableFile {

    // Skatteverket SKV 433 (2026): tables 29–42; a later year may add higher tables, never drop these
    static final int FIRST_TABLE = 29;
    static final int LAST_REQUIRED_TABLE = 42;

    private final Map<Integer, TaxTable> tables = new TreeMap<>();
    private final List<TaxTableLine> current = new ArrayList<>();
    private int lineNumber;

    private TaxTableFile() {
    }

    static Map<Integer, TaxTable> read(Reader reader) {
        TaxTableFile file = new TaxTableFile();
        try (BufferedReader lines = new BufferedReader(reader)) {
            for (String text = lines.readLine(); text != null; text = lines.readLine())
                file.accept(TaxTableLine.parse(++file.lineNumber, text));
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not read the tax table file after line " + file.lineNumber, e);
        }
        return file.finish();
    }

    private void accept(TaxTableLine line) {
        if (current.isEmpty())
            startTable(line, FIRST_TABLE - 1);
        else if (line.table() != current.get(0).table()) {
            int previous = current.get(0).table();
            closeTable();
            startTable(line, previous);
        }
        else
            continueTable(line, current.get(current.size() - 1));
        current.add(line);
    }

    private void startTable(TaxTableLine line, int previousTable) {
        int expected = previousTable + 1;
        if (previousTable < FIRST_TABLE && line.table() < FIRST_TABLE)
            throw new InvalidReferenceData(line.lineNumber(), "the file starts with table " + line.table()
                    + "; the monthly tables start at " + FIRST_TABLE);
        if (tables.containsKey(line.table()) || line.table() < expected)
            throw new InvalidReferenceData(line.lineNumber(), "table " + line.table() + " comes after table " + previousTable
                    + "; tables must be listed once each, in ascending order");
        if (line.table() > expected)
            throw new InvalidReferenceData(line.lineNumber(), "table " + line.table() + " follows "
                    + (previousTable < FIRST_TABLE ? "the start of the file" : "table " + previousTable)
                    + ": table " + expected + " is missing");
        if (line.percentRow() || line.from() != 1)
            throw new InvalidReferenceData(line.lineNumber(), "table " + line.table() + " must start with a kronor (B) row from 1 kr, found "
                    + (line.percentRow() ? "a percentage row " : "a kronor row ") + line.band());
    }

    private void continueTable(TaxTableLine line, TaxTableLine previous) {
        if (previous.open())
            throw new InvalidReferenceData(line.lineNumber(), "table " + line.table() + " continues after its open-ended top row on line "
                    + previous.lineNumber());
        if (previous.percentRow() && !line.percentRow())
            throw new InvalidReferenceData(line.lineNumber(), "table " + line.table() + " has a kronor (B) row after its percentage rows");
        long expected = previous.to() + 1;
        if (line.from() > expected)
            throw new InvalidReferenceData(line.lineNumber(), "table " + line.table() + " band " + line.band() + " leaves a gap: line "
                    + previous.lineNumber() + " ends at " + previous.to() + " kr, so this band must start at " + expected + " kr");
        if (line.from() < expected)
            throw new InvalidReferenceData(line.lineNumber(), "table " + line.table() + " band " + line.band() + " overlaps line "
                    + previous.lineNumber() + ", which ends at " + previous.to() + " kr");
        if (!line.percentRow())
            for (int c = 0; c < TaxTableLine.COLUMNS; c++)
                if (line.columns()[c] < previous.columns()[c])
                    throw new InvalidReferenceData(line.lineNumber(), "table " + line.table() + " column " + (c + 1) + " falls from "
                            + previous.columns()[c] + " kr on line " + previous.lineNumber() + " to " + line.columns()[c]
                            + " kr at " + line.band() + "; tax must not decrease as income rises");
    }

    private void closeTable() {
        TaxTableLine last = current.get(current.size() - 1);
        int table = last.table();
        if (!last.open())
            throw new InvalidReferenceData(last.lineNumber(), "table " + table + " ends at " + last.to()
                    + " kr without an open-ended top row (blank income to)");
        if (!last.percentRow())
            throw new InvalidReferenceData(last.lineNumber(), "table " + table + " has no percentage rows above its kronor rows");
        tables.put(table, new TaxTable(table, List.copyOf(current)));
        current.clear();
    }

    private Map<Integer, TaxTable> finish() {
        if (current.isEmpty())
            throw new InvalidReferenceData(0, "the tax table file is empty");
        int last = current.get(0).table();
        closeTable();
        if (last < LAST_REQUIRED_TABLE)
            throw new InvalidReferenceData(lineNumber, "the file ends after table " + last + ": "
                    + (last + 1 == LAST_REQUIRED_TABLE ? "table " + LAST_REQUIRED_TABLE + " is"
                            : "tables " + (last + 1) + "–" + LAST_REQUIRED_TABLE + " are") + " missing");
        return tables;
    }
}
