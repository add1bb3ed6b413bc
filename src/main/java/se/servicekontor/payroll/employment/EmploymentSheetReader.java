package se.servicekontor.payroll.employment;

import java.nio.file.Path;
import java.util.List;

import org.springframework.batch.infrastructure.item.ItemStreamException;

import se.servicekontor.platform.documents.SafeWorkbooks;
import se.servicekontor.platform.documents.TabularRows;
import se.servicekontor.platform.documents.TabularRows.Line;
import se.servicekontor.platform.jobs.NumberedRowReader;

/**
 * Reads the rows of the Anställningar sheet with the streaming reader, restartably. On open it refuses
 * a workbook without the sheet or its required columns.
 */
class EmploymentSheetReader extends NumberedRowReader<Line> {

    static final String LAST_ROW = "payroll.employment.lastRow";

    EmploymentSheetReader(Path file) {
        super(LAST_ROW, () -> checked(TabularRows.open(file, EmploymentSheet.TITLE, SafeWorkbooks.Limits.DEFAULT)), Line::rowNumber);
    }

    private static TabularRows checked(TabularRows rows) {
        String problem = null;
        if (!rows.sheetPresent()) {
            problem = "Arbetsboken saknar bladet " + EmploymentSheet.TITLE + ". Använd mallen.";
        } else {
            List<String> missing = EmploymentSheet.REQUIRED.stream()
                    .filter(h -> !rows.headers().contains(TabularRows.normaliseHeader(h)))
                    .map(EmploymentRowRules::shortName).toList();
            if (!missing.isEmpty())
                problem = "Bladet " + EmploymentSheet.TITLE + " saknar kolumnerna " + String.join(", ", missing) + ".";
        }
        if (problem != null) {
            rows.close();
            throw new ItemStreamException(problem);
        }
        return rows;
    }
}
