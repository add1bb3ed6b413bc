package se.servicekontor.organization.importing;

import java.util.stream.Collectors;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import se.servicekontor.platform.audit.AuditTrail;
import se.servicekontor.platform.documents.ReceivedFiles;
import se.servicekontor.platform.documents.ReceivedFiles.ReceivedFile;
import se.servicekontor.platform.jobs.JobConventions;

/**
 * First step: refuses a file that must not be imported (not a safe xlsx, wrong columns, too many rows,
 * too large when received). A refused file is kept, marked rejected with the reason, audited, and the
 * step ends with exit status REFUSED, which fails the job with the reason as its outcome. It also
 * refuses to run beside another organisation import (the run fails and can be restarted later).
 */
class CheckWorkbookTasklet implements Tasklet {

    private final ReceivedFiles receivedFiles;
    private final JobRepository jobRepository;
    private final AuditTrail audit;
    private final OrganisationImportProperties properties;

    CheckWorkbookTasklet(ReceivedFiles receivedFiles, JobRepository jobRepository, AuditTrail audit,
                         OrganisationImportProperties properties) {
        this.receivedFiles = receivedFiles;
        this.jobRepository = jobRepository;
        this.audit = audit;
        this.properties = properties;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        JobExecution job = chunkContext.getStepContext().getStepExecution().getJobExecution();
        long fileId = ImportRun.fileId(job.getJobParameters());
        ReceivedFile file = receivedFiles.find(fileId)
                .orElseThrow(() -> new IllegalArgumentException("Det finns ingen mottagen fil med id " + fileId + "."));
        jobRepository.findRunningJobExecutions(ImportRun.JOB_NAME).stream()
                .filter(other -> other.getId() != job.getId())
                .findFirst()
                .ifPresent(other -> {
                    throw new IllegalStateException("En annan organisationsimport pågår (körning " + other.getId()
                            + "). Vänta tills den är klar och starta sedan om den här körningen.");
                });
        WorkbookCheck.Verdict verdict = file.status() == ReceivedFiles.Status.REJECTED
                ? WorkbookCheck.Verdict.refused(file.reason() == null ? "Filen är avvisad." : file.reason())
                : new WorkbookCheck(properties.workbookLimits(), properties.maxRowsPerSheet()).check(file.storedPath());
        if (verdict.refusal() != null) {
            String reason = verdict.refusal();
            receivedFiles.markRejected(fileId, reason);
            job.getExecutionContext().putString(ImportRun.REFUSAL, reason);
            job.getExecutionContext().putString(JobConventions.OUTCOME, "Filen avvisades: " + reason);
            audit.record(ImportRun.startedBy(job), "organisation.import", "organisationsimport " + file.originalName(), null,
                    "avvisad: " + reason + " (fil " + file.originalName() + ", sha256 " + file.sha256()
                            + ", körning " + job.getId() + ")");
            contribution.setExitStatus(new ExitStatus(ImportRun.REFUSED, reason));
            return RepeatStatus.FINISHED;
        }
        job.getExecutionContext().putString(ImportRun.SHEETS,
                verdict.sheets().stream().map(OrganisationSheet::name).collect(Collectors.joining(",")));
        return RepeatStatus.FINISHED;
    }
}
