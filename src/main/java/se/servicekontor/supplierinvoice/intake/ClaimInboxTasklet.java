package se.servicekontor.supplierinvoice.intake;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import se.servicekontor.platform.audit.AuditTrail;
import se.servicekontor.platform.jobs.JobConventions;

/**
 * Step 1 of intake: takes ownership of the files this run will process. First call: records files left in
 * the claim folder by a run that died between its rename and its insert, and adopts unprocessed files no
 * running run owns (uploads, retries, leftovers of failed or stopped runs). Then, one transaction per batch:
 * moves inbox files into the claim folder (an atomic rename decides who owns a file) and records them.
 */
class ClaimInboxTasklet implements Tasklet {

    static final String SWEPT = "intake.swept";
    static final String CLAIMED = "intake.claimed";

    private final Inbox inbox;
    private final InboxFiles inboxFiles;
    private final int batch;

    ClaimInboxTasklet(Inbox inbox, InboxFiles inboxFiles, int batch) {
        this.inbox = inbox;
        this.inboxFiles = inboxFiles;
        this.batch = batch;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        StepExecution step = chunkContext.getStepContext().getStepExecution();
        long instanceId = step.getJobExecution().getJobInstance().getInstanceId();
        String actor = actor(step);
        ExecutionContext context = step.getExecutionContext();
        if (!context.containsKey(SWEPT)) {
            List<Inbox.Claimed> inClaimFolder = inbox.claimedFiles();
            Set<String> recorded = new HashSet<>();
            for (int i = 0; i < inClaimFolder.size(); i += 1000) {
                recorded.addAll(inboxFiles.recordedTokens(inClaimFolder.subList(i, Math.min(inClaimFolder.size(), i + 1000))
                        .stream().map(Inbox.Claimed::token).toList()));
            }
            List<Inbox.Claimed> orphans = inClaimFolder.stream().filter(c -> !recorded.contains(c.token())).toList();
            inboxFiles.recordClaimed(orphans, instanceId, actor);
            inboxFiles.adopt(instanceId);
            context.putString(SWEPT, "true");
            return RepeatStatus.CONTINUABLE;
        }
        List<java.nio.file.Path> waiting = inbox.waiting(batch);
        List<Inbox.Claimed> claimed = new ArrayList<>();
        for (java.nio.file.Path file : waiting) {
            Optional<Inbox.Claimed> mine = inbox.claim(file);
            mine.ifPresent(claimed::add);
        }
        inboxFiles.recordClaimed(claimed, instanceId, actor);
        context.putLong(CLAIMED, context.getLong(CLAIMED, 0L) + claimed.size());
        return waiting.size() < batch ? RepeatStatus.FINISHED : RepeatStatus.CONTINUABLE;
    }

    static String actor(StepExecution step) {
        String startedBy = step.getJobParameters().getString(JobConventions.STARTED_BY);
        return startedBy == null || startedBy.isBlank() ? AuditTrail.SYSTEM : startedBy;
    }
}
