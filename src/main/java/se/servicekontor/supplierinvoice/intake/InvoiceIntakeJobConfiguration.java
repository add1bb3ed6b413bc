package se.servicekontor.supplierinvoice.intake;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import se.servicekontor.platform.Role;
import se.servicekontor.platform.documents.ReceivedFiles;
import se.servicekontor.platform.jobs.JobCatalogueEntry;
import se.servicekontor.platform.jobs.JobConventions;
import se.servicekontor.platform.jobs.SkippedItems;
import se.servicekontor.supplierinvoice.intake.validation.InvoiceValidator;
import se.servicekontor.supplierinvoice.supplier.Suppliers;

/**
 * {@code invoiceIntakeJob}: inbox folder and uploads → invoices, duplicates, manual queue, quarantine or the
 * rejected queue. Steps: {@code claimFiles} (take ownership: atomic rename + record) → {@code processFiles}
 * (partitioned by file id over {@code threads} local threads; each partition a chunk step whose writes and the
 * file's outcome commit together, and which removes the chunk's claimed copies once it has committed) →
 * {@code removeClaimedCopies} (sweeps the copies a crash or an error left after a commit).
 * <p>
 * Exactly once: a file is owned by one run at a time (rename, then row); its outcome is written once, in the
 * chunk that writes its invoice or rejection, under a conditional update and UNIQUE(received_file_id). A
 * stopped, failed or killed run is restarted from Körningar and processes only what is still unprocessed; a
 * later run takes over the leftovers of a run that is no longer running.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IntakeProperties.class)
class InvoiceIntakeJobConfiguration {

    static final String JOB = "invoiceIntakeJob";

    @Bean
    JobCatalogueEntry invoiceIntakeJobEntry() {
        return new JobCatalogueEntry(JOB, "job.invoiceIntakeJob", Set.of(Role.ECONOMY_OFFICER), List.of());
    }

    @Bean
    Inbox invoiceInbox(IntakeProperties properties) {
        return new Inbox(properties.inbox());
    }

    @Bean
    InvoiceCheck invoiceCheck(InvoiceValidator validator, IntakeProperties properties) {
        return new InvoiceCheck(validator, properties.intake().maxLines());
    }

    @Bean
    TaskExecutor invoiceIntakeTaskExecutor(IntakeProperties properties) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix("intake-");
        executor.setCorePoolSize(properties.intake().effectiveThreads());
        executor.setMaxPoolSize(properties.intake().effectiveThreads());
        executor.setWaitForTasksToCompleteOnShutdown(false);
        executor.initialize();
        return executor;
    }

    @Bean
    Job invoiceIntakeJob(JobRepository jobs, Step claimFiles, Step processFiles, Step removeClaimedCopies) {
        return new JobBuilder(JOB, jobs).start(claimFiles).next(processFiles).next(removeClaimedCopies).build();
    }

    @Bean
    Step claimFiles(JobRepository jobs, PlatformTransactionManager tm, Inbox invoiceInbox, InboxFiles inboxFiles,
                    IntakeProperties properties) {
        return new StepBuilder("claimFiles", jobs)
                .tasklet(new ClaimInboxTasklet(invoiceInbox, inboxFiles, properties.intake().claimBatch()), tm)
                .build();
    }

    @Bean
    Step processFiles(JobRepository jobs, Step processFile, InboxFiles inboxFiles, IntakeProperties properties,
                      TaskExecutor invoiceIntakeTaskExecutor) {
        int grid = properties.intake().effectiveThreads();
        Partitioner byFileId = gridSize -> {
            Map<String, ExecutionContext> partitions = new HashMap<>();
            for (int k = 0; k < gridSize; k++) {
                ExecutionContext context = new ExecutionContext();
                context.putInt(PendingFilesReader.PARTITION, k);
                context.putInt(PendingFilesReader.GRID, gridSize);
                partitions.put("partition" + k, context);
            }
            return partitions;
        };
        return new StepBuilder("processFiles", jobs)
                .partitioner("processFile", byFileId)
                .step(processFile)
                .gridSize(grid)
                .taskExecutor(invoiceIntakeTaskExecutor)
                .listener(new IntakeOutcome(inboxFiles))
                .build();
    }

    @Bean
    Step processFile(JobRepository jobs, PlatformTransactionManager tm, Inbox invoiceInbox, InboxFiles inboxFiles,
                     InvoiceCheck invoiceCheck,
                     ReceivedFiles receivedFiles, ReceivedInvoices invoices, RejectedFiles rejectedFiles, Suppliers suppliers,
                     SkippedItems skippedItems, IntakeProperties properties, ApplicationEventPublisher events) {
        return new StepBuilder("processFile", jobs).<InboxFile, IntakeResult>chunk(properties.intake().chunkSize())
                .transactionManager(tm)
                .reader(new PendingFilesReader(inboxFiles))
                .processor(new IntakeProcessor(invoiceCheck, receivedFiles))
                .writer(new IntakeWriter(inboxFiles, receivedFiles, invoices, rejectedFiles, suppliers, skippedItems,
                        invoiceCheck.maxBytes(), events))
                .listener(new ExpectedFiles(inboxFiles))
                .listener(new RemoveCommittedCopies(invoiceInbox, inboxFiles, requiresNew(tm)))
                .build();
    }

    private static TransactionTemplate requiresNew(PlatformTransactionManager tm) {
        TransactionTemplate template = new TransactionTemplate(tm);
        template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return template;
    }

    /** Sweeps what the partitions could not remove after their commits (a crash or an I/O error in between). */
    @Bean
    Step removeClaimedCopies(JobRepository jobs, PlatformTransactionManager tm, Inbox invoiceInbox, InboxFiles inboxFiles) {
        return new StepBuilder("removeClaimedCopies", jobs)
                .tasklet(new RemoveClaimedCopiesTasklet(invoiceInbox, inboxFiles), tm)
                .listener(new IntakeOutcome(inboxFiles))
                .build();
    }

    /** Tells Körningar how many files each partition has (processed in earlier attempts included), for the progress bar. */
    private record ExpectedFiles(InboxFiles inboxFiles) implements StepExecutionListener {
        @Override
        public void beforeStep(StepExecution step) {
            ExecutionContext context = step.getExecutionContext();
            if (context.containsKey(PendingFilesReader.PARTITION)) {
                step.getExecutionContext().putLong(JobConventions.EXPECTED_ITEMS, inboxFiles.inPartition(
                        step.getJobExecution().getJobInstance().getInstanceId(), context.getInt(PendingFilesReader.GRID),
                        context.getInt(PendingFilesReader.PARTITION)));
            }
        }

        @Override
        public ExitStatus afterStep(StepExecution step) {
            return null;
        }
    }
}
