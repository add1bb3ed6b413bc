package se.servicekontor.payroll.timereport;

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
 * {@code timeReportImportJob}: a time report (xlsx sheet Tidrapport, or csv) → deviations. Each row is
 * checked ({@link TimeReportRowRules}); bad rows are skipped with a reason naming the row, rows imported
 * before are passed over, the rest stored and audited. Parameters: {@code fileId} (identifying) and
 * {@code startedBy}.
 */
@Configuration(proxyBeanMethods = false)
class TimeReportImportJobConfiguration {

    static final String JOB_NAME = "timeReportImportJob";
    static final String IMPORTED = "payroll.timereport.imported";

    @Bean
    Job timeReportImportJob(JobRepository jobRepository, Step timeReportRowsStep, Step timeReportSummaryStep) {
        return new JobBuilder(JOB_NAME, jobRepository).start(timeReportRowsStep).next(timeReportSummaryStep).build();
    }

    @Bean
    Step timeReportRowsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, SkippedItems skippedItems,
                            TimeReportReader timeReportReader, ItemProcessor<Line, TimeReportRowRules.Accepted> timeReportProcessor,
                            ItemWriter<TimeReportRowRules.Accepted> timeReportWriter) {
        SkippedItemRecorder recorder = skippedItems.recorder();
        return new StepBuilder("deviations", jobRepository).<Line, TimeReportRowRules.Accepted>chunk(200)
                .transactionManager(transactionManager)
                .reader(timeReportReader).processor(timeReportProcessor).writer(timeReportWriter)
                .faultTolerant().skip(RejectedItemException.class).skipLimit(100_000)
                .listener(recorder).skipListener(recorder)
                .build();
    }

    @Bean
    @StepScope
    TimeReportReader timeReportReader(@Value("#{jobParameters['fileId']}") String fileId, ReceivedFiles receivedFiles) {
        return new TimeReportReader(receivedFiles.find(Long.parseLong(fileId))
                .orElseThrow(() -> new IllegalArgumentException("Ingen mottagen fil med id " + fileId)).storedPath());
    }

    @Bean
    @StepScope
    ItemProcessor<Line, TimeReportRowRules.Accepted> timeReportProcessor(Clock clock, Deviations deviations) {
        TimeReportRowRules rules = new TimeReportRowRules(clock, deviations);
        return line -> {
            try {
                return rules.check(line).orElse(null); // null: imported before, passed over
            } catch (TimeReportRowRules.RowProblem problem) {
                throw new RejectedItemException(line.ref(), problem.getMessage(), text(line));
            }
        };
    }

    @Bean
    @StepScope
    ItemWriter<TimeReportRowRules.Accepted> timeReportWriter(@Value("#{jobParameters['startedBy']}") String startedBy,
                                                             Deviations deviations) {
        String actor = startedBy == null || startedBy.isBlank() ? AuditTrail.SYSTEM : startedBy;
        return chunk -> chunk.forEach(a -> deviations.importOnce(a.deviation(), a.naturalKey(), actor));
    }

    @Bean
    Step timeReportSummaryStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                               ReceivedFiles receivedFiles, AuditTrail audit) {
        return new StepBuilder("summary", jobRepository).tasklet((contribution, chunkContext) -> {
            JobExecution job = chunkContext.getStepContext().getStepExecution().getJobExecution();
            StepExecution rows = jobRepository.getLastStepExecution(job.getJobInstance(), "deviations");
            long written = rows == null ? 0 : rows.getWriteCount();
            long before = rows == null ? 0 : rows.getFilterCount();
            long skipped = rows == null ? 0 : rows.getSkipCount();
            String outcome = number(written) + (written == 1 ? " avvikelse importerad, " : " avvikelser importerade, ")
                    + number(before) + " redan importerade; " + number(skipped) + (skipped == 1 ? " rad överhoppad" : " rader överhoppade");
            job.getExecutionContext().putString(JobConventions.OUTCOME, outcome);
            long fileId = Long.parseLong(job.getJobParameters().getString("fileId"));
            receivedFiles.markProcessed(fileId);
            String startedBy = job.getJobParameters().getString(JobConventions.STARTED_BY);
            audit.record(startedBy == null ? AuditTrail.SYSTEM : startedBy, "payroll.timereport.import",
                    "tidrapport fil " + fileId, null, outcome + " (körning " + job.getId() + ")");
            return RepeatStatus.FINISHED;
        }, transactionManager).build();
    }

    @Bean
    JobCatalogueEntry timeReportImportJobCatalogueEntry() {
        return new JobCatalogueEntry(JOB_NAME, "job.timeReportImportJob", Set.of(Role.PAYROLL_OFFICER, Role.ADMIN), List.of());
    }

    /** The row for the skipped list, personnummer masked. */
    static String text(Line line) {
        StringBuilder text = new StringBuilder();
        for (String header : TimeReportFile.HEADERS) {
            String value = line.get(header);
            if (value.isEmpty())
                continue;
            if (header.equals(TimeReportFile.PIN)) {
                String digits = value.replaceAll("\\D", "");
                value = digits.substring(0, Math.min(8, digits.length())) + "-****";
            }
            if (text.length() > 0)
                text.append("; ");
            text.append(header.contains(" (") ? header.substring(0, header.indexOf(" (")) : header).append('=').append(value);
        }
        return text.toString();
    }

    static String number(long value) {
        return String.format(Locale.ROOT, "%,d", value).replace(',', ' ');
    }
}
