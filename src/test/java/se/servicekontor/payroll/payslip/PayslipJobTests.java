package se.servicekontor.payroll.payslip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import se.servicekontor.organization.OrganisationTestConfiguration;
import se.servicekontor.payroll.PayRunId;
import se.servicekontor.payroll.employment.Employments;
import se.servicekontor.payroll.employment.PayrollTestEmployees;
import se.servicekontor.payroll.payrun.PayRuns;
import se.servicekontor.payroll.payrun.TestPayRuns;
import se.servicekontor.platform.documents.ProducedFiles;
import se.servicekontor.platform.jobs.JobLaunches;
import se.servicekontor.testing.JobEnd;
import se.servicekontor.testing.PostgresTest;

/**
 * A released November: three employees in two departments (one with a protected identity). Releasing starts
 * payslipJob, which archives one ZIP per department; each PDF has the employee's pay lines and net as the run wrote
 * them; a payslip downloaded alone is the same bytes as in the ZIP; running the job again archives nothing new.
 */
@PostgresTest
@Import(OrganisationTestConfiguration.class)
@TestPropertySource(properties = "servicekontor.test.context=payout")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PayslipJobTests {

    static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    @Autowired PayRuns payRuns;
    @Autowired JobRepository jobRepository;
    @Autowired JdbcClient jdbc;
    @Autowired Employments employments;
    @Autowired Clock clock;
    @Autowired PayslipArchive archive;
    @Autowired PayslipSource source;
    @Autowired ProducedFiles files;
    @Autowired JobLaunches launches;

    PayRunId run;
    long anna;
    long bertil;
    long cecilia;

    @BeforeAll
    void aReleasedNovember() {
        PayrollTestEmployees employees = new PayrollTestEmployees(employments, jdbc, clock);
        employees.reset();
        if (jdbc.sql("SELECT count(*) FROM cost_centre WHERE code = 'PL3'").query(Long.class).single() == 0) {
            jdbc.sql("INSERT INTO department (code, name) VALUES ('PLE', 'Lönetest 2')").update();
            jdbc.sql("INSERT INTO cost_centre (code, name, department_id) SELECT 'PL3', 'Lön 3', id FROM department WHERE code = 'PLE'").update();
        }
        anna = employees.hire("198003151233", "Anna", "Andersson", false, "PL1", "35000", true);
        bertil = employees.hire("199207044562", "Bertil", "Berg", true, "PL2", "29500", true);
        cecilia = employees.hire("196501207895", "Cecilia", "Ceder", false, "PL3", "41200", true);
        run = TestPayRuns.released(payRuns, jobRepository, NOVEMBER);
        await().atMost(Duration.ofMinutes(2)).until(() -> archive.files(run.value()).size() == 2);
    }

    @Test
    void oneZipPerDepartmentWithEachEmployeesPayLinesAndNet() throws Exception {
        List<PayslipArchive.DepartmentFile> departments = archive.files(run.value());
        assertThat(departments).extracting(PayslipArchive.DepartmentFile::department).containsExactly("PLD", "PLE");
        assertThat(departments).extracting(PayslipArchive.DepartmentFile::payslips).containsExactly(2, 1);
        Map<String, byte[]> pld = unzip(departments.get(0));
        assertThat(pld.keySet()).containsExactly("Andersson_Anna-" + anna + ".pdf", "Berg_Bertil-" + bertil + ".pdf");

        String annas = PayslipRendererTests.text(pld.get("Andersson_Anna-" + anna + ".pdf"));
        for (Map.Entry<String, BigDecimal> line : lines(anna).entrySet())
            assertThat(annas).contains(line.getKey()).contains(new se.servicekontor.shared.Amount(line.getValue()).format().replace('\u00a0', ' '));
        BigDecimal net = jdbc.sql("SELECT net FROM pay_run_employee WHERE pay_run_id = ? AND employee_id = ?").params(run.value(), anna)
                .query(BigDecimal.class).single();
        assertThat(annas).contains("Att utbetala " + new se.servicekontor.shared.Amount(net).toString().replace('\u00a0', ' '));
        assertThat(annas).contains("Storgatan 1", "Tabell 32, kolumn 1", "**** 4560").doesNotContain("50001234560", "1234560");

        String bertils = PayslipRendererTests.text(pld.get("Berg_Bertil-" + bertil + ".pdf"));
        assertThat(bertils).as("protected identity: no address").doesNotContain("Hemliga vägen").contains("Skyddad identitet");
    }

    @Test
    void aPayslipDownloadedAloneIsTheSameBytesAsInTheZipAndRunningTheJobAgainArchivesNothingNew() throws Exception {
        byte[] inZip = unzip(archive.files(run.value()).get(1)).values().iterator().next();
        PayslipSource.ReleasedRun released = source.releasedRun(run.value()).orElseThrow();
        assertThat(PayslipJobConfiguration.renderer().render(source.payslip(released, cecilia).orElseThrow())).isEqualTo(inZip);

        int before = files.list(PayslipArchive.KIND, "2026-11").size();
        jdbc.sql("DELETE FROM payslip_file WHERE pay_run_id = ?").param(run.value()).update(); // as if the job had died before recording
        long execution = launches.start(PayslipJobConfiguration.JOB, Map.of(PayslipJobConfiguration.PAY_RUN_ID, run.toString()), "lon2");
        assertThat(JobEnd.await(jobRepository, execution, Duration.ofMinutes(1)).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(files.list(PayslipArchive.KIND, "2026-11")).hasSize(before);
        assertThat(archive.files(run.value())).hasSize(2);
    }

    private Map<String, BigDecimal> lines(long employee) {
        Map<String, BigDecimal> lines = new LinkedHashMap<>();
        jdbc.sql("SELECT text, amount FROM pay_line WHERE pay_run_id = ? AND employee_id = ? ORDER BY seq").params(run.value(), employee)
                .query((java.sql.ResultSet rs) -> {
                    lines.put(rs.getString(1), rs.getBigDecimal(2));
                });
        assertThat(lines).isNotEmpty();
        return lines;
    }

    private Map<String, byte[]> unzip(PayslipArchive.DepartmentFile file) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (InputStream in = files.open(files.find(file.producedFileId()).orElseThrow());
             ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(in.readAllBytes()))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; )
                entries.put(e.getName(), zip.readAllBytes());
        }
        return entries;
    }
}
