package se.servicekontor.organization;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/** Counts the data rows of each sheet with plain POI (not the import's reader), for the tests' expectations. */
final class WorkbookCounts {

    private WorkbookCounts() {
    }

    static Map<String, Long> of(Path file) throws IOException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            for (String name : new String[] {"Förvaltningar", "Ansvar", "Användare", "Anställda", "Attesträtter"}) {
                Sheet sheet = wb.getSheet(name);
                long n = 0;
                if (sheet != null) {
                    for (Row row : sheet) {
                        if (row.getRowNum() > 0 && !blank(row)) {
                            n++;
                        }
                    }
                }
                counts.put(name, n);
            }
        }
        return counts;
    }

    private static boolean blank(Row row) {
        for (Cell cell : row) {
            if (cell.getCellType() != CellType.BLANK
                    && !(cell.getCellType() == CellType.STRING && cell.getStringCellValue().isBlank())) {
                return false;
            }
        }
        return true;
    }
}
