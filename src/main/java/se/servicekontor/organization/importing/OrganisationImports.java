package se.servicekontor.organization.importing;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import se.servicekontor.platform.documents.ReceivedFiles;
import se.servicekontor.platform.documents.ReceivedFiles.ReceivedFile;
import se.servicekontor.platform.jobs.JobLaunches;

/**
 * How an organisation workbook gets imported, whoever brings it (the upload page, the command line,
 * the demo start-up): keep the file byte-exact under the upload limit, then start
 * {@code organisationImportJob} on it. A file over the limit is kept as rejected and the run says so.
 */
@Service
public class OrganisationImports {

    private final ReceivedFiles receivedFiles;
    private final JobLaunches jobLaunches;
    private final ImportRuns importRuns;
    private final OrganisationImportProperties properties;

    OrganisationImports(ReceivedFiles receivedFiles, JobLaunches jobLaunches, ImportRuns importRuns,
                        OrganisationImportProperties properties) {
        this.receivedFiles = receivedFiles;
        this.jobLaunches = jobLaunches;
        this.importRuns = importRuns;
        this.properties = properties;
    }

    public ReceivedFile receive(String originalName, InputStream content, String receivedBy) {
        return receivedFiles.store(ImportRun.PURPOSE, originalName, content, properties.maxUploadBytes(), receivedBy);
    }

    public ReceivedFile receive(Path workbook, String receivedBy) {
        return receivedFiles.store(ImportRun.PURPOSE, workbook, properties.maxUploadBytes(), receivedBy);
    }

    /** Starts the import of a received file; returns the job execution id (the run in Körningar). */
    public long start(ReceivedFile file, String startedBy) {
        return jobLaunches.start(ImportRun.JOB_NAME, Map.of(ImportRun.FILE_ID, Long.toString(file.id())), startedBy);
    }

    /** Whether any organisation import was ever started here (the demo loads its organisation only once). */
    public boolean anyStarted() {
        return importRuns.any() || !receivedFiles.latest(ImportRun.PURPOSE, 1).isEmpty();
    }

    /** The latest received workbooks with their runs, newest first. */
    List<ImportView> latest(int limit) {
        return receivedFiles.latest(ImportRun.PURPOSE, limit).stream()
                .map(file -> new ImportView(file, importRuns.find(file.id()).orElse(null)))
                .toList();
    }

    long maxUploadMegabytes() {
        return properties.maxUploadBytes() / (1024 * 1024);
    }

    /** One received workbook and its latest run (null while none started). */
    record ImportView(ReceivedFile file, ImportRuns.Run run) {
    }
}
