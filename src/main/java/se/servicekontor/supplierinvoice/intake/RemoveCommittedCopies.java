package se.servicekontor.supplierinvoice.intake;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Removes a chunk's claimed copies in the partition, as soon as the chunk has committed, instead of all at once
 * in a single-threaded last step (on 10 000 files that step was most of intake's time beyond validation).
 * <p>
 * Spring Batch 6's {@code ChunkOrientedStep} calls {@link ChunkListener#afterChunk(Chunk)} inside the chunk's
 * transaction, before the commit. So this listener only registers a transaction synchronization; its
 * {@code afterCommit} asks the database which of the chunk's files are processed and still have a copy
 * (nothing is deleted that the database does not record as processed), deletes those copies and forgets their
 * paths in a transaction of its own. A crash between the chunk's commit and that transaction leaves copies of
 * processed files with their paths recorded: {@link RemoveClaimedCopiesTasklet} removes them at the end of the
 * run (or of its restart). A failure here is only logged: the chunk has committed and must not count as failed,
 * and the copies it leaves are the sweep's.
 */
final class RemoveCommittedCopies implements ChunkListener<InboxFile, IntakeResult> {

    private static final Logger LOG = LoggerFactory.getLogger(RemoveCommittedCopies.class);

    private final Inbox inbox;
    private final InboxFiles inboxFiles;
    private final TransactionTemplate requiresNew;

    RemoveCommittedCopies(Inbox inbox, InboxFiles inboxFiles, TransactionTemplate requiresNew) {
        if (requiresNew.getPropagationBehavior() != TransactionTemplate.PROPAGATION_REQUIRES_NEW) {
            throw new IllegalArgumentException("afterCommit work needs a transaction of its own (PROPAGATION_REQUIRES_NEW)");
        }
        this.inbox = inbox;
        this.inboxFiles = inboxFiles;
        this.requiresNew = requiresNew;
    }

    @Override
    public void afterChunk(Chunk<IntakeResult> chunk) {
        List<Long> ids = chunk.getItems().stream().map(IntakeResult::file)
                .filter(file -> file.claimedPath() != null).map(InboxFile::id).toList();
        if (ids.isEmpty()) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return; // no chunk transaction to wait for: the last step's sweep removes these copies
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                remove(ids);
            }
        });
    }

    private void remove(List<Long> ids) {
        try {
            requiresNew.executeWithoutResult(status -> {
                List<InboxFile> processed = inboxFiles.processedWithClaimedCopy(ids);
                for (InboxFile file : processed) {
                    inbox.delete(file.claimedPath());
                }
                inboxFiles.forgetClaimedCopies(processed.stream().map(InboxFile::id).toList());
            });
        } catch (RuntimeException e) {
            LOG.warn("Could not remove the claimed copies of committed files {}; the run's last step removes them", ids, e);
        }
    }
}
