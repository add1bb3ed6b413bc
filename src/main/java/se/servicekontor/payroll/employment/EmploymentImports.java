package se.servicekontor.payroll.employment;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;

import org.springframework.stereotype.Service;

import se.servicekontor.platform.documents.ReceivedFiles;
import se.servicekontor.platform.documents.ReceivedFiles.ReceivedFile;
import se.servicekontor.platform.jobs.JobLaunches;

/** How an employment workbook gets imported, whoever brings it: keep the file, then start {@code employmentImportJob}. */
@Service
public class EmploymentImports {

    static final String PURPOSE = "employment";
    static final long MAX_BYTES = 25L * 1024 * 1024;

    private final ReceivedFiles receivedFiles;
    private final JobLaunches jobLaunches;

    EmploymentImports(ReceivedFiles receivedFiles, JobLaunches jobLaunches) {
        this.receivedFiles = receivedFiles;
        this.jobLaunches = jobLaunches;
    }

    public ReceivedFile receive(String originalName, InputStream content, String receivedBy) {
        return receivedFiles.store(PURPOSE, originalName, content, MAX_BYTES, receivedBy);
    }

    public ReceivedFile receive(Path workbook, String receivedBy) {
        return receivedFiles.store(PURPOSE, workbook, MAX_BYTES, receivedBy);
    }

    /** Starts the import; returns the job execution id (the run in Körningar). */
    public long start(ReceivedFile file, String startedBy) {
        return jobLaunches.start(EmploymentImportJobConfiguration.JOB_NAME, Map.of("fileId", Long.toString(file.id())), startedBy);
    }

    /** Whether any employment workbook was ever received here (the demo loads its employments once). */
    public boolean anyReceived() {
        return !receivedFiles.latest(PURPOSE, 1).isEmpty();
    }
}
