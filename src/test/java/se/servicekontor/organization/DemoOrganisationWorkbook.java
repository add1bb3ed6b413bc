package se.servicekontor.organization;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the organisation import template ({@code templates/organisation-import.xlsx}) and the demo
 * workbook of Exempelby kommun ({@code batch-jobs/samples/demo-organisation.xlsx}). Run from the
 * project directory: {@code java … DemoOrganisationWorkbook [directory]}. Same content every time.
 */
public final class DemoOrganisationWorkbook {

    static final Path TEMPLATE = Path.of("templates/organisation-import.xlsx");
    static final Path DEMO = Path.of("batch-jobs/samples/demo-organisation.xlsx");

    static final List<String> DEPARTMENT_HEADERS = List.of("Kod", "Namn");
    static final List<String> COST_CENTRE_HEADERS = List.of("Kod", "Namn", "Förvaltning");
    static final List<String> USER_HEADERS = List.of("Användarnamn", "Namn", "E-post", "Roller", "Förvaltning");
    static final List<String> EMPLOYEE_HEADERS = List.of("Personnummer", "Förnamn", "Efternamn", "Ansvar", "Skyddad identitet (Ja/Nej)", "Användarnamn");
    static final List<String> ATTEST_HEADERS = List.of("Användarnamn", "Ansvar", "Typ (granskning/beslut)", "Beloppsgräns (kr)", "Giltig från", "Giltig till", "Ersättare");

    private DemoOrganisationWorkbook() {
    }

    public static void main(String[] args) throws IOException {
        Path base = Path.of(args.length > 0 ? args[0] : ".");
        write(base.resolve(DEMO), demo(new DemoOrganisation()));
        write(base.resolve(TEMPLATE), template());
        System.out.println("Wrote " + base.resolve(DEMO) + " and " + base.resolve(TEMPLATE));
    }

    static XSSFWorkbook demo(DemoOrganisation org) {
        XSSFWorkbook wb = new XSSFWorkbook();
        Styles styles = new Styles(wb);
        Sheet departments = sheet(wb, styles, "Förvaltningar", DEPARTMENT_HEADERS);
        org.departments.forEach(d -> row(departments, styles, d.code(), d.name()));
        Sheet costCentres = sheet(wb, styles, "Ansvar", COST_CENTRE_HEADERS);
        org.costCentres.forEach(c -> row(costCentres, styles, c.code(), c.name(), c.department()));
        Sheet users = sheet(wb, styles, "Användare", USER_HEADERS);
        org.users.forEach(u -> row(users, styles, u.username(), u.name(), u.email(), u.roles(), u.department()));
        Sheet employees = sheet(wb, styles, "Anställda", EMPLOYEE_HEADERS);
        org.employees.forEach(e -> row(employees, styles, e.pin(), e.firstName(), e.lastName(), e.costCentre(),
                e.protectedIdentity() ? "Ja" : "Nej", e.username()));
        Sheet attest = sheet(wb, styles, "Attesträtter", ATTEST_HEADERS);
        org.attestRights.forEach(a -> row(attest, styles, a.username(), a.costCentre(), a.kind(), a.limit(), a.from(), a.to(), a.substitute()));
        return wb;
    }

