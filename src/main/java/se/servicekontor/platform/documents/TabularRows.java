package se.servicekontor.platform.documents;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import se.servicekontor.platform.documents.SafeWorkbooks.WorkbookRefused;

/**
 * Streams the non-blank data rows of one named sheet of a workbook opened with {@link SafeWorkbooks},
 * each as text by normalised header (row 1 holds the headers; order and case do not matter, text in
 * parentheses is a hint and ignored). Dates become ISO text, numbers plain decimal text. Each instance
 * reads once; a missing sheet yields no rows. Any module importing hand-made workbooks can use it.
 */
public final class TabularRows implements Iterator<TabularRows.Line>, AutoCloseable {

    /** One non-blank row: its number as Excel shows it (header = row 1) and its cells by normalised header. */
    public record Line(String sheet, int rowNumber, Map<String, String> values) {
        public Line {
            values = Map.copyOf(values);
        }

        /** The stripped cell under the header; "" when blank or absent. */
        public String get(String header) {
            return values.getOrDefault(normaliseHeader(header), "");
        }

        /** "Anställningar rad 14". */
        public String ref() {
            return sheet + " rad " + rowNumber;
        }
    }

    private final String sheetTitle;
    private final Workbook workbook;
    private final Iterator<Row> rows;
    private final Map<Integer, String> headerByColumn = new HashMap<>();
    private final Set<String> headers = new LinkedHashSet<>();
    private Line next;

    private TabularRows(Workbook workbook, String sheetTitle) {
        this.sheetTitle = sheetTitle;
        this.workbook = workbook;
        Sheet found = find(workbook, sheetTitle);
        this.rows = found == null ? Collections.emptyIterator() : found.rowIterator();
        if (rows.hasNext()) {
            Row first = rows.next();
            if (first.getRowNum() == 0) {
                for (Cell cell : first) {
                    String header = normaliseHeader(text(cell));
                    if (!header.isEmpty()) {
                        headerByColumn.put(cell.getColumnIndex(), header);
                        headers.add(header);
                    }
                }
            }
        }
    }

    /** Opens the workbook safely and positions after the header row of the named sheet. */
    public static TabularRows open(Path file, String sheetTitle, SafeWorkbooks.Limits limits) throws WorkbookRefused {
        return new TabularRows(SafeWorkbooks.open(file, limits), sheetTitle);
    }

    /** Whether the sheet was found. */
    public boolean sheetPresent() {
        return find(workbook, sheetTitle) != null;
    }

    /** The normalised headers of row 1. */
    public Set<String> headers() {
        return Collections.unmodifiableSet(headers);
    }

    @Override
    public boolean hasNext() {
        while (next == null && rows.hasNext()) {
            Row row = rows.next();
            Map<String, String> values = new HashMap<>();
            for (Cell cell : row) {
                String header = headerByColumn.get(cell.getColumnIndex());
                String value = text(cell);
                if (header != null && !value.isEmpty())
                    values.putIfAbsent(header, value);
            }
            if (!values.isEmpty())
                next = new Line(sheetTitle, row.getRowNum() + 1, values);
        }
        return next != null;
    }

    @Override
    public Line next() {
        if (!hasNext())
            throw new NoSuchElementException();
        Line line = next;
        next = null;
        return line;
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            // read-only streaming workbook: nothing to lose
        }
    }

    /** "Beloppsgräns (kr)" and " beloppsgräns" both become "beloppsgräns". */
    public static String normaliseHeader(String header) {
        String text = header == null ? "" : header.replace('\u00A0', ' ');
        int hint = text.indexOf('(');
        if (hint > 0)
            text = text.substring(0, hint);
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static Sheet find(Workbook workbook, String title) {
        for (int i = 0; i < workbook.getNumberOfSheets(); i++)
            if (workbook.getSheetName(i).strip().equalsIgnoreCase(title))
                return workbook.getSheetAt(i);
        return null;
    }

    /** A cell as the text a person sees, minus formatting: ISO dates, plain numbers, formulas by their result. */
    public static String text(Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        String text = switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN -> cell.getBooleanCellValue() ? "Ja" : "Nej";
            default -> "";
        };
        return text == null ? "" : text.replace('\u00A0', ' ').strip();
    }
}
