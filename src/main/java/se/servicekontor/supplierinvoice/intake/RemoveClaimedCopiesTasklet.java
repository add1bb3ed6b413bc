package se.servicekontor.supplierinvoice.intake;

import java.util.List;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Last step: a sweep. The partitions remove each chunk's claimed copies right after its commit
 * ({@link RemoveCommittedCopies}); what a crash (or an I/O error) between a commit and that removal left behind
 * goes here: copies of files the database records as processed. Runs after the data committed, so a crash before
 * it only leaves copies that the next run of this instance (or the claim folder sweep, which skips recorded
 * files) leaves alone until they are removed here.
 */
class RemoveClaimedCopiesTasklet implements Tasklet {

    /** How many copies the sweep removed (0 when the partitions removed every one after its commit). */
    static final String SWEPT_COPIES = "intake.sweptCopies";

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
        chunkContext.getStepContext().getStepExecution().getExecutionContext().putLong(SWEPT_COPIES, processed.size());
        return RepeatStatus.FINISHED;
    }
}
