package se.servicekontor.payroll.employment;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the employment import template ({@code templates/employment-import.xlsx}) and the demo
 * employments of Exempelby kommun ({@code batch-jobs/samples/demo-employments.xlsx}): one employment
 * per person on the demo organisation's sheet Anställda (same personnummer, name, cost centre and
 * protected flag), salaries, tax decisions and bank accounts drawn with a fixed seed — same file every
 * time. Run from the project directory: {@code java … DemoEmploymentsWorkbook}.
 */
public final class DemoEmploymentsWorkbook {

    static final Path ORGANISATION = Path.of("batch-jobs/samples/demo-organisation.xlsx");
    static final Path DEMO = Path.of("batch-jobs/samples/demo-employments.xlsx");
    static final Path TEMPLATE = Path.of("templates/employment-import.xlsx");
    static final long SEED = 20_260_101L;

    /** A person on the organisation's Anställda sheet. */
    record Person(String pin, String firstName, String lastName, String costCentre, boolean protectedIdentity) {
    }

    private DemoEmploymentsWorkbook() {
    }

    public static void main(String[] args) throws IOException {
        write(DEMO, demo(people(ORGANISATION)));
        write(TEMPLATE, template());
        System.out.println("Wrote " + DEMO + " and " + TEMPLATE);
    }

