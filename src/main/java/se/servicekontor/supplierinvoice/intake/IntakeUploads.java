package se.servicekontor.supplierinvoice.intake;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import se.servicekontor.platform.documents.ReceivedFiles;
import se.servicekontor.platform.documents.ReceivedFiles.ReceivedFile;
import se.servicekontor.platform.jobs.JobLaunches;

/**
 * Files that reach intake from people: an officer's upload and the retry of a rejected file. The bytes are
 * kept first (received file, SHA-256), the file is handed to intake in the same transaction, and then an
 * intake run is started; if the start fails, the next scheduled run takes the file.
 */
@Service
public class IntakeUploads {

    private final ReceivedFiles receivedFiles;
    private final InboxFiles inboxFiles;
    private final RejectedFiles rejectedFiles;
    private final JobLaunches launches;
    private final InvoiceCheck check;
    private final TransactionTemplate transaction;

    IntakeUploads(ReceivedFiles receivedFiles, InboxFiles inboxFiles, RejectedFiles rejectedFiles, JobLaunches launches,
                  InvoiceCheck check, TransactionTemplate transaction) {
        this.receivedFiles = receivedFiles;
        this.inboxFiles = inboxFiles;
        this.rejectedFiles = rejectedFiles;
        this.launches = launches;
        this.check = check;
        this.transaction = transaction;
    }

    /** Keeps uploaded files and starts one intake run for them; returns the run's id. */
    public long upload(List<Named> files, String user) {
        transaction.executeWithoutResult(status -> {
            for (Named named : files) {
                ReceivedFile file = receivedFiles.store(IntakeWriter.PURPOSE, named.name(), named.content(), check.maxBytes(), user);
                inboxFiles.recordReceived(InboxFile.Source.UPLOAD, file.id(), file.originalName(), file.sizeBytes(), user);
            }
        });
        return launches.start(InvoiceIntakeJobConfiguration.JOB, Map.of(), user);
    }

    /** Sends a rejected file back through intake (after a rule or reference fix); returns the run's id. */
    public long retry(long rejectedFileId, String user) {
        transaction.executeWithoutResult(status -> {
            RejectedFiles.RejectedFile rejected = rejectedFiles.markRetrying(rejectedFileId, user);
            inboxFiles.recordReceived(InboxFile.Source.RETRY, rejected.receivedFileId(), rejected.fileName(), rejected.sizeBytes(), user);
        });
        return launches.start(InvoiceIntakeJobConfiguration.JOB, Map.of(), user);
    }

    /** An uploaded file: its name as the user's computer gave it, and its content. */
    public record Named(String name, InputStream content) {
    }
}
