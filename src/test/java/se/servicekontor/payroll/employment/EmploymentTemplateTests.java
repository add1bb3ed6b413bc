package se.servicekontor.payroll.employment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The shipped employment template (templates/employment-import.xlsx) has every column the import reads and explains the dated ones. */
class EmploymentTemplateTests {

    @Test
    void theTemplateHasEveryColumnOfTheImportAndExplainsTheDatedRate() throws Exception {
        List<String> headers = new ArrayList<>();
        StringBuilder help = new StringBuilder();
        try (InputStream in = Files.newInputStream(DemoEmploymentsWorkbook.TEMPLATE); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Cell cell : wb.getSheet("Anställningar").getRow(0))
                headers.add(cell.getStringCellValue());
            for (Row row : wb.getSheet("Instruktioner"))
                help.append(row.getCell(0).getStringCellValue()).append('\n');
        }
        assertThat(headers).containsAll(EmploymentSheet.HEADERS)
                .contains("Lön från", "Sysselsättningsgrad (%)", "Ny tjänstgöringsgrad (%)", "Ny tjänstgöringsgrad från");
        assertThat(help).contains("Ny tjänstgöringsgrad (1–100 %) och Ny tjänstgöringsgrad från", "fyll i båda eller ingen",
                "31 250,50");
    }

    @Test
    void theDemoWorkbookHasTheTemplatesColumns() throws Exception {
        try (InputStream in = Files.newInputStream(DemoEmploymentsWorkbook.DEMO); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            List<String> headers = new ArrayList<>();
            for (Cell cell : wb.getSheet("Anställningar").getRow(0))
                headers.add(cell.getStringCellValue());
            assertThat(headers).containsExactlyElementsOf(EmploymentSheet.HEADERS);
        }
    }
}
