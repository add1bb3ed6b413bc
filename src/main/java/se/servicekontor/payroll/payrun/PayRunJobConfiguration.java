package se.servicekontor.payroll.payrun;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import io.micrometer.observation.ObservationRegistry;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

import se.servicekontor.payroll.PayrollProperties;
import se.servicekontor.payroll.rules.NetClaims;
import se.servicekontor.platform.Role;
import se.servicekontor.platform.audit.AuditTrail;
import se.servicekontor.platform.jobs.JobCatalogueEntry;
import se.servicekontor.platform.jobs.JobRestarts;
import se.servicekontor.platform.jobs.JobConventions;

/**
 * {@code payRunJob}: one pay run (a row of pay_run, started through {@link PayRuns}) → per employee its
 * result, pay lines and error list, then the run's totals. Steps: {@code calculatePay} (partitioned by
 * employee id ranges, {@code grid-size} partitions on local threads; each partition a chunk step that
 * reads its employees in id order and saves its position with each chunk) → {@code summarisePayRun}
 * (totals, CALCULATED, the older result SUPERSEDED — one transaction).
 * <p>
 * Parameters: {@code payRunId}, {@code period} (YYYY-MM), {@code kind} (PRELIMINARY|FINAL), {@code startedBy}.
 * Exactly once: each chunk's rows and the reader's position commit together, so a restart continues after the
 * last committed employee; the natural keys (pay_run_id + employee_id [+ seq]) would refuse a row written twice. A stopped, failed or killed
 * run is restarted from Körningar and continues after the last committed chunk of each partition. The
 * partition step is the unit a remote worker (RabbitMQ, {@code workers} profile) will take over later.
 */
@Configuration(proxyBeanMethods = false)
class PayRunJobConfiguration {

    static final String JOB = PayRuns.JOB;
    static final String PAY_RUN_ID = "payRunId";
    static final String PERIOD = "period";
    static final String KIND = "kind";

    @Bean
    JobCatalogueEntry payRunJobEntry() {
        return new JobCatalogueEntry(JOB, "job.payRunJob", Set.of(Role.PAYROLL_OFFICER), List.of());
    }

    @Bean
    Job payRunJob(JobRepository jobs, Step calculatePay, Step summarisePayRun, JdbcClient jdbc, PayPeriodLocks locks, Clock clock,
                  JobRestarts restarts) {
        return new JobBuilder(JOB, jobs).listener(new PayRunJobListener(jdbc, locks, clock, restarts))
                .start(calculatePay).next(summarisePayRun).build();
    }

    /** Partitions run on threads of their own (not the job launcher's pool, which a waiting manager step would starve). */
    @Bean
    TaskExecutor payRunTaskExecutor(PayrollProperties properties) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix("payrun-");
        executor.setCorePoolSize(properties.payRun().gridSize());
        executor.setMaxPoolSize(properties.payRun().gridSize());
        executor.setWaitForTasksToCompleteOnShutdown(false);
        executor.initialize();
        return executor;
    }

    @Bean
    Step calculatePay(JobRepository jobs, PlatformTransactionManager tm, EmployeePageReader payRunReader,
                      EmployeePayCalculation payRunProcessor, PayRunWriter payRunWriter, EmployeeIdRanges payRunPartitioner,
                      JdbcClient jdbc, PayrollProperties properties, TaskExecutor payRunTaskExecutor) {
        Step calculatePayPartition = calculatePayPartition(jobs, tm, payRunReader, payRunProcessor, payRunWriter, properties);
        return new StepBuilder("calculatePay", jobs)
                .partitioner("calculatePayPartition", payRunPartitioner)
                .step(calculatePayPartition)
                .gridSize(properties.payRun().gridSize())
                .taskExecutor(payRunTaskExecutor)
                .listener(new ExpectedEmployees(jdbc))
                .build();
    }

    @Bean
    @StepScope
    EmployeeIdRanges payRunPartitioner(@Value("#{jobParameters['period']}") String period, JdbcClient jdbc) {
        return new EmployeeIdRanges(jdbc, YearMonth.parse(period));
    }

    /**
     * The partition's chunk step. Deliberately not a bean: Spring Batch's observability post-processor would give
     * it the application's ObservationRegistry, and Spring Batch 6 records an observation per item read and
     * processed — a quarter of the partition's CPU at 50 000 employees (PayRunBenchmark). The job and the manager
     * step keep their observations. (A remote worker will declare it as its own bean the same way.)
     */
    static Step calculatePayPartition(JobRepository jobs, PlatformTransactionManager tm, EmployeePageReader payRunReader,
                               EmployeePayCalculation payRunProcessor, PayRunWriter payRunWriter, PayrollProperties properties) {
        return new StepBuilder("calculatePayPartition", jobs).<EmployeeInput, EmployeePay>chunk(properties.payRun().chunkSize())
                .observationRegistry(ObservationRegistry.NOOP)
                .transactionManager(tm)
                .reader(payRunReader)
                .processor(payRunProcessor)
                .writer(payRunWriter)
                .build();
    }

    @Bean
    @StepScope
    EmployeePageReader payRunReader(@Value("#{jobParameters['period']}") String period, JdbcClient jdbc, PayrollProperties properties) {
        EmployeeInputs inputs = new EmployeeInputs(jdbc);
        YearMonth month = YearMonth.parse(period);
        return new EmployeePageReader(inputs, month, inputs.releasedRun(month.minusMonths(1)), properties.payRun().chunkSize());
    }

    @Bean
    @StepScope
    EmployeePayCalculation payRunProcessor(@Value("#{jobParameters['period']}") String period, PayRules rules,
                                           PayrollProperties properties) {
        return new EmployeePayCalculation(YearMonth.parse(period), rules.refresh(), new PayRunChecks(properties.netChangeWarningPercent()),
                new NetClaims.RecoveryLimit.PercentOfNet(properties.claimRecoveryPercent()));
    }

    @Bean
    @StepScope
    PayRunWriter payRunWriter(@Value("#{jobParameters['payRunId']}") String payRunId, DataSource dataSource) {
        return new PayRunWriter(dataSource, Long.parseLong(payRunId));
    }

    @Bean
    Step summarisePayRun(JobRepository jobs, PlatformTransactionManager tm, JdbcClient jdbc, AuditTrail audit, Clock clock) {
        return new StepBuilder("summarisePayRun", jobs).tasklet(new PayRunSummary(jdbc, audit, clock), tm).build();
    }

    /**
     * Tells Körningar how many employees the whole run has, for the progress bar (each partition's count comes from
     * {@link EmployeeIdRanges}); a restarted run keeps the count it had.
     */
    private record ExpectedEmployees(JdbcClient jdbc) implements StepExecutionListener {
        @Override
        public void beforeStep(StepExecution step) {
            ExecutionContext context = step.getExecutionContext();
            if (!context.containsKey(JobConventions.EXPECTED_ITEMS)) // counted when the run was started (PayRuns.start)
                context.putLong(JobConventions.EXPECTED_ITEMS, jdbc.sql("SELECT expected_employees FROM pay_run WHERE id = ?")
                        .param(Long.parseLong(step.getJobExecution().getJobParameters().getString(PAY_RUN_ID))).query(Long.class).single());
        }

        @Override
        public ExitStatus afterStep(StepExecution step) {
            return null;
        }
    }
}
