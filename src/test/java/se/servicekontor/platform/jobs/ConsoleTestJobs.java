package se.servicekontor.platform.jobs;

import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.IntStream;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import se.servicekontor.platform.Role;

/**
 * Two small jobs for testing Körningar: {@code consoleTestJob} reads 20 items and rejects two of them
 * (with a reason), {@code slowTestJob} takes about 100 ms per item so it can be stopped while it runs.
 * Both follow the job conventions: expected items, skipped-item recorder, business outcome line.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ConsoleTestJobs {

    /** Items 7 and 13 are bad data; the reason names the item and says what to do (and holds a ';'). */
    static final Set<Integer> REJECTED = Set.of(7, 13);

    /** Everything consoleTestJob wrote. */
    public static final Queue<String> WRITTEN = new ConcurrentLinkedQueue<>();

    @Bean
    JobCatalogueEntry consoleTestJobEntry() {
        return new JobCatalogueEntry("consoleTestJob", "job.consoleTestJob", Set.of(Role.PAYROLL_OFFICER),
                List.of(new JobCatalogueEntry.Parameter("period", "job.param.period", true),
                        new JobCatalogueEntry.Parameter("note", "job.param.note", false)));
    }

    @Bean
    JobCatalogueEntry slowTestJobEntry() {
        return new JobCatalogueEntry("slowTestJob", "job.slowTestJob", Set.of(Role.PAYROLL_OFFICER), List.of());
    }

    @Bean
    Job consoleTestJob(JobRepository jobs, PlatformTransactionManager tm, SkippedItems skippedItems) {
        SkippedItemRecorder recorder = skippedItems.recorder();
        ItemProcessor<String, String> rejectSome = item -> {
            int n = Integer.parseInt(item.substring("post-".length()));
            if (REJECTED.contains(n)) {
                throw new RejectedItemException("Rad " + n, "Okänt ansvar 'X" + n + "'; lägg till det i ansvarslistan.",
                        "=SUM(A1;A2) " + item);
            }
            return item;
        };
        Step step = new StepBuilder("lasPoster", jobs).<String, String>chunk(5).transactionManager(tm)
                .reader(new ItemsReader("consoleItems", 20))
                .processor(rejectSome)
                .writer(chunk -> chunk.forEach(WRITTEN::add))
                .faultTolerant().skip(RejectedItemException.class).skipLimit(100)
                .listener(recorder).skipListener(recorder)
                .listener(new Conventions(20))
                .build();
        return new JobBuilder("consoleTestJob", jobs).start(step).build();
    }

    /** The slow job writes in the chunk transaction, as real jobs do, so a rolled-back chunk leaves no rows. */
    @Bean
    Job slowTestJob(JobRepository jobs, PlatformTransactionManager tm, JdbcClient jdbc) {
        jdbc.sql("CREATE TABLE IF NOT EXISTS console_test_item (run_at BIGINT NOT NULL, item VARCHAR(20) NOT NULL)").update();
        ItemProcessor<String, String> slow = item -> {
            Thread.sleep(100);
            return item;
        };
        Step step = new StepBuilder("langsamtSteg", jobs).<String, String>chunk(2).transactionManager(tm)
                .reader(new ItemsReader("slowItems", 60))
                .processor(slow)
                .writer(chunk -> chunk.forEach(item -> jdbc.sql("INSERT INTO console_test_item (run_at, item) VALUES (?, ?)")
                        .params(StepSynchronizationManager.getContext().getStepExecution().getJobParameters().getLong("run.at"), item)
                        .update()))
                .listener(new Conventions(60))
                .build();
        return new JobBuilder("slowTestJob", jobs).start(step).build();
    }

    /** Says how many items to expect and, at the end, the business outcome. */
    private record Conventions(int expected) implements StepExecutionListener {
        @Override
        public void beforeStep(StepExecution stepExecution) {
            stepExecution.getExecutionContext().putLong(JobConventions.EXPECTED_ITEMS, expected);
        }

        @Override
        public ExitStatus afterStep(StepExecution stepExecution) {
            stepExecution.getJobExecution().getExecutionContext().putString(JobConventions.OUTCOME,
                    stepExecution.getWriteCount() + " poster skrivna, " + stepExecution.getSkipCount() + " avvisade");
            return null;
        }
    }

    /** post-1 … post-n, restartable: the position is saved at each commit. */
    private static final class ItemsReader extends AbstractItemCountingItemStreamItemReader<String> {
        private final List<String> items;

        ItemsReader(String name, int count) {
            this.items = IntStream.rangeClosed(1, count).mapToObj(i -> "post-" + i).toList();
            setName(name);
        }

        @Override
        protected String doRead() {
            int index = getCurrentItemCount() - 1;
            return index < items.size() ? items.get(index) : null;
        }

        @Override
        protected void doOpen() {
        }

        @Override
        protected void doClose() {
        }
    }
}
