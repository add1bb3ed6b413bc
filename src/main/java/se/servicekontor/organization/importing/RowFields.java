package se.servicekontor.organization.importing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import se.servicekontor.platform.jobs.RejectedItemException;

/** Typed reading of one row's cells; anything wrong becomes a rejection that names sheet, row and fix. */
final class RowFields {

    private final SheetRow row;
    private final String itemText;

    RowFields(SheetRow row) {
        this(row, row.text());
    }

    /** @param itemText what the list of skipped rows may show of this row (employees: no identity) */
    RowFields(SheetRow row, String itemText) {
        this.row = row;
        this.itemText = itemText;
    }

    SheetRow row() {
        return row;
    }

    /** A rejection of this row: "Ansvar rad 14: okänd förvaltning 'SKL'. Lägg till den …". */
    RejectedItemException reject(String problemAndFix) {
        return new RejectedItemException(row.ref(), row.ref() + ": " + problemAndFix, itemText);
    }

    String required(String header, String whatToFill, int maxLength) {
        String value = row.get(header);
        if (value.isEmpty()) {
            throw reject(header + " saknas. " + whatToFill);
        }
        return withinLength(header, value, maxLength);
    }

    /** The text, or null when blank. */
    String optional(String header, int maxLength) {
        String value = row.get(header);
        return value.isEmpty() ? null : withinLength(header, value, maxLength);
    }

    LocalDate date(String header, boolean required) {
        String value = row.get(header);
        if (value.isEmpty()) {
            if (required) {
                throw reject(header + " saknas. Skriv datumet som ÅÅÅÅ-MM-DD, t.ex. 2026-01-01.");
            }
            return null;
        }
        try {
            return LocalDate.parse(value.length() > 10 && value.charAt(10) == ' ' ? value.substring(0, 10) : value);
        } catch (DateTimeParseException e) {
            throw reject(header + " '" + value + "' är inget datum. Skriv datumet som ÅÅÅÅ-MM-DD, t.ex. 2026-01-01.");
        }
    }

    /** Ja/Nej (also J/N, X, true/false, 1/0); blank gives the default. */
    boolean yesNo(String header, boolean blankMeans) {
        String value = row.get(header).toLowerCase(Locale.ROOT);
        return switch (value) {
            case "" -> blankMeans;
            case "ja", "j", "x", "true", "sant", "1", "yes" -> true;
            case "nej", "n", "false", "falskt", "0", "no" -> false;
            default -> throw reject(header + " '" + row.get(header) + "' ska vara Ja eller Nej.");
        };
    }

    private String withinLength(String header, String value, int maxLength) {
        if (value.length() > maxLength) {
            throw reject(header + " är längre än " + maxLength + " tecken. Korta texten.");
        }
        return value;
    }
}