    static List<Person> people(Path organisation) throws IOException {
        List<Person> people = new ArrayList<>();
        DataFormatter format = new DataFormatter();
        try (InputStream in = Files.newInputStream(organisation); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheet("Anställda");
            Row header = sheet.getRow(0);
            int pin = -1, first = -1, last = -1, cc = -1, prot = -1;
            for (Cell cell : header) {
                String h = format.formatCellValue(cell).toLowerCase();
                if (h.startsWith("personnummer")) pin = cell.getColumnIndex();
                else if (h.startsWith("förnamn")) first = cell.getColumnIndex();
                else if (h.startsWith("efternamn")) last = cell.getColumnIndex();
                else if (h.equals("ansvar")) cc = cell.getColumnIndex();
                else if (h.startsWith("skyddad")) prot = cell.getColumnIndex();
            }
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null || format.formatCellValue(row.getCell(pin)).isBlank())
                    continue;
                people.add(new Person(format.formatCellValue(row.getCell(pin)), format.formatCellValue(row.getCell(first)),
                        format.formatCellValue(row.getCell(last)), format.formatCellValue(row.getCell(cc)),
                        format.formatCellValue(row.getCell(prot)).equalsIgnoreCase("Ja")));
            }
        }
        return people;
    }

    static XSSFWorkbook demo(List<Person> people) {
        Random random = new Random(SEED);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sheet = wb.createSheet(EmploymentSheet.TITLE);
        header(sheet);
        String[] streets = {"Storgatan", "Kyrkvägen", "Skolgatan", "Björkvägen", "Parkvägen", "Ängsvägen", "Sjövägen"};
        int r = 1;
        for (Person p : people) {
            double form = random.nextDouble();
            boolean hourly = form < 0.08;
            boolean fixedTerm = !hourly && form < 0.20;
            LocalDate start = LocalDate.of(2005 + random.nextInt(21), 1 + random.nextInt(12), 1);
            LocalDate end = fixedTerm ? LocalDate.of(2027, 1 + random.nextInt(12), 1).minusDays(1) : null;
            String salary = hourly ? (150 + random.nextInt(71)) + ".50" : Integer.toString(26_000 + 100 * random.nextInt(300));
            String rate = hourly ? "100" : random.nextDouble() < 0.8 ? "100" : List.of("50", "75", "80", "90").get(random.nextInt(4));
            String taxKind, table = "", column = "", percent = "";
            double t = random.nextDouble();
            if (t < 0.90) {
                taxKind = "Tabell";
                table = Integer.toString(31 + random.nextInt(4));
                column = "1";
            } else if (t < 0.95) {
                taxKind = "Jämkning";
                percent = Integer.toString(20 + random.nextInt(15));
            } else if (t < 0.99) {
                taxKind = "Sidoinkomst";
            } else {
                taxKind = "SINK";
                percent = "25";
            }
            String[] account = account(random);
            Row row = sheet.createRow(r++);
            String[] values = {p.pin(), p.firstName(), p.lastName(),
                    streets[random.nextInt(streets.length)] + " " + (1 + random.nextInt(60)), "123 " + (10 + random.nextInt(80)),
                    "Exempelby", p.protectedIdentity() ? "Ja" : "Nej", p.costCentre(),
                    hourly ? "Timavlönad" : fixedTerm ? "Visstid" : "Tillsvidare", start.toString(),
                    end == null ? "" : end.toString(), salary, LocalDate.of(2026, 4, 1).isAfter(start) ? "2026-04-01" : start.toString(),
                    rate, "", "", hourly ? "" : "40", taxKind, table, column, percent, "SKV 2026", account[0], account[1],
                    Integer.toString(random.nextInt(16)), "AKAP-KR"};
            for (int c = 0; c < values.length; c++)
                if (!values[c].isEmpty())
                    row.createCell(c).setCellValue(values[c]);
        }
        return wb;
    }

    /** A valid account: SEB (type 1 comment 1), Handelsbanken (type 2 comment 2) or Swedbank 8327-9 (type 2 comment 3). */
    static String[] account(Random random) {
        while (true) {
            int bank = random.nextInt(3);
            if (bank == 0) {
                String clearing = Integer.toString(5000 + random.nextInt(1000));
                String body = String.format("%06d", random.nextInt(1_000_000));
                for (int c = 0; c <= 9; c++)
                    if (BankAccount_mod11(clearing.substring(1) + body + c) == 0)
                        return new String[] {clearing, body + c};
            } else if (bank == 1) {
                String body = String.format("%08d", random.nextInt(100_000_000));
                for (int c = 0; c <= 9; c++)
                    if (BankAccount_mod11(body + c) == 0)
                        return new String[] {"6" + String.format("%03d", random.nextInt(1000)), body + c};
            } else {
                String body = String.format("%09d", random.nextInt(1_000_000_000));
                for (int c = 0; c <= 9; c++)
                    if (luhnValid(body + c))
                        return new String[] {"8327-9", body + c};
            }
        }
    }

    private static int BankAccount_mod11(String digits) {
        int sum = 0;
        for (int i = digits.length() - 1, w = 1; i >= 0; i--, w = w == 10 ? 1 : w + 1)
            sum += (digits.charAt(i) - '0') * w;
        return sum % 11;
    }

    private static boolean luhnValid(String digits) {
        int sum = 0;
        boolean dbl = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (dbl) {
                d *= 2;
                if (d > 9) d -= 9;
            }
            sum += d;
            dbl = !dbl;
        }
        return sum % 10 == 0;
    }

    static XSSFWorkbook template() {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet help = wb.createSheet("Instruktioner");
        help.setColumnWidth(0, 120 * 256);
        String[] lines = {
                "Anställningsimport – Servicekontor Lönecenter",
                "",
                "Fyll i bladet Anställningar, en rad per anställning, och ladda upp arbetsboken under Lönecenter → Anställda.",
                "Rad 1 är rubriker; kolumnerna hittas på rubriken, inte på ordningen. Text inom parentes är en ledtråd.",
                "Obligatoriskt: Personnummer, Förnamn, Efternamn, Ansvar, Anställningsform, Från och Lön.",
                "Lön är månadslön vid heltid (tillsvidare/visstid) eller timlön (timavlönad). Lön från anger från vilket datum lönen gäller (även bakåt i tiden).",
                "Belopp och tal skrivs med decimalkomma eller decimalpunkt, med eller utan mellanslag mellan tusental: 31 250,50, 31250,5 eller 31250.50.",
                "Sysselsättningsgrad är graden från anställningens början (100 om tom).",
                "Ny tjänstgöringsgrad (1–100 %) och Ny tjänstgöringsgrad från (ÅÅÅÅ-MM-DD) ändrar graden från ett datum efter anställningens början och senast dess slut;"
                        + " fyll i båda eller ingen. Ett datum bakåt i tiden, även i en attesterad månad, ger retroaktiv lön i nästa lönekörning.",
                "Flera ändringar av samma anställning: upprepa raden (samma Personnummer och Från) med en annan Lön från eller Ny tjänstgöringsgrad från.",
                "Skattebeslut: Tabell (fyll i Skattetabell 29–42 och Kolumn 1–6), Jämkning (Skatteprocent), Sidoinkomst (30 %) eller SINK (Skatteprocent, 25 om tom).",
                "Bankkonto: Clearingnummer och Kontonummer kontrolleras enligt bankernas regler (Bankgirot).",
                "Samma fil två gånger ändrar ingenting. Rader med fel hoppas över med en förklaring som visas i Körningar.",
        };
        for (int i = 0; i < lines.length; i++)
            help.createRow(i).createCell(0).setCellValue(lines[i]);
        header(wb.createSheet(EmploymentSheet.TITLE));
        return wb;
    }

    private static void header(Sheet sheet) {
        Row header = sheet.createRow(0);
        for (int c = 0; c < EmploymentSheet.HEADERS.size(); c++) {
            header.createCell(c).setCellValue(EmploymentSheet.HEADERS.get(c));
            sheet.setColumnWidth(c, 18 * 256);
        }
    }

    static void write(Path target, XSSFWorkbook wb) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        try (wb; OutputStream out = Files.newOutputStream(target)) {
            wb.write(out);
        }
    }
}
