package se.servicekontor.organization.importing;

import java.util.List;
import java.util.stream.Stream;

import se.servicekontor.platform.documents.TabularRows;

/**
 * The sheets of the organisation workbook and their columns (Swedish headers on row 1, matched by
 * name, not position; text in parentheses after a header is a hint and ignored; other columns are
 * ignored). A sheet may be missing — then that part of the register is left as it is — but a sheet
 * that is there must have its required columns.
 */
enum OrganisationSheet {

    DEPARTMENTS("Förvaltningar", List.of("Kod", "Namn"), List.of()),
    COST_CENTRES("Ansvar", List.of("Kod", "Namn", "Förvaltning"), List.of()),
    USERS("Användare", List.of("Användarnamn", "Namn", "Roller"), List.of("E-post", "Förvaltning", "Aktiv")),
    EMPLOYEES("Anställda", List.of("Personnummer", "Förnamn", "Efternamn", "Ansvar", "Skyddad identitet"),
            List.of("Användarnamn")),
    ATTEST_RIGHTS("Attesträtter", List.of("Användarnamn", "Ansvar", "Typ", "Beloppsgräns", "Giltig från", "Giltig till"),
            List.of("Ersättare"));

    private final String title;
    private final List<String> requiredHeaders;
    private final List<String> optionalHeaders;

    OrganisationSheet(String title, List<String> requiredHeaders, List<String> optionalHeaders) {
        this.title = title;
        this.requiredHeaders = requiredHeaders;
        this.optionalHeaders = optionalHeaders;
    }

    /** The sheet's name in the workbook, e.g. "Ansvar". */
    String title() {
        return title;
    }

    List<String> requiredHeaders() {
        return requiredHeaders;
    }

    List<String> headers() {
        return Stream.concat(requiredHeaders.stream(), optionalHeaders.stream()).toList();
    }

    /** "Beloppsgräns (kr)" and " beloppsgräns" both become "beloppsgräns". */
    static String normaliseHeader(String header) {
        return TabularRows.normaliseHeader(header);
    }
}
