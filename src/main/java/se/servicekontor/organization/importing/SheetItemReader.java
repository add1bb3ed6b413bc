package se.servicekontor.organization.importing;

import java.nio.file.Path;

import se.servicekontor.platform.documents.SafeWorkbooks;
import se.servicekontor.platform.jobs.NumberedRowReader;

/** Reads the non-blank rows of one sheet of the organisation workbook with the streaming reader; restartable. */
class SheetItemReader extends NumberedRowReader<SheetRow> {

    static final String LAST_ROW = "organisation.sheet.lastRow";

    SheetItemReader(Path file, OrganisationSheet sheet, SafeWorkbooks.Limits limits) {
        super(LAST_ROW, () -> SheetRows.open(file, sheet, limits), SheetRow::rowNumber);
    }
}
