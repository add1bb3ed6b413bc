package se.servicekontor.platform.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.servicekontor.platform.documents.SafeWorkbooks.Limits;
import se.servicekontor.platform.documents.SafeWorkbooks.WorkbookRefused;

class SafeWorkbooksTests {

    @TempDir
    Path dir;

    @Test
    void opensAWorkbookWrittenByPoisStreamingWriter() throws Exception {
        // SXSSF writes zip entries with data descriptors, as many HR systems' exports do.
        Path file = dir.resolve("streamed.xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Förvaltningar");
            for (int i = 0; i < 500; i++) {
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue("F" + i);
                row.createCell(1).setCellValue("Förvaltning nummer " + i);
            }
            workbook.write(out);
        }
        try (Workbook workbook = SafeWorkbooks.open(file, Limits.DEFAULT)) {
            int rows = 0;
            for (Row ignored : workbook.getSheet("Förvaltningar")) {
                rows++;
            }
            assertThat(rows).isEqualTo(500);
        }
    }

    @Test
    void refusesAZipBombBeforePoiSeesIt() throws IOException {
        Path file = dir.resolve("bomb.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 300; i++) { // 300 MB of zeros, a few hundred KB compressed
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThatThrownBy(() -> SafeWorkbooks.check(file, Limits.DEFAULT))
                .isInstanceOf(WorkbookRefused.class)
                .hasMessageContaining("misstänkt zip-bomb");
    }

    @Test
    void refusesAnArchiveWithTooManyParts() throws IOException {
        Path file = dir.resolve("many.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (int i = 0; i <= 20; i++) {
                zip.putNextEntry(new ZipEntry("part" + i + ".xml"));
                zip.write("<a/>".getBytes());
                zip.closeEntry();
            }
        }
        assertThatThrownBy(() -> SafeWorkbooks.check(file, new Limits(1_000_000, 20, 200)))
                .isInstanceOf(WorkbookRefused.class)
                .hasMessageContaining("fler än 20 delar");
    }

    @Test
    void refusesAFileThatIsNoWorkbook() throws IOException {
        Path file = dir.resolve("notes.xlsx");
        Files.writeString(file, "Kod;Namn\nF1;Förvaltning\n");
        assertThatThrownBy(() -> SafeWorkbooks.check(file, Limits.DEFAULT))
                .isInstanceOf(WorkbookRefused.class)
                .hasMessage("Filen är ingen Excel-arbetsbok (.xlsx). Använd mallen och spara som .xlsx.");
    }
}
