package se.servicekontor.organization.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.servicekontor.platform.documents.SafeWorkbooks;

/** How cells of a workbook people made by hand reach the row rules: by header, as plain text. */
class SheetRowsTests {

    @Test
    void columnsAreFoundByHeaderWhateverTheirOrderAndCellsReadAsText(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("handgjord.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("d/m/yyyy"));
            Sheet sheet = wb.createSheet(" attesträtter ");
            Row header = sheet.createRow(0);
            String[] headers = {"Kommentar", "Giltig från", "  Beloppsgräns (kr) ", "ANVÄNDARNAMN", "Ansvar", "Typ", "Giltig till", "Ersättare"};
            for (int i = 0; i < headers.length; i++) {
                header.createCell(i).setCellValue(headers[i]);
            }
            Row first = sheet.createRow(1);
            first.createCell(0).setCellValue("ignoreras");
            first.createCell(1).setCellValue(LocalDate.of(2026, 1, 31));
            first.getCell(1).setCellStyle(date);
            first.createCell(2).setCellValue(50_000.5);
            first.createCell(3).setCellValue(" anna\u00A0");
            first.createCell(4).setCellValue(2110);
            first.createCell(5).setCellFormula("\"be\"&\"slut\"");
            sheet.createRow(2).createCell(3).setCellValue("   "); // looks empty
            sheet.createRow(3);                                 // is empty
            Row fourth = sheet.createRow(4);
            fourth.createCell(3).setCellValue("bo");
            fourth.createCell(7).setCellValue(true);
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            wb.write(out);
        }

        List<SheetRow> rows = new ArrayList<>();
        try (SheetRows sheetRows = SheetRows.open(file, OrganisationSheet.ATTEST_RIGHTS, SafeWorkbooks.Limits.DEFAULT)) {
            assertThat(sheetRows.missingHeaders()).isEmpty();
            sheetRows.forEachRemaining(rows::add);
        }

        assertThat(rows).extracting(SheetRow::rowNumber).containsExactly(2, 5);
        SheetRow first = rows.get(0);
        assertThat(first.get("Giltig från")).isEqualTo("2026-01-31");
        assertThat(first.get("Beloppsgräns")).isEqualTo("50000.5");
        assertThat(first.get("Användarnamn")).isEqualTo("anna");
        assertThat(first.get("Ansvar")).isEqualTo("2110");
        assertThat(first.get("Typ")).isEqualTo("beslut");
        assertThat(first.text()).doesNotContain("ignoreras"); // other columns are not part of the row
        assertThat(first.get("Giltig till")).isEmpty();
        assertThat(rows.get(1).get("Ersättare")).isEqualTo("Ja");
        assertThat(first.ref()).isEqualTo("Attesträtter rad 2");
    }

    @Test
    void aLargeNumberIsReadWithAllItsDigits(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("nummer.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("Anställda");
            sheet.createRow(0).createCell(0).setCellValue("Personnummer");
            sheet.createRow(1).createCell(0).setCellValue(198112189876d);
            wb.write(out);
        }

        try (SheetRows rows = SheetRows.open(file, OrganisationSheet.EMPLOYEES, SafeWorkbooks.Limits.DEFAULT)) {
            assertThat(rows.next().get("Personnummer")).isEqualTo("198112189876");
            assertThat(rows.missingHeaders()).containsExactly("Förnamn", "Efternamn", "Ansvar", "Skyddad identitet");
        }
    }
}
