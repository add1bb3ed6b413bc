package se.servicekontor.organization;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Workbooks the tests make: variants of the demo workbook and files that must be refused. */
public final class TestWorkbooks {

    private TestWorkbooks() {
    }

    /** The demo workbook with a change applied, written to a new file in the directory. */
    public static Path demoWith(Path directory, String name, Consumer<XSSFWorkbook> change) throws IOException {
        Path file = directory.resolve(name);
        try (InputStream in = Files.newInputStream(ImportJobRunner.DEMO); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            change.accept(wb);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }

    /** Adds a row of text cells at the end of the sheet; returns its row number as Excel shows it. */
    public static int append(Sheet sheet, String... values) {
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                row.createCell(i).setCellValue(values[i]);
            }
        }
        return row.getRowNum() + 1;
    }

    /** The first data row whose cells in the given columns read as the given texts. */
    public static Row find(Sheet sheet, int column, String value, int column2, String value2) {
        DataFormatter text = new DataFormatter();
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && value.equals(text.formatCellValue(row.getCell(column)))
                    && (value2 == null || value2.equals(text.formatCellValue(row.getCell(column2))))) {
                return row;
            }
        }
        throw new IllegalArgumentException("No row with " + value + " / " + value2 + " on " + sheet.getSheetName());
    }

    public static void set(Row row, int column, String value) {
        Cell cell = row.getCell(column) == null ? row.createCell(column) : row.getCell(column);
        cell.setCellValue(value);
    }

    public static void set(Row row, int column, double value) {
        Cell cell = row.getCell(column) == null ? row.createCell(column) : row.getCell(column);
        cell.setCellValue(value);
    }

    /** A small zip whose one part, named like a worksheet, inflates to 50 MB of zeros. */
    public static Path zipBomb(Path directory) throws IOException {
        Path file = directory.resolve("bomb.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes());
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 50; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return file;
    }

    /** The demo workbook encrypted with a password (agile encryption, as Excel does). */
    public static Path encrypted(Path directory) throws Exception {
        Path file = directory.resolve("krypterad.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("hemligt");
            try (InputStream in = Files.newInputStream(ImportJobRunner.DEMO); XSSFWorkbook wb = new XSSFWorkbook(in);
                 OutputStream data = encryptor.getDataStream(fs)) {
                wb.write(data);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        return file;
    }

    /**
     * A workbook whose Förvaltningar sheet has this many data rows. Written with XSSFWorkbook: files
     * from SXSSFWorkbook (POI 5.5.1) are refused by SafeWorkbooks' java.util.zip check (local headers
     * without sizes), see the report to the platform.
     */
    public static Path departments(Path directory, int rows) throws IOException {
        Path file = directory.resolve("manga-rader.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("Förvaltningar");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("Kod");
            header.createCell(1).setCellValue("Namn");
            for (int i = 1; i <= rows; i++) {
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue("F" + i);
                row.createCell(1).setCellValue("Förvaltning " + i);
            }
            wb.write(out);
        }
        return file;
    }

    /** Starts a workbook of text cells: {@code sheet(name, headers…).row(values…)…write(file)}. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a small workbook sheet by sheet. */
    public static final class Builder {
        private final XSSFWorkbook wb = new XSSFWorkbook();
        private Sheet sheet;

        public Builder sheet(String name, String... headers) {
            sheet = wb.createSheet(name);
            Row row = sheet.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                row.createCell(i).setCellValue(headers[i]);
            }
            return this;
        }

        public Builder row(String... values) {
            append(sheet, values);
            return this;
        }

        public Path write(Path file) throws IOException {
            try (wb; OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            return file;
        }
    }
}
