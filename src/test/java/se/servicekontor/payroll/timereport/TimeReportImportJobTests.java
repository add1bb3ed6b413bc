package se.servicekontor.payroll.timereport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.servicekontor.organization.ImportJobRunner;
import se.servicekontor.organization.OrganisationTestConfiguration;
import se.servicekontor.payroll.employment.EmploymentImports;
import se.servicekontor.platform.documents.ReceivedFiles;
import se.servicekontor.platform.jobs.JobConventions;
import se.servicekontor.platform.jobs.JobLaunches;
import se.servicekontor.platform.jobs.SkippedItems;
import se.servicekontor.testing.PostgresTest;

/** timeReportImportJob end to end on the demo time report for October 2026, on PostgreSQL. */
@PostgresTest
@Import(OrganisationTestConfiguration.class)
class TimeReportImportJobTests {

    static final Path EMPLOYMENTS = Path.of("batch-jobs/samples/demo-employments.xlsx");

    @Autowired ReceivedFiles receivedFiles;
    @Autowired JobLaunches jobLaunches;
    @Autowired JobRepository jobRepository;
    @Autowired JdbcClient jdbc;
    @Autowired se.servicekontor.platform.jobs.CommandLineRuns commandLineRuns;
    @Autowired SkippedItems skippedItems;
    @Autowired EmploymentImports employmentImports;
    @Autowired TimeReportImports timeReports;

