package se.servicekontor.payroll.timereport;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;

import org.springframework.stereotype.Service;

import se.servicekontor.platform.documents.ReceivedFiles;
import se.servicekontor.platform.documents.ReceivedFiles.ReceivedFile;
import se.servicekontor.platform.jobs.JobLaunches;

/** How a time report gets imported: keep the file, then start {@code timeReportImportJob}. */
@Service
public class TimeReportImports {

    static final String PURPOSE = "timereport";
    static final long MAX_BYTES = 25L * 1024 * 1024;

    private final ReceivedFiles receivedFiles;
    private final JobLaunches jobLaunches;

    TimeReportImports(ReceivedFiles receivedFiles, JobLaunches jobLaunches) {
        this.receivedFiles = receivedFiles;
        this.jobLaunches = jobLaunches;
    }

    public ReceivedFile receive(String originalName, InputStream content, String receivedBy) {
        return receivedFiles.store(PURPOSE, originalName, content, MAX_BYTES, receivedBy);
    }

    public ReceivedFile receive(Path file, String receivedBy) {
        return receivedFiles.store(PURPOSE, file, MAX_BYTES, receivedBy);
    }

    public long start(ReceivedFile file, String startedBy) {
        return jobLaunches.start(TimeReportImportJobConfiguration.JOB_NAME, Map.of("fileId", Long.toString(file.id())), startedBy);
    }
}
