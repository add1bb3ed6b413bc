package se.servicekontor.organization.importing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import se.servicekontor.platform.documents.SafeWorkbooks;
import se.servicekontor.platform.documents.TabularRows;
import se.servicekontor.platform.documents.SafeWorkbooks.WorkbookRefused;

/**
 * Streams the non-blank data rows of one sheet of a workbook opened with {@link SafeWorkbooks}. Each
 * instance reads once; open a new one for another pass. A missing sheet yields no rows.
 */
final class SheetRows implements Iterator<SheetRow>, AutoCloseable {

    private final OrganisationSheet sheet;
    private final Workbook workbook;
    private final Iterator<Row> rows;
    private final Map<Integer, String> headerByColumn = new HashMap<>();
    private final Set<String> headers = new LinkedHashSet<>();
    private SheetRow next;

    private SheetRows(OrganisationSheet sheet, Workbook workbook) {
        this.sheet = sheet;
        this.workbook = workbook;
        Sheet found = find(workbook, sheet);
        this.rows = found == null ? java.util.Collections.emptyIterator() : found.rowIterator();
        if (rows.hasNext()) {
            Row first = rows.next();
            if (first.getRowNum() == 0) {
                for (Cell cell : first) {
                    String header = OrganisationSheet.normaliseHeader(text(cell));
                    if (!header.isEmpty()) {
                        headerByColumn.put(cell.getColumnIndex(), header);
                        headers.add(header);
                    }
                }
            } else {
                advanceFrom(first);
            }
        }
    }

    static SheetRows open(Path file, OrganisationSheet sheet, SafeWorkbooks.Limits limits) throws WorkbookRefused {
        return new SheetRows(sheet, SafeWorkbooks.open(file, limits));
    }

    /** Whether the workbook has this sheet (names compared without case and surrounding spaces). */
    static boolean present(Workbook workbook, OrganisationSheet sheet) {
        return find(workbook, sheet) != null;
    }

    /** The normalised headers of row 1 ({@code []} when the sheet is missing or row 1 is empty). */
    Set<String> headers() {
        return headers;
    }

    /** Required headers the sheet lacks, as the template spells them. */
    List<String> missingHeaders() {
        return sheet.requiredHeaders().stream()
                .filter(h -> !headers.contains(OrganisationSheet.normaliseHeader(h))).toList();
    }

    @Override
    public boolean hasNext() {
        while (next == null && rows.hasNext()) {
            advanceFrom(rows.next());
        }
        return next != null;
    }

    @Override
    public SheetRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        SheetRow row = next;
        next = null;
        return row;
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            // read-only streaming workbook: nothing was written, nothing to lose
        }
    }

    private void advanceFrom(Row row) {
        Map<String, String> values = new HashMap<>();
        for (Cell cell : row) {
            String header = headerByColumn.get(cell.getColumnIndex());
            String value = text(cell);
            if (header != null && !value.isEmpty()) {
                values.putIfAbsent(header, value);
            }
        }
        if (!values.isEmpty()) {
            next = new SheetRow(sheet, row.getRowNum() + 1, values);
        }
    }

    private static Sheet find(Workbook workbook, OrganisationSheet sheet) {
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            if (workbook.getSheetName(i).strip().equalsIgnoreCase(sheet.title())) {
                return workbook.getSheetAt(i);
            }
        }
        return null;
    }

    /** A cell as the text a person sees, minus formatting: ISO dates, plain numbers (the platform's rule). */
    static String text(Cell cell) {
        return TabularRows.text(cell);
    }
}
