package se.servicekontor.supplierinvoice.intake;

import java.nio.file.Path;

/**
 * A file intake picked up and has to process once: from the inbox folder (its bytes at {@code claimedPath}),
 * an upload or a retry (its bytes already kept as received file {@code receivedFileId}).
 */
public record InboxFile(long id, String claimToken, Source source, String originalName, Path claimedPath, Long sizeBytes,
                        String claimedBy, Long receivedFileId, String outcome) {

    public enum Source { INBOX, UPLOAD, RETRY }

    @Override
    public String toString() {
        return originalName + " (#" + id + ")";
    }
}
