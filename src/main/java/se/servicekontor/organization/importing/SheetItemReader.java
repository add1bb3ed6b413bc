package se.servicekontor.organization.importing;

import java.nio.file.Path;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import se.servicekontor.platform.documents.SafeWorkbooks;
import se.servicekontor.platform.documents.SafeWorkbooks.WorkbookRefused;
import se.servicekontor.platform.jobs.JobConventions;

/**
 * Reads the non-blank rows of one sheet with the streaming reader. On open it counts the rows for the
 * progress bar ({@link JobConventions#EXPECTED_ITEMS}); after each committed chunk it saves the last row
 * read, so a restarted step continues after it.
 */
class SheetItemReader implements ItemStreamReader<SheetRow> {

    static final String LAST_ROW = "organisation.sheet.lastRow";

    private final Path file;
    private final OrganisationSheet sheet;
    private final SafeWorkbooks.Limits limits;
    private SheetRows rows;
    private int lastRow;

    SheetItemReader(Path file, OrganisationSheet sheet, SafeWorkbooks.Limits limits) {
        this.file = file;
        this.sheet = sheet;
        this.limits = limits;
    }

    @Override
    public void open(ExecutionContext context) {
        try {
            long expected = 0;
            try (SheetRows counting = SheetRows.open(file, sheet, limits)) {
                while (counting.hasNext()) {
                    counting.next();
                    expected++;
                }
            }
            context.putLong(JobConventions.EXPECTED_ITEMS, expected);
            lastRow = context.getInt(LAST_ROW, 0);
            rows = SheetRows.open(file, sheet, limits);
        } catch (WorkbookRefused e) {
            throw new ItemStreamException(e.getMessage(), e);
        }
    }

    @Override
    public SheetRow read() {
        while (rows.hasNext()) {
            SheetRow row = rows.next();
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
