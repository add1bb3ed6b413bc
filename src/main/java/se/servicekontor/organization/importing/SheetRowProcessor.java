package se.servicekontor.organization.importing;

import java.nio.file.Path;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStream;
import org.springframework.batch.infrastructure.item.ItemStreamException;

import se.servicekontor.platform.documents.SafeWorkbooks;
import se.servicekontor.platform.documents.SafeWorkbooks.WorkbookRefused;
import se.servicekontor.platform.jobs.RejectedItemException;

/**
 * Applies a sheet's {@link SheetRules} to each row. On open it reads the whole sheet once, so that
 * duplicates and overlapping periods are judged against every row, also after a restart.
 */
class SheetRowProcessor<T> implements ItemProcessor<SheetRow, T>, ItemStream {

    private final Path file;
    private final SheetRules<T> rules;
    private final Register register;
    private final SafeWorkbooks.Limits limits;
    private WorkbookRows<T> workbook;

    SheetRowProcessor(Path file, SheetRules<T> rules, Register register, SafeWorkbooks.Limits limits) {
        this.file = file;
        this.rules = rules;
        this.register = register;
        this.limits = limits;
    }

    @Override
    public void open(ExecutionContext context) {
        workbook = new WorkbookRows<>(rules);
        try (SheetRows rows = SheetRows.open(file, rules.sheet(), limits)) {
            rows.forEachRemaining(row -> {
                try {
                    workbook.add(row.rowNumber(), rules.parse(new RowFields(row, rules.itemText(row))));
                } catch (RejectedItemException e) {
                    // judged (and skipped) when the row itself is processed
                }
            });
        } catch (WorkbookRefused e) {
            throw new ItemStreamException(e.getMessage(), e);
        }
    }

    @Override
    public T process(SheetRow row) {
        RowFields fields = new RowFields(row, rules.itemText(row));
        T item = rules.parse(fields);
        int first = workbook.firstRowOf(rules.key(item));
        if (first != 0 && first != row.rowNumber()) {
            throw fields.reject(rules.describeKey(item) + " finns redan på rad " + first
                    + ". Ta bort den ena raden eller rätta den.");
        }
        rules.check(item, fields, register, workbook);
        return item;
    }
}
