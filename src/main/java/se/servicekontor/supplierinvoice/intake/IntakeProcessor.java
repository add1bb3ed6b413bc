package se.servicekontor.supplierinvoice.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import se.servicekontor.platform.documents.ReceivedFiles;

/**
 * Reads a picked-up file and decides what it is ({@link InvoiceCheck}): the CPU-heavy part of intake
 * (phive validation), run in parallel partitions. Writes nothing.
 */
class IntakeProcessor implements ItemProcessor<InboxFile, IntakeResult> {

    private final InvoiceCheck check;
    private final ReceivedFiles receivedFiles;

    IntakeProcessor(InvoiceCheck check, ReceivedFiles receivedFiles) {
        this.check = check;
        this.receivedFiles = receivedFiles;
    }

    @Override
    public IntakeResult process(InboxFile file) throws IOException {
        Path path = file.receivedFileId() != null
                ? receivedFiles.find(file.receivedFileId()).map(ReceivedFiles.ReceivedFile::storedPath).orElse(null)
                : file.claimedPath();
        if (path == null || !Files.isRegularFile(path)) {
            return new IntakeResult(file, new InvoiceCheck.Rejected("Filen saknas på disken (" + file.originalName()
                    + ") och kunde inte läsas. Be avsändaren skicka den igen.", List.of(), null), new byte[0], null);
        }
        long size = Files.size(path);
        if (size > check.maxBytes()) {
            return new IntakeResult(file, new InvoiceCheck.Rejected("Filen är större än gränsen "
                    + check.maxBytes() / (1024 * 1024) + " MB och lästes inte.", List.of(), null), null, path);
        }
        byte[] bytes = Files.readAllBytes(path);
        InvoiceCheck.Verdict verdict = check.check(file.originalName(), bytes);
        return new IntakeResult(file, verdict, bytes.length <= IntakeResult.KEEP_IN_MEMORY ? bytes : null, path);
    }
}
