package se.servicekontor.payroll.employment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.servicekontor.organization.ImportJobRunner;
import se.servicekontor.organization.OrganisationTestConfiguration;
import se.servicekontor.platform.documents.ReceivedFiles;
import se.servicekontor.platform.jobs.JobConventions;
import se.servicekontor.platform.jobs.JobLaunches;
import se.servicekontor.platform.jobs.SkippedItems;
import se.servicekontor.testing.PostgresTest;

/** employmentImportJob end to end on the demo employments of the demo organisation, on PostgreSQL. */
@PostgresTest
@Import(OrganisationTestConfiguration.class)
class EmploymentImportJobTests {

    @Autowired ReceivedFiles receivedFiles;
    @Autowired JobLaunches jobLaunches;
    @Autowired JobRepository jobRepository;
    @Autowired JdbcClient jdbc;
    @Autowired SkippedItems skippedItems;
    @Autowired EmploymentImports employmentImports;

    @BeforeEach
    void organisationAndNoEmployments() {
        for (String table : List.of("salary_change", "employment", "payroll_employee"))
            jdbc.sql("DELETE FROM " + table).update();
        ImportJobRunner organisation = new ImportJobRunner(receivedFiles, jobLaunches, jobRepository, jdbc);
        // Other tests share this database and change the register; the import puts the demo organisation back.
        assertThat(organisation.run(ImportJobRunner.DEMO).getStatus()).isEqualTo(BatchStatus.COMPLETED);
    }

    @Test
    void demoFileImportsEveryEmploymentOfTheDemoOrganisation() throws Exception {
        // Read the sheet independently of the production reader: rows with a personnummer, distinct people.
        List<String> pins = pins(DemoEmploymentsWorkbook.DEMO);
        assertThat(pins).hasSizeGreaterThanOrEqualTo(1_900);

        JobExecution run = run(DemoEmploymentsWorkbook.DEMO);

        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(skippedItems.forExecution(run.getId())).isEmpty();
        assertThat(count("payroll_employee")).isEqualTo(new HashSet<>(pins).size());
        assertThat(count("employment")).isEqualTo(pins.size());
        assertThat(count("salary_change")).isEqualTo(pins.size());
        // Every employee is a person of the organisation register, in the same cost centre.
        assertThat(jdbc.sql("""
                SELECT count(*) FROM employment m JOIN payroll_employee e ON e.id = m.employee_id
                JOIN employee_placement p ON p.personal_identity_number = e.personal_identity_number
                JOIN cost_centre c ON c.id = p.cost_centre_id AND c.code = m.cost_centre_code""").query(Long.class).single())
                .isEqualTo(pins.size());
        assertThat(run.getExecutionContext().getString(JobConventions.OUTCOME)).endsWith("; 0 rader överhoppade");
        assertThat(run.getStepExecutions()).filteredOn(s -> s.getStepName().equals("employments")).singleElement()
                .satisfies(s -> assertThat(s.getExecutionContext().getLong(JobConventions.EXPECTED_ITEMS)).isEqualTo(pins.size()));
        assertThat(count("audit_entry WHERE action = 'payroll.employment.created'")).isGreaterThanOrEqualTo(pins.size());
    }