    @BeforeEach
    void demoEmploymentsAndNoDeviations() {
        jdbc.sql("DELETE FROM deviation").update();
        ImportJobRunner organisation = new ImportJobRunner(receivedFiles, jobLaunches, jobRepository, jdbc);
        // Other tests share this database and change the register and the employments; both imports are
        // idempotent and put the demo data back.
        assertThat(organisation.run(ImportJobRunner.DEMO).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(await(employmentImports.start(employmentImports.receive(EMPLOYMENTS, "testare"), "testare")).getStatus())
                    .isEqualTo(BatchStatus.COMPLETED);
    }

    @Test
    void demoTimeReportImportsEveryRow() throws Exception {
        // Counted independently: the CSV's non-blank lines after the header.
        long rows = Files.readAllLines(DemoTimeReport.DEMO).stream().skip(1).filter(l -> !l.isBlank()).count();
        assertThat(rows).isGreaterThan(500);

        JobExecution run = run(DemoTimeReport.DEMO);

        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(skippedItems.forExecution(run.getId())).isEmpty();
        assertThat(count("deviation")).isEqualTo(rows);
        assertThat(count("deviation WHERE code = 'HOURS_WORKED'"))
                .isEqualTo(Files.readAllLines(DemoTimeReport.DEMO).stream().filter(l -> l.contains(";TIM;")).count());
        assertThat(run.getExecutionContext().getString(JobConventions.OUTCOME)).endsWith("0 redan importerade; 0 rader överhoppade");
    }

    @Test
    void sameFileTwiceImportsNothingTwice() throws Exception {
        run(DemoTimeReport.DEMO);
        String before = dump();

        JobExecution again = run(DemoTimeReport.DEMO);

        assertThat(again.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(dump()).isEqualTo(before);
        assertThat(again.getExecutionContext().getString(JobConventions.OUTCOME)).startsWith("0 avvikelser importerade");
    }

    @Test
    void badRowsAreSkippedWithReasons(@TempDir Path dir) throws Exception {
        String monthly = pinOf("PERMANENT");
        String other = pinOf("FIXED_TERM");
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, String.join("\n",
                "Personnummer;Kod;Från;Till;Antal;Belopp;Kommentar",
                monthly + ";SJK;2026-10-05;2026-10-07;100;;",             // row 2: fine
                monthly + ";VAB;2026-10-07;2026-10-08;;;",                 // row 3: overlaps row 2 on the 7th
                "191212121212;SJK;2026-10-05;2026-10-05;;;",               // row 4: valid personnummer, not employed
                monthly + ";XYZ;2026-10-05;2026-10-05;;;",                 // row 5: unknown code
                monthly + ";SEM;1990-01-01;1990-01-02;;;",                 // row 6: before any employment
                monthly + ";TIM;2026-10-01;2026-10-31;40;;",               // row 7: hours on a monthly employment
                other + ";ÖT1;2026-10-12;2026-10-10;2;;",                  // row 8: Till before Från
                other + ";ÖT1;2026-10-12;;2,5;;Kväll"),                    // row 9: fine (one day)
                StandardCharsets.UTF_8);

        JobExecution run = run(file);

        var skipped = skippedItems.forExecution(run.getId());
        assertThat(skipped).extracting(SkippedItems.SkippedItem::itemRef)
                .containsExactlyInAnyOrder("CSV-filen rad 3", "CSV-filen rad 4", "CSV-filen rad 5", "CSV-filen rad 6",
                        "CSV-filen rad 7", "CSV-filen rad 8");
        assertThat(skipped).extracting(SkippedItems.SkippedItem::reason)
                .anySatisfy(r -> assertThat(r).contains("överlappar sjukfrånvaro 2026-10-05–2026-10-07"))
                .anySatisfy(r -> assertThat(r).startsWith("Okänd anställd"))
                .anySatisfy(r -> assertThat(r).startsWith("Okänd kod \"XYZ\""))
                .anySatisfy(r -> assertThat(r).contains("utanför anställningen"))
                .anySatisfy(r -> assertThat(r).contains("bara timavlönade"))
                .anySatisfy(r -> assertThat(r).contains("är före Från"));
        assertThat(skipped).allSatisfy(s -> assertThat(s.itemText()).doesNotContainPattern("\\d{8}-?\\d{4}"));
        assertThat(count("deviation")).isEqualTo(2);
        assertThat(run.getExecutionContext().getString(JobConventions.OUTCOME))
                .isEqualTo("2 avvikelser importerade, 0 redan importerade; 6 rader överhoppade");
    }

    @Test
    void sickHoursAreAcceptedForHourlyStaffOnlyAndSickLeaveIsRefusedForThem(@TempDir Path dir) throws Exception {
        String hourly = pinOf("HOURLY");
        String monthly = pinOf("PERMANENT");
        Path file = dir.resolve("sjuk.csv");
        Files.writeString(file, String.join("\n",
                "Personnummer;Kod;Från;Till;Antal;Belopp;Kommentar",
                hourly + ";SJT;2026-10-05;;8;;Pass 07–15",                 // row 2: fine
                hourly + ";sjt;2026-10-06;2026-10-06;6;;",                 // row 3: fine (lower case, Till the same day)
                monthly + ";SJT;2026-10-05;;8;;",                          // row 4: sick hours on a monthly employment
                hourly + ";SJK;2026-10-07;2026-10-07;100;;",               // row 5: sick leave on an hourly employment
                hourly + ";SJT;2026-10-08;2026-10-09;16;;",                // row 6: two days in one row
                hourly + ";SJT;2026-10-12;;25;;"),                         // row 7: more than a day's hours
                StandardCharsets.UTF_8);

        JobExecution run = run(file);

        var skipped = skippedItems.forExecution(run.getId());
        assertThat(skipped).extracting(SkippedItems.SkippedItem::itemRef)
                .containsExactlyInAnyOrder("CSV-filen rad 4", "CSV-filen rad 5", "CSV-filen rad 6", "CSV-filen rad 7");
        assertThat(skipped).extracting(SkippedItems.SkippedItem::reason)
                .anySatisfy(r -> assertThat(r).startsWith("Koden SJT (sjuktimmar) gäller bara timavlönade").endsWith("Rapportera sjukfrånvaro med SJK."))
                .anySatisfy(r -> assertThat(r).startsWith("Koden SJK gäller inte timavlönade").contains("med SJT (sjuktimmar)"))
                .anySatisfy(r -> assertThat(r).contains("en rad per dag"))
                .anySatisfy(r -> assertThat(r).contains("högst 24"));
        assertThat(jdbc.sql("SELECT code || ' ' || from_date || ' ' || to_date || ' ' || quantity FROM deviation ORDER BY from_date")
                .query(String.class).list()).containsExactly("SICK_HOURS 2026-10-05 2026-10-05 8.00", "SICK_HOURS 2026-10-06 2026-10-06 6.00");
    }

    @Test
    void anUnknownCodeListsEveryCodeIncludingSjt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("okand.csv");
        Files.writeString(file, "Personnummer;Kod;Från\n" + pinOf("HOURLY") + ";SJX;2026-10-05\n", StandardCharsets.UTF_8);
        assertThat(skippedItems.forExecution(run(file).getId())).singleElement().satisfies(s -> assertThat(s.reason())
                .isEqualTo("Okänd kod \"SJX\". Giltiga koder: SJK, SEM, TJL, VAB, FPL, ÖT1, ÖT2, OBA, OBB, OBC, OBD, TIM, SJT, TILL, AVDR."));
    }

