package se.servicekontor.payroll.employment;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import se.servicekontor.organization.OrganisationLookup;
import se.servicekontor.platform.Role;
import se.servicekontor.platform.audit.AuditTrail;
import se.servicekontor.platform.documents.ReceivedFiles;
import se.servicekontor.platform.documents.TabularRows.Line;
import se.servicekontor.platform.jobs.JobCatalogueEntry;
import se.servicekontor.platform.jobs.JobConventions;
import se.servicekontor.platform.jobs.RejectedItemException;
import se.servicekontor.platform.jobs.SkippedItemRecorder;
import se.servicekontor.platform.jobs.SkippedItems;

/**
 * {@code employmentImportJob}: one workbook (sheet Anställningar) → employees, employments, dated
 * salaries and dated employment rates. Bad rows are skipped with a Swedish reason naming sheet and row; good rows are upserted by
 * natural key and audited, so the same file twice changes nothing. Parameters: {@code fileId} (the
 * workbook in ReceivedFiles, identifying) and {@code startedBy}.
 */
@Configuration(proxyBeanMethods = false)
class EmploymentImportJobConfiguration {

    static final String JOB_NAME = "employmentImportJob";
    private static final String FILE_ID = "#{jobParameters['fileId']}";
    private static final String STARTED_BY = "#{jobParameters['startedBy']}";

    @Bean
    Job employmentImportJob(JobRepository jobRepository, Step employmentRowsStep, Step employmentSummaryStep) {
        return new JobBuilder(JOB_NAME, jobRepository).start(employmentRowsStep).next(employmentSummaryStep).build();
    }

    @Bean
    Step employmentRowsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, SkippedItems skippedItems,
                            EmploymentSheetReader employmentSheetReader, ItemProcessor<Line, EmploymentRow> employmentRowProcessor,
                            ItemWriter<EmploymentRow> employmentRowWriter) {
        SkippedItemRecorder recorder = skippedItems.recorder();
        return new StepBuilder("employments", jobRepository).<Line, EmploymentRow>chunk(200)
                .transactionManager(transactionManager)
                .reader(employmentSheetReader).processor(employmentRowProcessor).writer(employmentRowWriter)
                .faultTolerant().skip(RejectedItemException.class).skipLimit(100_000)
                .listener(recorder).skipListener(recorder)
                .build();
    }

    @Bean
    @StepScope
    EmploymentSheetReader employmentSheetReader(@Value(FILE_ID) String fileId, ReceivedFiles receivedFiles) {
        Path path = receivedFiles.find(Long.parseLong(fileId)).orElseThrow(() -> new IllegalArgumentException(
                "Ingen mottagen fil med id " + fileId)).storedPath();
        return new EmploymentSheetReader(path);
    }

    /** Field rules, then the cost centre must exist in the organisation register. */
    @Bean
    @StepScope
    ItemProcessor<Line, EmploymentRow> employmentRowProcessor(Clock clock, OrganisationLookup organisation) {
        EmploymentRowCheck check = new EmploymentRowCheck(clock, organisation);
        return line -> {
            try {
                return check.check(line);
            } catch (EmploymentRowRules.RowProblem problem) {
                throw new RejectedItemException(line.ref(), problem.getMessage(), text(line));
            }
        };
    }

    @Bean
    @StepScope
    ItemWriter<EmploymentRow> employmentRowWriter(@Value(STARTED_BY) String startedBy, Employments employments) {
        String actor = startedBy == null || startedBy.isBlank() ? AuditTrail.SYSTEM : startedBy;
        return chunk -> chunk.forEach(row -> {
            try {
                employments.save(row, actor);
            } catch (LockedPayPeriodChange lockedPeriod) { // a change dated in a released pay period
                throw new RejectedItemException(row.person().masked(), lockedPeriod.getMessage(), null);
            }
        });
    }

    @Bean
    Step employmentSummaryStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                               ReceivedFiles receivedFiles, AuditTrail audit) {
        return new StepBuilder("summary", jobRepository).tasklet((contribution, chunkContext) -> {
            JobExecution job = chunkContext.getStepContext().getStepExecution().getJobExecution();
            StepExecution rows = jobRepository.getLastStepExecution(job.getJobInstance(), "employments");
            long read = rows == null ? 0 : rows.getWriteCount();
            long skipped = rows == null ? 0 : rows.getSkipCount();
            String outcome = number(read) + (read == 1 ? " anställning läst" : " anställningar lästa") + "; "
                    + number(skipped) + (skipped == 1 ? " rad överhoppad" : " rader överhoppade");
            job.getExecutionContext().putString(JobConventions.OUTCOME, outcome);
            long fileId = Long.parseLong(job.getJobParameters().getString("fileId"));
            receivedFiles.markProcessed(fileId);
            String startedBy = job.getJobParameters().getString(JobConventions.STARTED_BY);
            audit.record(startedBy == null ? AuditTrail.SYSTEM : startedBy, "payroll.employment.import",
                    "anställningsimport fil " + fileId, null, outcome + " (körning " + job.getId() + ")");
            return RepeatStatus.FINISHED;
        }, transactionManager).build();
    }

    /** Körningar lists the job for payroll officers; it is started by uploading a workbook. */
    @Bean
    JobCatalogueEntry employmentImportJobCatalogueEntry() {
        return new JobCatalogueEntry(JOB_NAME, "job.employmentImportJob", Set.of(Role.PAYROLL_OFFICER, Role.ADMIN), List.of());
    }

    /** The row's cells as "Förnamn=Anna; Ansvar=1100" for the skipped-rows list — never the full personnummer. */
    static String text(Line line) {
        // issue 16: a protected person's row shows no name, place, cost centre or birth date to whoever reads the run;
        // the row number is the reference a payroll officer uses in their own workbook
        String protectedText = line.get(EmploymentSheet.PROTECTED).strip().toLowerCase(Locale.ROOT);
        if (!protectedText.isEmpty() && !protectedText.equals("nej"))
            return "Skyddad identitet: uppgifterna visas inte (rad " + line.rowNumber() + " i arbetsboken)";
        StringBuilder text = new StringBuilder();
        for (String header : EmploymentSheet.HEADERS) {
            String value = line.get(header);
            if (value.isEmpty())
                continue;
            if (header.equals(EmploymentSheet.PIN) && value.replaceAll("\\D", "").length() >= 8)
                value = value.replaceAll("\\D", "").substring(0, Math.min(8, value.replaceAll("\\D", "").length())) + "-****";
            if (header.equals(EmploymentSheet.STREET) || header.equals(EmploymentSheet.ACCOUNT))
                value = "…";
            if (text.length() > 0)
                text.append("; ");
            text.append(EmploymentRowRules.shortName(header)).append('=').append(value);
        }
        return text.toString();
    }

    static String number(long value) {
        return String.format(Locale.ROOT, "%,d", value).replace(',', ' ');
    }
}