    @Test
    void sameFileTwiceChangesNothing() throws Exception {
        run(DemoEmploymentsWorkbook.DEMO);
        String before = dump();
        long audited = count("audit_entry WHERE (action LIKE 'payroll.employ%' OR action LIKE 'payroll.salary%') AND action <> 'payroll.employment.import'");

        JobExecution again = run(DemoEmploymentsWorkbook.DEMO);

        assertThat(again.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(dump()).isEqualTo(before);
        assertThat(count("audit_entry WHERE (action LIKE 'payroll.employ%' OR action LIKE 'payroll.salary%') AND action <> 'payroll.employment.import'")).isEqualTo(audited);
    }

    @Test
    void badRowsAreSkippedWithReasonsNamingSheetAndRow(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.xlsx");
        try (InputStream in = Files.newInputStream(DemoEmploymentsWorkbook.DEMO); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheet(EmploymentSheet.TITLE);
            int pin = column(sheet, "Personnummer"), cc = column(sheet, "Ansvar"), salary = column(sheet, "Lön"),
                    account = column(sheet, "Kontonummer"), form = column(sheet, "Anställningsform"), end = column(sheet, "Till");
            sheet.getRow(2).getCell(pin).setCellValue("19800101-1235");          // check digit: Luhn gives 4, not 5
            sheet.getRow(3).getCell(cc).setCellValue("FINNSINTE");               // unknown cost centre
            sheet.getRow(4).getCell(salary).setCellValue("-100");                // not positive
            String acc = sheet.getRow(5).getCell(account).getStringCellValue();  // last digit changed → wrong check digit
            sheet.getRow(5).getCell(account).setCellValue(acc.substring(0, acc.length() - 1)
                    + (char) ('0' + (acc.charAt(acc.length() - 1) - '0' + 1) % 10));
            sheet.getRow(6).getCell(form).setCellValue("Visstid");               // fixed-term needs an end date
            if (sheet.getRow(6).getCell(end) != null)
                sheet.getRow(6).removeCell(sheet.getRow(6).getCell(end));
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        long rows = pins(file).size();

        JobExecution run = run(file);

        var skipped = skippedItems.forExecution(run.getId());
        assertThat(skipped).extracting(SkippedItems.SkippedItem::itemRef)
                .containsExactlyInAnyOrder("Anställningar rad 3", "Anställningar rad 4", "Anställningar rad 5",
                        "Anställningar rad 6", "Anställningar rad 7");
        assertThat(skipped).extracting(SkippedItems.SkippedItem::reason).anySatisfy(r -> assertThat(r).startsWith("Personnummer:"))
                .anySatisfy(r -> assertThat(r).contains("Okänt ansvar \"FINNSINTE\""))
                .anySatisfy(r -> assertThat(r).contains("större än noll"))
                .anySatisfy(r -> assertThat(r).contains("fel kontrollsiffra"))
                .anySatisfy(r -> assertThat(r).contains("visstidsanställning"));
        assertThat(skipped).allSatisfy(s -> assertThat(s.itemText()).doesNotContainPattern("\\d{8}-?\\d{4}"));
        assertThat(count("employment")).isEqualTo(rows - 5);
        assertThat(run.getExecutionContext().getString(JobConventions.OUTCOME)).endsWith("; 5 rader överhoppade");
    }

    @Test
    void datedRateChangesAreImportedAuditedAndNotTwiceWhileBadOnesAreSkippedWithTheirReason(
            @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        String cc = jdbc.sql("SELECT min(code) FROM cost_centre").query(String.class).single();
        Path file = dir.resolve("rates.xlsx");
        rateWorkbook(file, List.of(
                // Personnummer, Förnamn, Anställningsform, Från, Till, Sysselsättningsgrad, Ny tjänstgöringsgrad, Ny tjänstgöringsgrad från
                List.of("19800101-1231", "Anna", "Tillsvidare", "2020-01-01", "", "100", "50", "2026-03-16"),
                List.of("19800101-1231", "Anna", "Tillsvidare", "2020-01-01", "", "100", "75,5", "2026-09-01"), // a later change: same employment
                List.of("19750505-5553", "Bo", "Visstid", "2024-01-01", "2026-06-30", "100", "80", "2026-07-01"),  // after the end
                List.of("19850612-1238", "Cecilia", "Tillsvidare", "2021-05-01", "", "100", "120", "2026-01-01"), // above 100 %
                List.of("19900220-4569", "Dan", "Tillsvidare", "2021-05-01", "", "100", "50", ""),               // no date
                List.of("19720805-7898", "Eva", "Tillsvidare", "2021-05-01", "", "80", "50", "2021-05-01"),     // the start date itself
                List.of("19660130-3214", "Frida", "Tillsvidare", "2022-02-01", "", "90", "", "")), cc);          // no change

        long auditedBefore = jdbc.sql("SELECT coalesce(max(id), 0) FROM audit_entry").query(Long.class).single();

        JobExecution run = run(file);

        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        var skipped = skippedItems.forExecution(run.getId());
        assertThat(skipped).extracting(s -> s.itemRef() + ": " + s.reason()).containsExactlyInAnyOrder(
                "Anställningar rad 4: Ny tjänstgöringsgrad från (2026-07-01) är efter anställningens slut (2026-06-30).",
                "Anställningar rad 5: Ny tjänstgöringsgrad ska vara mellan 1 och 100 %, var 120.",
                "Anställningar rad 6: Ny tjänstgöringsgrad är ifylld men inte från vilket datum den gäller; fyll i Ny tjänstgöringsgrad från (ÅÅÅÅ-MM-DD).",
                "Anställningar rad 7: Ny tjänstgöringsgrad från (2021-05-01) ska vara efter anställningens början (2021-05-01). "
                        + "Graden från början står i kolumnen Sysselsättningsgrad.");
        assertThat(count("employment")).isEqualTo(2); // Anna's (twice in the file) and Frida's
        assertThat(jdbc.sql("""
                SELECT c.valid_from || ' ' || c.employment_rate FROM employment_rate_change c JOIN employment m ON m.id = c.employment_id
                JOIN payroll_employee e ON e.id = m.employee_id WHERE e.first_name = 'Anna' ORDER BY c.valid_from""")
                .query(String.class).list()).containsExactly("2026-03-16 50.00", "2026-09-01 75.50");
        assertThat(jdbc.sql("SELECT employment_rate FROM employment WHERE start_date = '2020-01-01'").query(BigDecimal.class).single())
                .as("the rate from the start stays").isEqualByComparingTo("100");
        // Audited as the employee page's form audits it: who, which day, before → after
        assertThat(jdbc.sql("""
                SELECT actor || ': ' || before_value || ' → ' || after_value FROM audit_entry
                WHERE id > ? AND action = 'payroll.rate.created'
                  AND subject LIKE 'anställd 19800101-**** anställning från 2020-01-01 tjänstgöringsgrad från %'
                ORDER BY subject""").param(auditedBefore).query(String.class).list())
                .containsExactly("testare: 100 % → 50 %", "testare: 50 % → 75.5 %");
        assertThat(run.getExecutionContext().getString(JobConventions.OUTCOME)).endsWith("; 4 rader överhoppade");

        String before = dump() + rateChanges();
        long audited = count("audit_entry WHERE action LIKE 'payroll.rate.%' OR action LIKE 'payroll.salary.%' OR action LIKE 'payroll.employ%'");

        JobExecution again = run(file);

        assertThat(again.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(dump() + rateChanges()).as("the same file twice adds or changes nothing").isEqualTo(before);
        assertThat(count("employment_rate_change")).isEqualTo(2);
        assertThat(count("audit_entry WHERE action LIKE 'payroll.rate.%' OR action LIKE 'payroll.salary.%' OR action LIKE 'payroll.employ%'"))
                .as("only the run's own payroll.employment.import entry").isEqualTo(audited + 1);
        assertThat(skippedItems.forExecution(again.getId())).hasSize(4);
    }

    @Test
    void aCorrectedRateForTheSameDayReplacesTheOneImportedBefore(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        String cc = jdbc.sql("SELECT min(code) FROM cost_centre").query(String.class).single();
        Path first = dir.resolve("first.xlsx"), corrected = dir.resolve("corrected.xlsx");
        rateWorkbook(first, List.of(List.of("19800101-1231", "Anna", "Tillsvidare", "2020-01-01", "", "100", "50", "2026-03-16")), cc);
        rateWorkbook(corrected, List.of(List.of("19800101-1231", "Anna", "Tillsvidare", "2020-01-01", "", "100", "60", "2026-03-16")), cc);
        run(first);

        run(corrected);

        assertThat(jdbc.sql("SELECT employment_rate FROM employment_rate_change").query(BigDecimal.class).single())
                .isEqualByComparingTo("60");
        assertThat(jdbc.sql("SELECT before_value || ' → ' || after_value FROM audit_entry WHERE action = 'payroll.rate.changed' "
                + "AND subject LIKE 'anställd 19800101-**** %' ORDER BY id DESC LIMIT 1").query(String.class).single())
                .isEqualTo("50 % → 60 %");
    }

    /** A workbook as an officer fills it in: Swedish headers, one row per employment or change, salary 31 250,50 kr. */
    private static void rateWorkbook(Path file, List<List<String>> rows, String costCentre) throws Exception {
        List<String> headers = List.of("Personnummer", "Förnamn", "Anställningsform (Tillsvidare/Visstid/Timavlönad)", "Från",
                "Till", "Sysselsättningsgrad (%)", "Ny tjänstgöringsgrad (%)", "Ny tjänstgöringsgrad från", "Efternamn", "Ansvar",
                "Lön (kr, månadslön vid heltid eller timlön)");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("Anställningar");
            Row header = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++)
                header.createCell(c).setCellValue(headers.get(c));
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<String> values = new java.util.ArrayList<>(rows.get(r));
                values.addAll(List.of("Testsson", costCentre, "31 250,50"));
                for (int c = 0; c < values.size(); c++)
                    if (!values.get(c).isEmpty())
                        row.createCell(c).setCellValue(values.get(c));
            }
            wb.write(out);
        }
    }

