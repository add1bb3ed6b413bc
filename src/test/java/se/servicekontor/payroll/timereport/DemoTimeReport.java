package se.servicekontor.payroll.timereport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the time report template ({@code templates/time-report-import.xlsx}) and the demo time
 * report for October 2026 ({@code batch-jobs/samples/demo-time-report-2026-10.csv}) for the demo
 * employments: about 30 % of the employees with some absence, 10 % with overtime or OB, hours for
 * every hourly-paid employee, a few one-off additions and deductions. Fixed seed: same file every time.
 */
public final class DemoTimeReport {

    static final Path EMPLOYMENTS = Path.of("batch-jobs/samples/demo-employments.xlsx");
    static final Path DEMO = Path.of("batch-jobs/samples/demo-time-report-2026-10.csv");
    static final Path TEMPLATE = Path.of("templates/time-report-import.xlsx");
    static final LocalDate MONTH_START = LocalDate.of(2026, 10, 1);

    private DemoTimeReport() {
    }

    public static void main(String[] args) throws IOException {
        Files.writeString(DEMO, csv(rows(EMPLOYMENTS)), StandardCharsets.UTF_8);
        try (XSSFWorkbook wb = template(); OutputStream out = Files.newOutputStream(TEMPLATE)) {
            wb.write(out);
        }
        System.out.println("Wrote " + DEMO + " and " + TEMPLATE);
    }

    static List<String[]> rows(Path employments) throws IOException {
        Random random = new Random(2026_10L);
        List<String[]> rows = new ArrayList<>();
        DataFormatter format = new DataFormatter();
        try (InputStream in = Files.newInputStream(employments); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheet("Anställningar");
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                String pin = format.formatCellValue(row.getCell(0));
                String form = format.formatCellValue(row.getCell(8));
                LocalDate start = LocalDate.parse(format.formatCellValue(row.getCell(9)));
                String endText = format.formatCellValue(row.getCell(10));
                LocalDate end = endText.isBlank() ? null : LocalDate.parse(endText);
                if (start.isAfter(MONTH_START) || (end != null && end.isBefore(MONTH_START.plusMonths(1).minusDays(1))))
                    continue;
                if (form.equals("Timavlönad")) {
                    rows.add(new String[] {pin, "TIM", "2026-10-01", "2026-10-31", Integer.toString(20 + random.nextInt(120)), "", "Oktober"});
                    continue;
                }
                if (random.nextDouble() < 0.30) {
                    int day = 1 + random.nextInt(20);
                    int length = 1 + random.nextInt(5);
                    double c = random.nextDouble();
                    String code = c < 0.6 ? "SJK" : c < 0.75 ? "SEM" : c < 0.9 ? "VAB" : c < 0.95 ? "TJL" : "FPL";
                    LocalDate from = MONTH_START.withDayOfMonth(day);
                    rows.add(new String[] {pin, code, from.toString(), from.plusDays(length - 1).toString(),
                            random.nextDouble() < 0.85 ? "100" : "50", "", ""});
                }
                if (random.nextDouble() < 0.10) {
                    double c = random.nextDouble();
                    String code = c < 0.4 ? "ÖT1" : c < 0.55 ? "ÖT2" : c < 0.7 ? "OBD" : c < 0.8 ? "OBC" : c < 0.95 ? "OBB" : "OBA";
                    LocalDate day = MONTH_START.withDayOfMonth(22 + random.nextInt(9));
                    rows.add(new String[] {pin, code, day.toString(), day.toString(), (1 + random.nextInt(8)) + ",5", "", ""});
                }
                if (random.nextDouble() < 0.01)
                    rows.add(new String[] {pin, random.nextBoolean() ? "TILL" : "AVDR", "2026-10-15", "2026-10-15", "",
                            (200 + random.nextInt(1800)) + ",00", "Engångsbelopp"});
            }
        }
        return rows;
    }

    static String csv(List<String[]> rows) {
        StringBuilder csv = new StringBuilder("Personnummer;Kod;Från;Till;Antal;Belopp;Kommentar\n");
        for (String[] r : rows)
            csv.append(String.join(";", r)).append('\n');
        return csv.toString();
    }

    static XSSFWorkbook template() {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet help = wb.createSheet("Instruktioner");
        help.setColumnWidth(0, 120 * 256);
        String[] lines = {
                "Tidrapport (avvikelser) – Servicekontor Lönecenter",
                "",
                "En rad per avvikelse på bladet Tidrapport. Samma kolumner fungerar i en CSV-fil (UTF-8, semikolon).",
                "Koder: SJK sjukfrånvaro, SEM semester, TJL tjänstledighet, VAB vård av barn, FPL föräldraledighet (Antal = omfattning i %, tomt = 100),",
                "ÖT1 enkel och ÖT2 kvalificerad övertid, OBA–OBD obekväm arbetstid, TIM arbetade timmar för timavlönade (Antal = timmar),",
                "SJT sjuktimmar för timavlönade: timmar av ett inbokat pass som förlorats genom sjukdom, en rad per pass (Antal = timmar,",
                "Till tom eller samma dag). Timavlönade rapporterar inte SJK, och månadsavlönade inte SJT eller TIM.",
                "TILL engångstillägg och AVDR engångsavdrag (Belopp i kronor).",
                "Till får vara tom för en enda dag. Avvikelser i en månad betalas med nästa månads lön (eftersläp).",
                "Samma fil två gånger importerar ingenting två gånger. Rader med fel hoppas över med en förklaring i Körningar.",
        };
        for (int i = 0; i < lines.length; i++)
            help.createRow(i).createCell(0).setCellValue(lines[i]);
        Sheet sheet = wb.createSheet(TimeReportFile.SHEET);
        Row header = sheet.createRow(0);
        for (int c = 0; c < TimeReportFile.HEADERS.size(); c++) {
            header.createCell(c).setCellValue(TimeReportFile.HEADERS.get(c));
            sheet.setColumnWidth(c, 20 * 256);
        }
        return wb;
    }
}