    @Test
    void readsTheWorkbookTemplateToo(@TempDir Path dir) throws Exception {
        String monthly = pinOf("PERMANENT");
        Path file = dir.resolve("tid.xlsx");
        try (XSSFWorkbook wb = DemoTimeReport.template(); OutputStream out = Files.newOutputStream(file)) {
            Row row = wb.getSheet("Tidrapport").createRow(1);
            row.createCell(0).setCellValue(monthly);
            row.createCell(1).setCellValue("OBD");
            row.createCell(2).setCellValue("2026-10-20");
            row.createCell(4).setCellValue(3.5);
            wb.write(out);
        }
        JobExecution run = run(file);
        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(jdbc.sql("SELECT code || ' ' || from_date || ' ' || to_date || ' ' || quantity FROM deviation").query(String.class).single())
                .isEqualTo("OB_D 2026-10-20 2026-10-20 3.50");
    }

    @Test
    void theCommandLinePrintsTheOutcomeAndTheSkippedRows(@TempDir Path dir,
            @Autowired org.springframework.context.ConfigurableApplicationContext context) throws Exception {
        Path file = dir.resolve("cli.csv");
        Files.writeString(file, "Personnummer;Kod;Från\n" + pinOf("PERMANENT") + ";OBC;2026-10-03\n" + pinOf("PERMANENT") + ";NEJ;2026-10-03\n");
        var out = new java.io.ByteArrayOutputStream();
        int code = new TimeReportImportCommand(timeReports, commandLineRuns, context, file)
                .importFile(file, new java.io.PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(code).isZero(); // the run completed; the bad row is reported, not fatal
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("startad", "CSV-filen rad 3: Okänd kod \"NEJ\"", "Status: COMPLETED");
    }

    private String pinOf(String form) {
        return jdbc.sql("""
                SELECT e.personal_identity_number FROM payroll_employee e JOIN employment m ON m.employee_id = e.id
                WHERE m.form = ? AND m.start_date <= DATE '2026-10-01' AND (m.end_date IS NULL OR m.end_date >= DATE '2026-10-31')
                  AND (SELECT count(*) FROM employment x WHERE x.employee_id = e.id) = 1
                ORDER BY e.id LIMIT 1""").param(form).query(String.class).single().strip();
    }

    private JobExecution run(Path file) {
        return await(timeReports.start(timeReports.receive(file, "testare"), "testare"));
    }

    private JobExecution await(long id) {
        return se.servicekontor.testing.JobEnd.await(jobRepository, id);
    }

    private long count(String tableAndWhere) {
        return jdbc.sql("SELECT count(*) FROM " + tableAndWhere).query(Long.class).single();
    }

    private String dump() {
        StringBuilder dump = new StringBuilder();
        jdbc.sql("SELECT id, employment_id, code, from_date, to_date, quantity, amount, natural_key FROM deviation ORDER BY id")
                .query().listOfRows().forEach(row -> dump.append(row).append('\n'));
        return dump.toString();
    }
}