    private String rateChanges() {
        StringBuilder dump = new StringBuilder();
        jdbc.sql("SELECT * FROM employment_rate_change ORDER BY id").query().listOfRows().forEach(row -> dump.append(row).append('\n'));
        return dump.toString();
    }

    @Test
    void workbookWithoutTheSheetFails(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path file = dir.resolve("wrong.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet("Blad1").createRow(0).createCell(0).setCellValue("Hej");
            wb.write(out);
        }
        JobExecution run = run(file);
        assertThat(run.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(count("employment")).isZero();
    }

    private JobExecution run(Path file) {
        long id = employmentImports.start(employmentImports.receive(file, "testare"), "testare");
        return se.servicekontor.testing.JobEnd.await(jobRepository, id);
    }

    private long count(String tableAndWhere) {
        return jdbc.sql("SELECT count(*) FROM " + tableAndWhere).query(Long.class).single();
    }

    private String dump() {
        StringBuilder dump = new StringBuilder();
        for (String sql : List.of("SELECT * FROM payroll_employee ORDER BY id", "SELECT * FROM employment ORDER BY id",
                "SELECT id, employment_id, valid_from, amount FROM salary_change ORDER BY id"))
            jdbc.sql(sql).query().listOfRows().forEach(row -> dump.append(row).append('\n'));
        return dump.toString();
    }

    static List<String> pins(Path file) throws Exception {
        DataFormatter format = new DataFormatter();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheet("Anställningar");
            int pin = column(sheet, "Personnummer");
            List<String> pins = new java.util.ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row != null && !format.formatCellValue(row.getCell(pin)).isBlank())
                    pins.add(format.formatCellValue(row.getCell(pin)));
            }
            return pins;
        }
    }

    static int column(Sheet sheet, String headerStart) {
        for (var cell : sheet.getRow(0))
            if (cell.getStringCellValue().startsWith(headerStart))
                return cell.getColumnIndex();
        throw new IllegalArgumentException(headerStart);
    }
}
