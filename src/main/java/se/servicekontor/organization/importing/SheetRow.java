package se.servicekontor.organization.importing;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * One non-blank row of a sheet as text, by normalised header. Dates read from Excel date cells are ISO
 * text (2026-01-31), numbers are plain decimal text (195001011234, 50000.5).
 *
 * @param rowNumber the row number Excel shows (the header is row 1)
 */
record SheetRow(OrganisationSheet sheet, int rowNumber, Map<String, String> values) {

    SheetRow {
        values = Map.copyOf(values);
    }

    /** The cell under the header, stripped; "" when blank or when the column is not there. */
    String get(String header) {
        return values.getOrDefault(OrganisationSheet.normaliseHeader(header), "");
    }

    /** Where the row is, as an administrator finds it: "Ansvar rad 14". */
    String ref() {
        return sheet.title() + " rad " + rowNumber;
    }

    /** The row's known columns as "Kod=UTB; Namn=Utbildning", for the list of skipped rows. */
    String text() {
        return sheet.headers().stream()
                .filter(h -> !get(h).isEmpty())
                .map(h -> h + "=" + get(h))
                .collect(Collectors.joining("; "));
    }

    @Override
    public String toString() {
        return ref();
    }
}