    static XSSFWorkbook template() {
        XSSFWorkbook wb = new XSSFWorkbook();
        Styles styles = new Styles(wb);
        Sheet help = wb.createSheet("Instruktioner");
        help.setColumnWidth(0, 120 * 256);
        String[] lines = {
                "Organisationsimport – Servicekontor",
                "",
                "Fyll i bladen och ladda upp arbetsboken under Administration → Organisation (eller kör batch-jobs/run/organisation-import.sh FIL).",
                "Rad 1 på varje blad är rubriker. Kolumnerna hittas på rubriken, inte på ordningen; text inom parentes i en rubrik är bara en ledtråd. Andra kolumner och tomma rader hoppas över.",
                "Ett blad som saknas lämnar den delen av registret orörd. Samma arbetsbok två gånger ändrar ingenting; en ändrad rad uppdaterar registret. Importen tar aldrig bort något.",
                "Rader med fel hoppas över med en förklaring (blad och rad) som visas i Körningar; resten importeras.",
                "",
                "Förvaltningar: Kod (t.ex. UTB, 1–20 bokstäver eller siffror), Namn.",
                "Ansvar: Kod (t.ex. 2110), Namn, Förvaltning (koden på bladet Förvaltningar).",
                "Användare: Användarnamn (a–z, siffror, . _ - @), Namn, E-post, Roller, Förvaltning (krävs för rollen MANAGER), Aktiv (Ja/Nej, tomt = Ja, valfri kolumn).",
                "   Roller, åtskilda med komma: AGENT (kundcenter), PAYROLL_OFFICER (lön), ECONOMY_OFFICER (ekonomi), APPROVER (attestant), MANAGER (chef), ADMIN, AUDITOR (revisor).",
                "   Lösenord importeras aldrig.",
                "Anställda: Personnummer (12 siffror, ÅÅÅÅMMDD-NNNN), Förnamn, Efternamn, Ansvar, Skyddad identitet (Ja/Nej), Användarnamn (valfritt, kopplar till en användare).",
                "Attesträtter: Användarnamn, Ansvar, Typ (granskning eller beslut), Beloppsgräns (kronor, t.ex. 50000 eller 50 000,00; tomt = ingen gräns),",
                "   Giltig från (datum), Giltig till (datum, tomt = tills vidare), Ersättare (användarnamn, valfritt, inte samma person).",
                "   Perioder för samma användare, ansvar och typ får inte överlappa. Datum skrivs som Excel-datum eller ÅÅÅÅ-MM-DD.",
                "",
                "Gränser: högst 20 MB och högst 50 000 rader per blad. Krypterade (lösenordsskyddade) arbetsböcker och gamla .xls-filer avvisas."};
        for (int i = 0; i < lines.length; i++) {
            help.createRow(i).createCell(0).setCellValue(lines[i]);
        }
        help.getRow(0).getCell(0).setCellStyle(styles.header);
        row(sheet(wb, styles, "Förvaltningar", DEPARTMENT_HEADERS), styles, "UTB", "Utbildningsförvaltningen");
        row(sheet(wb, styles, "Ansvar", COST_CENTRE_HEADERS), styles, "2110", "Förskolan Ekbacken", "UTB");
        row(sheet(wb, styles, "Användare", USER_HEADERS), styles, "anna.andersson", "Anna Andersson",
                "anna.andersson@exempelby.se", "APPROVER, MANAGER", "UTB");
        row(sheet(wb, styles, "Anställda", EMPLOYEE_HEADERS), styles, "19850317-2382", "Anna", "Andersson", "2110", "Nej", "anna.andersson");
        row(sheet(wb, styles, "Attesträtter", ATTEST_HEADERS), styles, "anna.andersson", "2110", "beslut",
                new BigDecimal("50000.00"), LocalDate.of(2026, 1, 1), null, null);
        return wb;
    }

    static void write(Path file, XSSFWorkbook wb) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        wb.getProperties().getCoreProperties().setCreator("Servicekontor");
        try (wb; OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
    }

    static Sheet sheet(XSSFWorkbook wb, Styles styles, String name, List<String> headers) {
        Sheet sheet = wb.createSheet(name);
        Row row = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            row.createCell(i).setCellValue(headers.get(i));
            row.getCell(i).setCellStyle(styles.header);
            sheet.setColumnWidth(i, Math.max(14, headers.get(i).length() + 4) * 256);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    static void row(Sheet sheet, Styles styles, Object... values) {
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value instanceof LocalDate date) {
                row.createCell(i).setCellValue(date);
                row.getCell(i).setCellStyle(styles.date);
            } else if (value instanceof BigDecimal amount) {
                row.createCell(i).setCellValue(amount.doubleValue());
                row.getCell(i).setCellStyle(styles.amount);
            } else if (value != null) {
                row.createCell(i).setCellValue(value.toString());
            }
        }
    }

    /** The few cell styles the workbooks use. */
    static final class Styles {
        final CellStyle header;
        final CellStyle date;
        final CellStyle amount;

        Styles(XSSFWorkbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            header = wb.createCellStyle();
            header.setFont(bold);
            date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            amount = wb.createCellStyle();
            amount.setDataFormat(wb.createDataFormat().getFormat("# ##0.00"));
        }
    }
}
