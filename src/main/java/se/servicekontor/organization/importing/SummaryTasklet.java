package se.servicekontor.organization.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import se.servicekontor.platform.audit.AuditTrail;
import se.servicekontor.platform.documents.ReceivedFiles;
import se.servicekontor.platform.documents.ReceivedFiles.ReceivedFile;
import se.servicekontor.platform.jobs.JobConventions;
import se.servicekontor.platform.jobs.SkippedItems;

/**
 * Last step: the business outcome line ("6 förvaltningar, 40 ansvar, … importerade (…); 5 rader
 * överhoppade"), the file marked processed and the import audited — in one transaction. Counts come
 * from every execution of this import, so a restarted run reports the whole import.
 */
class SummaryTasklet implements Tasklet {

    /** Step name → how the outcome names its rows. */
    static final Map<String, String[]> NOUNS = Map.of(
            "departments", new String[] {"förvaltning", "förvaltningar"},
            "costCentres", new String[] {"ansvar", "ansvar"},
            "users", new String[] {"användare", "användare"},
            "employees", new String[] {"anställd", "anställda"},
            "attestRights", new String[] {"attesträtt", "attesträtter"});
    static final List<String> SHEET_STEPS = List.of("departments", "costCentres", "users", "employees", "attestRights");

    private final JobRepository jobRepository;
    private final SkippedItems skippedItems;
    private final ReceivedFiles receivedFiles;
    private final AuditTrail audit;

    SummaryTasklet(JobRepository jobRepository, SkippedItems skippedItems, ReceivedFiles receivedFiles, AuditTrail audit) {
        this.jobRepository = jobRepository;
        this.skippedItems = skippedItems;
        this.receivedFiles = receivedFiles;
        this.audit = audit;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        JobExecution job = chunkContext.getStepContext().getStepExecution().getJobExecution();
        List<String> imported = new ArrayList<>();
        long created = 0;
        long updated = 0;
        for (String step : SHEET_STEPS) {
            StepExecution last = jobRepository.getLastStepExecution(job.getJobInstance(), step);
            ExecutionContext counts = last == null ? new ExecutionContext() : last.getExecutionContext();
            long c = counts.getLong(RegisterWriter.CREATED, 0);
            long u = counts.getLong(RegisterWriter.UPDATED, 0);
            long total = c + u + counts.getLong(RegisterWriter.UNCHANGED, 0);
            created += c;
            updated += u;
            String[] noun = NOUNS.get(step);
            imported.add(number(total) + " " + (total == 1 ? noun[0] : noun[1]));
        }
        long skipped = jobRepository.getJobExecutions(job.getJobInstance()).stream()
                .mapToLong(execution -> skippedItems.forExecution(execution.getId()).size()).sum();
        String outcome = String.join(", ", imported.subList(0, imported.size() - 1)) + " och " + imported.get(imported.size() - 1)
                + " importerade (" + number(created) + " nya, " + number(updated) + " ändrade); "
                + number(skipped) + (skipped == 1 ? " rad överhoppad" : " rader överhoppade")
                + missingSheets(job.getExecutionContext());
        job.getExecutionContext().putString(JobConventions.OUTCOME, outcome);

        long fileId = ImportRun.fileId(job.getJobParameters());
        receivedFiles.markProcessed(fileId);
        ReceivedFile file = receivedFiles.find(fileId).orElseThrow();
        audit.record(ImportRun.startedBy(job), "organisation.import", "organisationsimport " + file.originalName(), null,
                outcome + " (fil " + file.originalName() + ", sha256 " + file.sha256() + ", körning " + job.getId() + ")");
        return RepeatStatus.FINISHED;
    }

    private static String missingSheets(ExecutionContext context) {
        String present = context.getString(ImportRun.SHEETS, "");
        List<String> missing = java.util.Arrays.stream(OrganisationSheet.values())
                .filter(sheet -> !List.of(present.split(",")).contains(sheet.name()))
                .map(OrganisationSheet::title).toList();
        return missing.isEmpty() ? "" : "; bladen " + String.join(", ", missing) + " fanns inte och lämnades orörda";
    }

    /** 2000 → "2 000" with a no-break space, as Swedish text writes it (and so it never wraps). */
    static String number(long value) {
        return String.format(java.util.Locale.ROOT, "%,d", value).replace(',', '\u00a0');
    }
}
