package se.servicekontor.payroll.payslip;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.servicekontor.platform.documents.ProducedFiles;
import se.servicekontor.platform.documents.ProducedFiles.ProducedFile;

/**
 * Archives a released run's payslips as one ZIP per department (kind {@code payslips}) and finds them again.
 * The ZIP is written entry by entry to a temporary file, so memory holds one payslip at a time whatever the
 * department's size; entries are ordered by name and dated with the run's release, so regenerating gives the
 * same bytes (and the archive, keyed by SHA-256, the same row).
 */
@Component
public class PayslipArchive {

    public static final String KIND = "payslips";
    static final int PAGE = 200;

    private final PayslipSource source;
    private final ProducedFiles files;
    private final JdbcClient jdbc;

    PayslipArchive(PayslipSource source, ProducedFiles files, JdbcClient jdbc) {
        this.source = source;
        this.files = files;
        this.jdbc = jdbc;
    }

    /** A department's archived ZIP of a run. */
    public record DepartmentFile(String department, long producedFileId, int payslips, String fileName) {
    }

    public List<DepartmentFile> files(long payRunId) {
        return jdbc.sql("""
                SELECT s.department_code, s.produced_file_id, s.payslips, f.file_name FROM payslip_file s
                JOIN produced_file f ON f.id = s.produced_file_id WHERE s.pay_run_id = ? ORDER BY s.department_code""")
                .param(payRunId).query((rs, n) -> new DepartmentFile(rs.getString(1), rs.getLong(2), rs.getInt(3), rs.getString(4))).list();
    }

    public Optional<DepartmentFile> file(long payRunId, String department) {
        return files(payRunId).stream().filter(f -> f.department().equals(department)).findFirst();
    }

    /**
     * Renders and archives the payslips of the first department of the run not archived yet; returns how many
     * payslips it wrote, or -1 when every department is archived. One department per call, so a job commits
     * each department on its own and a restart continues with the next.
     */
    public int archiveNext(PayslipSource.ReleasedRun run, PayslipRenderer renderer, String producedBy) {
        Set<String> done = new HashSet<>();
        files(run.id()).forEach(f -> done.add(f.department()));
        for (Map.Entry<String, List<PayslipSource.Payee>> department : source.payeesByDepartment(run.id()).entrySet()) {
            if (done.contains(department.getKey()))
                continue;
            Path zip = null;
            try {
                zip = Files.createTempFile("payslips-", ".zip");
                try (OutputStream out = Files.newOutputStream(zip)) {
                    write(run, department.getValue(), renderer, out);
                }
                ProducedFile stored = files.store(KIND, run.period().toString(), fileName(run, department.getKey()), zip, producedBy);
                jdbc.sql("""
                        INSERT INTO payslip_file (pay_run_id, department_code, produced_file_id, payslips) VALUES (?, ?, ?, ?)
                        ON CONFLICT DO NOTHING""")
                        .params(run.id(), department.getKey(), stored.id(), department.getValue().size()).update();
                return department.getValue().size();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                deleteQuietly(zip);
            }
        }
        return -1;
    }

    /** Writes the payslips of {@code payees} as a ZIP, {@link #PAGE} employees read at a time. */
    void write(PayslipSource.ReleasedRun run, List<PayslipSource.Payee> payees, PayslipRenderer renderer, OutputStream out) throws IOException {
        FileTime time = FileTime.from(run.releasedAt());
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int from = 0; from < payees.size(); from += PAGE) {
                List<Long> ids = payees.subList(from, Math.min(payees.size(), from + PAGE)).stream()
                        .map(PayslipSource.Payee::employeeId).toList();
                for (Payslip payslip : source.payslips(run, ids)) {
                    ZipEntry entry = new ZipEntry(entryName(payslip));
                    entry.setLastModifiedTime(time);
                    entry.setTime(time.toMillis());
                    zip.putNextEntry(entry);
                    renderer.render(payslip, zip);
                    zip.closeEntry();
                }
            }
        }
    }

    static String fileName(PayslipSource.ReleasedRun run, String department) {
        return "lonespecifikationer-" + run.period() + "-" + department.replaceAll("[^A-Za-z0-9]", "_") + ".zip";
    }

    /** One PDF per employee, named so it sorts by name and never clashes: "Öberg_Åsa-42.pdf". */
    static String entryName(Payslip payslip) {
        String id = payslip.key().substring(payslip.key().lastIndexOf('/') + 1);
        String[] parts = payslip.employeeName().split(" ", 2);
        String name = parts.length == 2 ? parts[1] + "_" + parts[0] : parts[0];
        return name.replaceAll("[^\\p{L}\\p{N}_-]", "_") + "-" + id + ".pdf";
    }

    private static void deleteQuietly(Path file) {
        if (file == null)
            return;
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a temporary file; the OS cleans up
        }
    }
}
