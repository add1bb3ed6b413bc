package se.servicekontor.supplierinvoice.intake;

import java.util.List;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Last step: once the files' bytes are committed in the received files, their copies in the claim folder go.
 * Runs after the data committed, so a crash before it only leaves copies that the next run of this instance
 * (or the claim folder sweep, which skips recorded files) leaves alone until they are removed here.
 */
class RemoveClaimedCopiesTasklet implements Tasklet {

    private final Inbox inbox;
    private final InboxFiles inboxFiles;

    RemoveClaimedCopiesTasklet(Inbox inbox, InboxFiles inboxFiles) {
        this.inbox = inbox;
        this.inboxFiles = inboxFiles;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        long instanceId = chunkContext.getStepContext().getStepExecution().getJobExecution().getJobInstance().getInstanceId();
        List<InboxFile> processed = inboxFiles.processedWithClaimedCopy(instanceId);
        for (InboxFile file : processed) {
            inbox.delete(file.claimedPath());
        }
        inboxFiles.forgetClaimedCopies(processed.stream().map(InboxFile::id).toList());
        return RepeatStatus.FINISHED;
    }
}
