package se.servicekontor.payroll.employment;

import java.nio.file.Path;
import java.util.List;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import se.servicekontor.platform.documents.SafeWorkbooks;
import se.servicekontor.platform.documents.SafeWorkbooks.WorkbookRefused;
import se.servicekontor.platform.documents.TabularRows;
import se.servicekontor.platform.documents.TabularRows.Line;
import se.servicekontor.platform.jobs.JobConventions;

/**
 * Reads the rows of the Anställningar sheet with the streaming reader. On open it refuses a workbook
 * without the sheet or its required columns, and counts the rows for the progress bar; after each
 * committed chunk it saves the last row read, so a restarted step continues after it.
 */
class EmploymentSheetReader implements ItemStreamReader<Line> {

    static final String LAST_ROW = "payroll.employment.lastRow";

    private final Path file;
    private TabularRows rows;
    private int lastRow;

    EmploymentSheetReader(Path file) {
        this.file = file;
    }

    @Override
    public void open(ExecutionContext context) {
        try {
            long expected = 0;
            try (TabularRows counting = TabularRows.open(file, EmploymentSheet.TITLE, SafeWorkbooks.Limits.DEFAULT)) {
                if (!counting.sheetPresent())
                    throw new ItemStreamException("Arbetsboken saknar bladet " + EmploymentSheet.TITLE + ". Använd mallen.");
                List<String> missing = EmploymentSheet.REQUIRED.stream()
                        .filter(h -> !counting.headers().contains(TabularRows.normaliseHeader(h)))
                        .map(EmploymentRowRules::shortName).toList();
                if (!missing.isEmpty())
                    throw new ItemStreamException("Bladet " + EmploymentSheet.TITLE + " saknar kolumnerna " + String.join(", ", missing) + ".");
                while (counting.hasNext()) {
                    counting.next();
                    expected++;
                }
            }
            context.putLong(JobConventions.EXPECTED_ITEMS, expected);
            lastRow = context.getInt(LAST_ROW, 0);
            rows = TabularRows.open(file, EmploymentSheet.TITLE, SafeWorkbooks.Limits.DEFAULT);
        } catch (WorkbookRefused e) {
            throw new ItemStreamException(e.getMessage(), e);
        }
    }

    @Override
    public Line read() {
        while (rows.hasNext()) {
            Line row = rows.next();
            if (row.rowNumber() > lastRow) {
                lastRow = row.rowNumber();
                return row;
            }
        }
        return null;
    }

    @Override
    public void update(ExecutionContext context) {
        context.putInt(LAST_ROW, lastRow);
    }

    @Override
    public void close() {
        if (rows != null) {
            rows.close();
            rows = null;
        }
    }
}
